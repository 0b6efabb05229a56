import { z } from 'zod'
import { regionCode } from '../../territory/index.js'
import { isoDate } from '../../../platform/validation.js'
import { experienceRange, frenchScale, wholeNumber } from '../needs/labour-need.contracts.js'
import { candidateText } from './candidate.messages.js'
import { credentialStatuses, workPermits } from './candidate.schema.js'

/** At most this many target occupations (the table's check). */
export const TARGETS_MAX = 5
export const NOTES_MAX = 2000

/** "21231" or a picked suggestion "21231 — Ingénieurs…" → "21231"; anything else stays as typed (and is refused). */
const codeOf = (token: string) => /^([0-9]{5})(?![0-9])/.exec(token)?.[1] ?? token

/**
 * CNP codes: the form's picker sends "95106, 65201" (or words of a title, typed without JavaScript), the API an array
 * of codes. 1 to 5 entries; the service resolves words and checks that each code exists (`resolveCnpInput`).
 */
const cnpCodes = z
  .preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(/[,;]|\s+(?=[0-9]{5}(?![0-9]))/)
            .map((c) => codeOf(c.trim()))
            .filter((c) => c !== '')
        : v,
    z
      .array(z.string())
      .refine(
        (list) =>
          list.length >= 1 && list.length <= TARGETS_MAX && list.every((c) => c.trim().length >= 2 && c.length <= 200),
        { params: candidateText.cnpFormat },
      ),
  )
  .transform((list) => [...new Set(list.map((c) => c.trim()))])

/** A multiple select sends one chosen value as a string and several as an array; the API sends an array. */
const regionCodes = z
  .preprocess(
    (v) => (v === undefined ? [] : typeof v === 'string' ? [v] : v),
    z.array(z.string()).refine((list) => list.length <= 17 && list.every((c) => /^\d{2}$/.test(c)), {
      params: { fr: 'Codes de région invalides (01 à 17).', en: 'Invalid region codes (01 to 17).' },
    }),
  )
  .transform((list) => [...new Set(list)].sort())

/** The fields of a profile as created, or as fully replaced by the edit form (an absent optional field is cleared). */
export const profileFieldsShape = {
  targetCnpCodes: cnpCodes,
  experienceYears: wholeNumber(0, 60, experienceRange).nullish(),
  frenchLevel: wholeNumber(1, 12, frenchScale).nullish(),
  credentialStatus: z.enum(credentialStatuses).nullish(),
  workPermit: z.enum(workPermits).nullish(),
  availableOn: isoDate().nullish(),
  currentRegionCode: regionCode,
  currentMrcCode: z.string().trim().max(10).nullish(),
  mobilityRegionCodes: regionCodes,
  notes: z.string().trim().max(NOTES_MAX).nullish(),
}

/** A profile's replacement (edit form, API PUT): every field; an absent optional field is cleared. */
export const profileReplacement = z.object(profileFieldsShape)
export type ProfileReplacement = z.output<typeof profileReplacement>

/** A new profile: the person, and the profile's fields. */
export const profileInput = z.object({ personId: z.uuid(), ...profileFieldsShape })
export type ProfileInput = z.output<typeof profileInput>

/** What the API and the pages show of a profile (matching reuses it). */
export const profileOutput = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  targetCnpCodes: z.array(z.string()),
  targetBroadCategories: z.array(z.string()),
  experienceYears: z.number().nullable(),
  frenchLevel: z.number().nullable(),
  credentialStatus: z.enum(credentialStatuses).nullable(),
  workPermit: z.enum(workPermits).nullable(),
  availableOn: z.string().nullable(),
  currentRegionCode: z.string(),
  currentMrcCode: z.string().nullable(),
  mobilityRegionCodes: z.array(z.string()),
  notes: z.string().nullable(),
  closed: z.boolean(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type ProfileOutput = z.infer<typeof profileOutput>

/** A row of the list: no notes (a list shows names, not files). */
export const profileSummary = profileOutput.omit({ notes: true, targetBroadCategories: true }).extend({
  targetTitles: z.array(z.object({ code: z.string(), titleFr: z.string().nullable(), titleEn: z.string() })),
})
export type ProfileSummary = z.infer<typeof profileSummary>

/** The longest search of the list. */
export const Q_MAX = 100

/** Filters of the list (API and the page's GET form): words (name, CNP code), a region, closed ones too. */
export const profileListQuery = z.object({
  q: z.string().trim().max(Q_MAX).optional(),
  region: regionCode.optional(),
  closed: z.enum(['true', 'false']).optional(),
})
export type ProfileFilter = { q?: string; region?: string; closed?: boolean }
