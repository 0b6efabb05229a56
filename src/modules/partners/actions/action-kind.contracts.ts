import { z } from 'zod'
import { isoDate } from '../../../platform/validation.js'
import { kindText } from './action.messages.js'

const name = z.string().trim().min(1).max(200)

/** A kind's code: English or French snake_case, the stable key actions refer to. */
export const kindCode = z
  .string()
  .trim()
  .max(60)
  .refine((v) => /^[a-z][a-z0-9_]*$/.test(v), { params: kindText.codeFormat })

const wholeNumber = { fr: 'Un nombre entier de 0 ou plus.', en: 'A whole number, 0 or more.' }

/** The display order, typed as text on the form: anything but a whole number from 0 gets one clear message. */
const displayOrder = z.preprocess(
  (v) => (typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
  z
    .union([z.number(), z.string()])
    .refine((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 9999, { params: wholeNumber })
    .transform((v) => v as number),
)

/** What an administrator may change of a kind: its names and its place in the catalogue. */
export const kindNamesInput = z.object({
  nameFr: name,
  nameEn: name,
  sortOrder: displayOrder.optional(),
})
export type KindNamesInput = z.output<typeof kindNamesInput>

/** A kind added to the catalogue; without a code, one is made from the French name. */
export const kindInput = kindNamesInput.extend({ code: kindCode.optional(), validFrom: isoDate() })
export type KindInput = z.output<typeof kindInput>

/** Retiring a kind: the day from which new actions may no longer use it. */
export const kindRetireInput = z.object({ validTo: isoDate() })
export type KindRetireInput = z.output<typeof kindRetireInput>

export const kindOutput = z.object({
  code: z.string(),
  nameFr: z.string(),
  nameEn: z.string(),
  sortOrder: z.number(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  active: z.boolean(),
})
export type KindOutput = z.infer<typeof kindOutput>

/** A code from a French name: accents folded, lower case, words joined by "_" ("5 à 7 de réseautage" → "k_5_a_7_de_reseautage"). */
export function codeFromName(nameFr: string): string {
  const words = nameFr
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
  const code = /^[a-z]/.test(words) ? words : `k_${words}`
  return code.slice(0, 60).replace(/_+$/, '')
}
