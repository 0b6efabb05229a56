import { z } from 'zod'

const localized = z.object({ fr: z.string(), en: z.string() })

const limitMessage = {
  fr: 'Un nombre entier de 1 à 200.',
  en: 'A whole number from 1 to 200.',
}

/** A count typed as text in the query string: anything but a whole number from 1 to 200 gets one clear message. */
const limit = z.preprocess(
  (v) => (typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
  z
    .union([z.number(), z.string()])
    .refine((v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 200, { params: limitMessage })
    .transform((v) => v as number),
)

/** How many matches to list: 1 to 200, 50 by default. */
export const matchQuery = z.object({ limit: limit.optional() })
export type MatchQuery = z.output<typeof matchQuery>

/** One criterion of a score: its points out of its maximum, whether it is fully met, and why (both languages). */
export const criterionOutput = z.object({
  criterion: z.enum(['occupation', 'french', 'experience', 'credentials', 'location']),
  points: z.number().int(),
  max: z.number().int(),
  met: z.boolean(),
  reason: localized,
})

/** A ranked candidate for a labour need, with the explained score (0–100) and any proposal already made. */
export const candidateMatchOutput = z.object({
  profileId: z.uuid(),
  personId: z.uuid(),
  displayName: z.string(),
  currentRegionCode: z.string(),
  regionName: localized,
  availableOn: z.string().nullable(),
  score: z.number().int().min(0).max(100),
  criteria: z.array(criterionOutput),
  proposalStatus: z.enum(['proposed', 'interview', 'hired', 'declined']).nullable(),
})
export type CandidateMatchOutput = z.output<typeof candidateMatchOutput>

/** The ranked candidates of a labour need. */
export const candidateMatchList = z.object({ labourNeedId: z.uuid(), items: z.array(candidateMatchOutput) })
export type CandidateMatchList = z.output<typeof candidateMatchList>

/** A ranked open labour need for a candidate, with the explained score. */
export const needMatchOutput = z.object({
  labourNeedId: z.uuid(),
  title: z.string(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  cnpCode: z.string(),
  regionCode: z.string(),
  regionName: localized,
  city: z.string().nullable(),
  startOn: z.string().nullable(),
  status: z.string(),
  score: z.number().int().min(0).max(100),
  criteria: z.array(criterionOutput),
})
export type NeedMatchOutput = z.output<typeof needMatchOutput>

/** The ranked needs of a candidate profile. */
export const needMatchList = z.object({ profileId: z.uuid(), items: z.array(needMatchOutput) })
export type NeedMatchList = z.output<typeof needMatchList>
