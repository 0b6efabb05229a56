import { z } from 'zod'

/** The longest search of the CNP picker and the classification page. */
export const CNP_Q_MAX = 100

/** A CNP 2021 unit group code: five digits. */
export const cnpCode = z.string().refine((v) => /^[0-9]{5}$/.test(v), {
  params: { fr: 'Un code CNP compte 5 chiffres.', en: 'A NOC code has 5 digits.' },
})

/** `GET /api/v1/occupations`: words or a code (prefix), and how many answers (1–50, 20 unless told). */
export const occupationSearchQuery = z.object({
  q: z.string().trim().min(1).max(CNP_Q_MAX),
  limit: z.coerce.number().int().min(1).max(50).default(20),
})

export const cnpCodeParams = z.object({ code: cnpCode })

/** A group above the unit group (broad category, major, sub-major or minor group). */
export const cnpGroupOutput = z.object({
  code: z.string(),
  titleFr: z.string().describe('French title; the English one when the reference file has none'),
  titleEn: z.string(),
})

/** A CNP 2021 unit group as a search answer. */
export const occupationOutput = z.object({
  code: z.string(),
  teer: z.number().int(),
  titleFr: z.string().nullable(),
  titleEn: z.string(),
})
export type OccupationOutput = z.infer<typeof occupationOutput>

/** A unit group with its TEER and its four groups (labels, and the matching's occupation criterion). */
export const unitGroupOutput = occupationOutput.extend({
  broadCategory: cnpGroupOutput,
  majorGroup: cnpGroupOutput,
  subMajorGroup: cnpGroupOutput,
  minorGroup: cnpGroupOutput,
})
export type UnitGroupOutput = z.infer<typeof unitGroupOutput>
export type CnpGroupOutput = z.infer<typeof cnpGroupOutput>

export const scianSectorOutput = z.object({ code: z.string(), nameFr: z.string(), nameEn: z.string() })
export type ScianSectorOutput = z.infer<typeof scianSectorOutput>
