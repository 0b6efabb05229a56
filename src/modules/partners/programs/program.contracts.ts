import { z } from 'zod'
import { isoDate } from '../../../platform/validation.js'
import { withValidity } from '../../../platform/validity.js'

const code = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .refine((v) => /^[A-Za-z0-9_-]+$/.test(v), {
    params: {
      fr: 'Lettres, chiffres, tirets seulement (ex. PASI).',
      en: 'Letters, digits and dashes only (e.g. PASI).',
    },
  })
  .transform((v) => v.toUpperCase())

const names = { nameFr: z.string().trim().min(1).max(200), nameEn: z.string().trim().min(1).max(200) }
const sortOrder = z.coerce.number().int().min(0).max(999).optional()

/** A new program (PAC, PASI…): its code is its key, forever. */
export const programInput = withValidity({ code, ...names, sortOrder })
export type ProgramInput = z.output<typeof programInput>

/** A new volet of a program. */
export const voletInput = withValidity({ programCode: z.string().trim().min(1).max(20), code, ...names, sortOrder })
export type VoletInput = z.output<typeof voletInput>

/** Closing a program or a volet: the first day it no longer takes new agreements. */
export const closeInput = z.object({ validTo: isoDate() })
export type CloseInput = z.output<typeof closeInput>

export const voletOutput = z.object({
  id: z.uuid(),
  code: z.string(),
  nameFr: z.string(),
  nameEn: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  active: z.boolean(),
})
export type VoletOutput = z.infer<typeof voletOutput>

export const programOutput = z.object({
  code: z.string(),
  nameFr: z.string(),
  nameEn: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  active: z.boolean(),
  volets: z.array(voletOutput),
})
export type ProgramOutput = z.infer<typeof programOutput>
