import { z } from 'zod'
import { validityShape, withValidity } from '../../../platform/validity.js'
import { regionCode } from '../regions/region.contracts.js'
import { staffRoles } from './staff.schema.js'

/** The fields of a team member. */
const staffShape = {
  fullName: z.string().trim().min(1).max(200),
  role: z.enum(staffRoles),
  email: z.email().max(254).nullish(),
  phone: z
    .string()
    .trim()
    .refine((v) => /^[0-9 ()+\-.]{7,30}( ?(poste|ext\.?) ?\d{1,6})?$/i.test(v), {
      params: { fr: 'Numéro de téléphone invalide.', en: 'Invalid phone number.' },
    })
    .nullish(),
  regionCode,
  servicePointId: z.uuid().nullish(),
}

/** A team member as created, or as fully replaced by the edit form (an absent optional field is cleared). */
export const staffInput = withValidity(staffShape)
export type StaffInput = z.output<typeof staffInput>

/** Some fields of a team member (API PATCH); the merged record is validated as a whole. */
export const staffPatch = z
  .object({ ...staffShape, ...validityShape })
  .partial()
  .strict()
export type StaffPatch = z.output<typeof staffPatch>

export const staffOutput = z.object({
  id: z.uuid(),
  fullName: z.string(),
  role: z.enum(staffRoles),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  regionCode: z.string(),
  servicePointId: z.uuid().nullable(),
  hasAccount: z.boolean(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  active: z.boolean(),
})
export type StaffOutput = z.infer<typeof staffOutput>

export const staffListQuery = z.object({
  region: regionCode.optional(),
  role: z.enum(staffRoles).optional(),
  active: z.enum(['true', 'false']).optional(),
})

/** The scope of the account opened for a team member: their region, or only their service point. */
export const staffAccountInput = z.object({ scope: z.enum(['region', 'service_point']) })
export type StaffAccountInput = z.output<typeof staffAccountInput>
