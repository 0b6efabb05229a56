import { z } from 'zod'
import { validityShape, withValidity } from '../../../platform/validity.js'
import { regionCode } from '../regions/region.contracts.js'
import { hostKinds } from './service-point.schema.js'

const optionalText = (max: number) => z.string().trim().max(max).nullish()

/** The fields of a service point. */
const servicePointShape = {
  regionCode,
  name: z.string().trim().min(1).max(200),
  hostKind: z.enum(hostKinds),
  hostName: z.string().trim().min(1).max(200),
  streetAddress: z.string().trim().min(1).max(300),
  city: z.string().trim().min(1).max(100),
  postalCode: z
    .string()
    .trim()
    .refine((v) => /^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/.test(v), {
      params: { fr: 'Code postal invalide (ex. G4X 1A1).', en: 'Invalid postal code (e.g. G4X 1A1).' },
    })
    // Stored as Canada Post writes it: capitals, one space ("g4x1a1" becomes "G4X 1A1").
    .transform((v) => `${v.slice(0, 3)} ${v.slice(-3)}`.toUpperCase())
    .nullish(),
  hoursFr: optionalText(500),
  hoursEn: optionalText(500),
}

/** A service point as created, or as fully replaced by the edit form (an absent optional field is cleared). */
export const servicePointInput = withValidity(servicePointShape)
export type ServicePointInput = z.output<typeof servicePointInput>

/** Some fields of a service point (API PATCH); the merged record is validated as a whole. */
export const servicePointPatch = z
  .object({ ...servicePointShape, ...validityShape })
  .partial()
  .strict()
export type ServicePointPatch = z.output<typeof servicePointPatch>

export const servicePointOutput = z.object({
  id: z.uuid(),
  regionCode: z.string(),
  name: z.string(),
  hostKind: z.enum(hostKinds),
  hostName: z.string(),
  streetAddress: z.string(),
  city: z.string(),
  postalCode: z.string().nullable(),
  hoursFr: z.string().nullable(),
  hoursEn: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  active: z.boolean(),
})
export type ServicePointOutput = z.infer<typeof servicePointOutput>

/** The longest search of the service-point list. */
export const Q_MAX = 100

/** Filters of the list (API query string and the list page's GET form): region, in force today, words. */
export const servicePointListQuery = z.object({
  region: regionCode.optional(),
  active: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(Q_MAX).optional(),
})
export type ServicePointFilter = { region?: string; active?: boolean; q?: string }
