import type { credentialStatuses } from '../candidates/candidate.schema.js'

/** Where a candidate's credential recognition stands. */
export type CredentialStatus = (typeof credentialStatuses)[number]

/** A region as a match's reason names it ("en Gaspésie–Îles-de-la-Madeleine", "à Montréal"). */
export type RegionLabel = { nameFr: string; nameEn: string; locativeFr: string }
