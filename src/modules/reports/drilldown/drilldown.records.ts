import type { Ctx } from '../../access/index.js'
import { findEnterpriseNames, listEnterprisesAccompanied } from '../../employers/index.js'
import { fiscalYearOf, getAgreementOrThrow, listActionsInPeriod, listAgreementsInForce } from '../../partners/index.js'
import { listPersonsAccompanied, listReadablePersons } from '../../people/index.js'
import { findRegionProfile, listStaff } from '../../territory/index.js'
import { listResourceOrganizations } from '../bilan/bilan.queries.js'
import type { FigureKey } from '../bilan/bilan.model.js'
import { byOpening } from '../bilan/bilan.service.js'

/** One record behind a figure: its name, its staff page (if any), and its facts (raw values, formatted by the page). */
export type FigureRecord = {
  id: string
  name: string
  href: string | null
  fields: Record<string, string | number | null>
}

/** The regions and period drilled into (already checked against the caller's scope). */
export type DrillScope = { regions: { code: string; slug: string }[]; from: string; to: string }

/** A page of a figure's records: `limit` records from `offset`. */
export type RecordsPage = { limit: number; offset: number }

/** One page of a figure's records, how many the caller may list in all, and how many of the figure's are kept from them. */
export type PagedRecords = { total: number; hidden: number; records: FigureRecord[] }

type Lister = (ctx: Ctx, s: DrillScope, page: RecordsPage) => Promise<PagedRecords>
type ListAll = (ctx: Ctx, s: DrillScope) => Promise<FigureRecord[]>
const codes = (s: DrillScope) => s.regions.map((r) => r.code)

/** A figure whose records are few (a region's agreements, team, points): listed whole, then cut to the page. */
const whole =
  (list: ListAll): Lister =>
  async (ctx, s, page) => {
    const all = await list(ctx, s)
    return { total: all.length, hidden: 0, records: all.slice(page.offset, page.offset + page.limit) }
  }

/**
 * The persons accompanied whose file the caller may read (the people module's rule, one query for the page and the
 * total, in name order); the others are counted as hidden, never named.
 */
const persons: Lister = async (ctx, s, page) => {
  const ids = await listPersonsAccompanied(ctx.db, { regionCodes: codes(s), from: s.from, to: s.to })
  const readable = await listReadablePersons(ctx.db, ctx.scope, ids, page)
  const records = readable.persons.map((p) => ({ id: p.id, name: p.name, href: `/app/personnes/${p.id}`, fields: {} }))
  return { total: readable.total, hidden: ids.length - readable.total, records }
}

/** The enterprises accompanied (id order): the page's names only, in one query. */
const enterprises: Lister = async (ctx, s, page) => {
  const all = await listEnterprisesAccompanied(ctx.db, { regionCodes: codes(s), from: s.from, to: s.to })
  const ids = all.slice(page.offset, page.offset + page.limit)
  const names = await findEnterpriseNames(ctx.db, ids)
  const records = ids.map((id) => ({ id, name: names.get(id) ?? id, href: `/app/entreprises/${id}`, fields: {} }))
  return { total: all.length, hidden: 0, records }
}

const agreements: ListAll = async (ctx, s) => {
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

const team: ListAll = async (ctx, s) => {
  const atEnd = { ...ctx, now: new Date(`${s.to}T16:00:00Z`) }
  const lists = await Promise.all(codes(s).map((region) => listStaff(atEnd, { region, active: true })))
  return lists
    .flat()
    .filter((m) => m.role === 'advisor' || m.role === 'agent')
    .map((m) => ({ id: m.id, name: m.fullName, href: null, fields: { role: m.role, region: m.regionCode } }))
}

const servicePoints: ListAll = async (ctx, s) => {
  const profiles = await Promise.all(s.regions.map((r) => findRegionProfile(ctx.db, r.slug, s.to)))
  return profiles.flatMap((p) =>
    byOpening(p?.servicePoints ?? []).map((sp) => ({
      id: sp.id,
      name: sp.name,
      href: null,
      fields: { hostName: sp.hostName, streetAddress: sp.streetAddress, city: sp.city },
    })),
  )
}

const actions: ListAll = async (ctx, s) => {
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

const organizations: ListAll = async (ctx, s) =>
  (await listResourceOrganizations(ctx.db, codes(s))).map((o) => ({
    id: o.id,
    name: o.name,
    href: null,
    fields: { website: o.website },
  }))

/** The yearly amounts of the agreements counted, one record per agreement and fiscal year of the period. */
const amounts: ListAll = async (ctx, s) => {
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
  agreements: whole(agreements),
  team: whole(team),
  servicePoints: whole(servicePoints),
  actionKinds: whole(actions),
  resourceOrganizations: whole(organizations),
  committedAmounts: whole(amounts),
}
