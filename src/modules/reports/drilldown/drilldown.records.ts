import type { Ctx } from '../../access/index.js'
import { listEnterprisesAccompanied } from '../../employers/index.js'
import { fiscalYearOf, getAgreementOrThrow, listActionsInPeriod, listAgreementsInForce } from '../../partners/index.js'
import { listPersonsAccompanied } from '../../people/index.js'
import { findRegionProfile, listStaff } from '../../territory/index.js'
import { listResourceOrganizations } from '../bilan/bilan.queries.js'
import type { FigureKey } from '../bilan/bilan.model.js'
import { findEnterpriseNames, readablePersonNames } from './drilldown.queries.js'

/** One record behind a figure: its name, its staff page (if any), and its facts (raw values, formatted by the page). */
export type FigureRecord = {
  id: string
  name: string
  href: string | null
  fields: Record<string, string | number | null>
}

/** The regions and period drilled into (already checked against the caller's scope). */
export type DrillScope = { regions: { code: string; slug: string }[]; from: string; to: string }

type Lister = (ctx: Ctx, s: DrillScope) => Promise<FigureRecord[]>
const codes = (s: DrillScope) => s.regions.map((r) => r.code)

const persons: Lister = async (ctx, s) => {
  const ids = await listPersonsAccompanied(ctx.db, { regionCodes: codes(s), from: s.from, to: s.to })
  const names = await readablePersonNames(ctx, ids)
  return [...names].map(([id, name]) => ({ id, name, href: `/app/personnes/${id}`, fields: {} }))
}

const enterprises: Lister = async (ctx, s) => {
  const ids = await listEnterprisesAccompanied(ctx.db, { regionCodes: codes(s), from: s.from, to: s.to })
  const names = await findEnterpriseNames(ctx.db, ids)
  return ids.map((id) => ({ id, name: names.get(id) ?? id, href: `/app/entreprises/${id}`, fields: {} }))
}

const agreements: Lister = async (ctx, s) => {
  const rows = await listAgreementsInForce(ctx.db, codes(s), s.from, s.to)
  return rows.map((a) => ({
    id: a.id,
    name: `${a.reference} — ${a.title}`,
    href: `/app/ententes/${a.id}`,
    fields: {
      organization: a.organizationName,
      program: a.programCode,
      startOn: a.startOn,
      endOn: a.endOn,
      totalCents: a.totalCents,
    },
  }))
}

const team: Lister = async (ctx, s) => {
  const atEnd = { ...ctx, now: new Date(`${s.to}T16:00:00Z`) }
  const lists = await Promise.all(codes(s).map((region) => listStaff(atEnd, { region, active: true })))
  return lists
    .flat()
    .filter((m) => m.role === 'advisor' || m.role === 'agent')
    .map((m) => ({ id: m.id, name: m.fullName, href: null, fields: { role: m.role, region: m.regionCode } }))
}

const servicePoints: Lister = async (ctx, s) => {
  const profiles = await Promise.all(s.regions.map((r) => findRegionProfile(ctx.db, r.slug, s.to)))
  return profiles.flatMap((p) =>
    (p?.servicePoints ?? []).map((sp) => ({
      id: sp.id,
      name: sp.name,
      href: null,
      fields: { hostName: sp.hostName, streetAddress: sp.streetAddress, city: sp.city },
    })),
  )
}

const actions: Lister = async (ctx, s) => {
  const rows = await listActionsInPeriod(ctx.db, codes(s), s.from, s.to)
  return rows.map((a) => ({
    id: a.id,
    name: a.title,
    href: `/app/actions/${a.id}`,
    fields: {
      kind: a.kindCode,
      kindFr: a.kindNameFr,
      kindEn: a.kindNameEn,
      organization: a.organizationName,
      startOn: a.startOn,
      endOn: a.endOn,
    },
  }))
}

const organizations: Lister = async (ctx, s) =>
  (await listResourceOrganizations(ctx.db, codes(s))).map((o) => ({
    id: o.id,
    name: o.name,
    href: null,
    fields: { website: o.website },
  }))

/** The yearly amounts of the agreements counted, one record per agreement and fiscal year of the period. */
const amounts: Lister = async (ctx, s) => {
  const counted = await listAgreementsInForce(ctx.db, codes(s), s.from, s.to)
  const full = await Promise.all(counted.map((a) => getAgreementOrThrow(ctx, a.id)))
  const [first, last] = [fiscalYearOf(s.from), fiscalYearOf(s.to)]
  return full.flatMap((a) =>
    a.amounts
      .filter((y) => y.fiscalYear >= first && y.fiscalYear <= last)
      .map((y) => ({
        id: `${a.id}:${y.fiscalYear}`,
        name: `${a.reference} — ${a.title}`,
        href: `/app/ententes/${a.id}`,
        fields: { program: a.programCode, fiscalYear: y.fiscalYear, amountCents: y.amountCents },
      })),
  )
}

/** How each figure lists the records behind it. */
export const figureListers: Record<FigureKey, Lister> = {
  personsAccompanied: persons,
  enterprisesAccompanied: enterprises,
  agreements,
  team,
  servicePoints,
  actionKinds: actions,
  resourceOrganizations: organizations,
  committedAmounts: amounts,
}
