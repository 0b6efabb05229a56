import type { Db } from '../../../platform/db/database.js'
import { type FieldErrors, invalidInput, notFound } from '../../../platform/errors.js'
import { isoDate } from '../../../platform/validation.js'
import { countEnterprisesAccompanied } from '../../employers/index.js'
import { committedAmountsByProgramAndYear, countActionsByKind, countAgreementsInForce } from '../../partners/index.js'
import { countPersonsAccompanied } from '../../people/index.js'
import { findRegionProfile, type RegionProfile } from '../../territory/index.js'
import { addPeriodLengthError } from '../period.js'
import { smallCell } from '../suppression.js'
import type { BilanModel, BilanQuery, BilanServicePoint } from './bilan.model.js'
import { findBilanRegions, listResourceOrganizations, programNames } from './bilan.queries.js'

const periodText = {
  badDate: { fr: 'Date invalide (AAAA-MM-JJ).', en: 'Invalid date (YYYY-MM-DD).' },
  reversed: {
    fr: 'La fin de la période doit suivre son début.',
    en: 'The end of the period must come after its start.',
  },
}

/**
 * The period's field errors (a date that is not one, an end before the start, longer than `PERIOD_MAX_YEARS`), or
 * undefined when it is valid.
 */
export function periodErrors(from: string, to: string): FieldErrors | undefined {
  const errors: FieldErrors = {}
  if (!isoDate().safeParse(from).success) errors.from = periodText.badDate
  if (!isoDate().safeParse(to).success) errors.to = periodText.badDate
  if (!errors.from && !errors.to && from > to) errors.to = periodText.reversed
  addPeriodLengthError(from, to, errors)
  return Object.keys(errors).length ? errors : undefined
}

/** The figures counted over all the regions (independent queries, run together). */
async function countFigures(db: Db, codes: string[], from: string, to: string, now: Date) {
  const [persons, enterprises, agreements, kinds, organizations, amounts, programs] = await Promise.all([
    countPersonsAccompanied(db, { regionCodes: codes, from, to }),
    countEnterprisesAccompanied(db, codes, from, to),
    countAgreementsInForce(db, codes, from, to),
    countActionsByKind(db, codes, from, to),
    listResourceOrganizations(db, codes),
    committedAmountsByProgramAndYear(db, codes, from, to),
    programNames(db, now),
  ])
  const committedAmounts = amounts.map((a) => ({
    programCode: a.programCode,
    programNameFr: programs.get(a.programCode)?.nameFr ?? a.programCode,
    programNameEn: programs.get(a.programCode)?.nameEn ?? a.programCode,
    fiscalYear: a.fiscalYear,
    amountCents: a.amountCents,
  }))
  const actionKinds = kinds.map((k) => ({ code: k.code, labelFr: k.nameFr, labelEn: k.nameEn, count: k.count }))
  return { persons, enterprises, agreements, actionKinds, organizations, committedAmounts }
}

/**
 * Service points in the order they opened (`validFrom`), then by name (French collation): the region's first desk
 * first, whatever its town's alphabetical rank. Creation order is no tie-break: points created together (one seed
 * transaction) share their creation time.
 */
export function byOpening<P extends { validFrom: string; name: string }>(points: readonly P[]): P[] {
  return [...points].sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.name.localeCompare(b.name, 'fr'))
}

/** The team, service points and contact channels of the regions as they stood on the period's end. */
function territoryFigures(profiles: RegionProfile[]) {
  const servicePoints: BilanServicePoint[] = profiles.flatMap((p) =>
    byOpening(p.servicePoints).map((sp) => ({
      id: sp.id,
      name: sp.name,
      hostKind: sp.hostKind,
      hostName: sp.hostName,
      streetAddress: sp.streetAddress,
      city: sp.city,
    })),
  )
  const contacts = profiles.flatMap((p) => p.contacts)
  return {
    team: {
      advisors: profiles.reduce((n, p) => n + p.advisors, 0),
      agents: profiles.reduce((n, p) => n + p.agents, 0),
    },
    servicePoints,
    contact: {
      email: contacts.find((c) => c.kind === 'email')?.value ?? null,
      phone: contacts.find((c) => c.kind === 'phone')?.value ?? null,
    },
    directorate: profiles.find((p) => p.directorate)?.directorate ?? null,
  }
}

/**
 * The Bilan of a region or directorate for a period, computed from the modules' counting functions (staff audience:
 * exact counts). not_found for an unknown region or directorate; invalid_input for a period that ends before it starts.
 */
export async function computeBilan(db: Db, query: BilanQuery, now: Date): Promise<BilanModel> {
  const { from, to } = query
  const errors = periodErrors(from, to)
  if (errors) throw invalidInput(errors)
  const regions = await findBilanRegions(db, query, to)
  const first = regions?.[0]
  if (!regions || !first) throw notFound(query.regionCode !== undefined ? 'region' : 'directorate')
  const codes = regions.map((r) => r.code)
  const [profiles, counts] = await Promise.all([
    Promise.all(regions.map((r) => findRegionProfile(db, r.slug, to))),
    countFigures(db, codes, from, to, now),
  ])
  const territory = territoryFigures(profiles.filter((p): p is RegionProfile => p !== undefined))
  return {
    audience: 'staff',
    region: {
      code: first.code,
      slug: first.slug,
      nameFr: first.nameFr,
      nameEn: first.nameEn,
      locativeFr: first.locativeFr,
    },
    regions: regions.map((r) => ({ code: r.code, slug: r.slug, nameFr: r.nameFr, nameEn: r.nameEn })),
    period: { from, to },
    dataAsOf: now.toISOString(),
    directorate: territory.directorate,
    personsAccompanied: counts.persons,
    enterprisesAccompanied: counts.enterprises,
    agreements: counts.agreements,
    team: territory.team,
    servicePoints: territory.servicePoints,
    actionKinds: counts.actionKinds,
    resourceOrganizations: counts.organizations,
    contact: territory.contact,
    committedAmounts: counts.committedAmounts,
  }
}

/** The public version: persons and enterprises of 1 to 4 become "<5"; staff, points and agreements are not personal. */
export function publicBilan(model: BilanModel): BilanModel {
  const suppress = (n: BilanModel['personsAccompanied']) => (n === '<5' ? n : smallCell(n))
  return {
    ...model,
    audience: 'public',
    personsAccompanied: suppress(model.personsAccompanied),
    enterprisesAccompanied: suppress(model.enterprisesAccompanied),
  }
}
