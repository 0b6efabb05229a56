import type { Localized } from '../../../platform/errors.js'

// The Bilan's report model: every figure computed from the daily work for a region (or a directorate's regions) and a
// period, never typed in. One model, many renderings (bilan.document.ts turns it into text; render/ draws the text).

/** What a Bilan is computed for: one region, or every region a directorate serves; a period of civil dates. */
export type BilanQuery = { regionCode?: string; directorateId?: string; from: string; to: string }

/** A count of persons or enterprises: exact for staff, `'<5'` in a public rendering when it is between 1 and 4. */
export type PublicCount = number | '<5'

export type BilanServicePoint = {
  id: string
  name: string
  hostKind: 'services_quebec' | 'mtess' | 'mifi' | 'partner' | 'other'
  hostName: string
  streetAddress: string
  city: string
}

export type BilanActionKind = { code: string; labelFr: string; labelEn: string; count: number }
export type BilanOrganization = { id: string; name: string; website: string | null }
export type BilanAmount = {
  programCode: string
  programNameFr: string
  programNameEn: string
  fiscalYear: number
  amountCents: number
}

/**
 * The Bilan of a region (or directorate) for a period. `region` is the region reported on (for a directorate, its first
 * region; `regions` lists them all). Staff, service points and contact channels are those in force on `period.to`.
 */
export type BilanModel = {
  audience: 'staff' | 'public'
  region: { code: string; slug: string; nameFr: string; nameEn: string; locativeFr: string }
  regions: { code: string; slug: string; nameFr: string; nameEn: string }[]
  period: { from: string; to: string }
  /** When the figures were computed (ISO instant). */
  dataAsOf: string
  directorate: { nameFr: string; nameEn: string } | null
  personsAccompanied: PublicCount
  enterprisesAccompanied: PublicCount
  agreements: number
  team: { advisors: number; agents: number }
  servicePoints: BilanServicePoint[]
  actionKinds: BilanActionKind[]
  resourceOrganizations: BilanOrganization[]
  contact: { email: string | null; phone: string | null }
  committedAmounts: BilanAmount[]
}

/** The figures a reader can drill down into (each has a definition and the list of records behind it). */
export const figureKeys = [
  'personsAccompanied',
  'enterprisesAccompanied',
  'agreements',
  'team',
  'servicePoints',
  'actionKinds',
  'resourceOrganizations',
  'committedAmounts',
] as const
export type FigureKey = (typeof figureKeys)[number]

/** Each figure's definition, as the Bilan's staff view and the JSON state it (the counting rules of the README). */
export type FigureDefinitions = Record<FigureKey, Localized>
