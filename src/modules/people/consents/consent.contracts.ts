import { z } from 'zod'
import { isoDate } from '../../../platform/validation.js'
import { consentPurposes } from './consent.schema.js'

export type ConsentPurpose = (typeof consentPurposes)[number]

/** A consent as recorded by staff: the purpose (its text in force is the one shown), when it was given, until when. */
export const consentInput = z
  .object({
    purpose: z.enum(consentPurposes),
    givenOn: isoDate(),
    expiresOn: isoDate().optional(),
  })
  .refine((v) => !v.expiresOn || v.expiresOn > v.givenOn, {
    path: ['expiresOn'],
    params: {
      fr: 'La date d’échéance doit suivre la date du consentement.',
      en: 'The expiry date must come after the date the consent was given.',
    },
  })
export type ConsentInput = z.output<typeof consentInput>

/** The text of a purpose, as the person read it. */
export const consentTextOutput = z.object({
  id: z.uuid(),
  purpose: z.enum(consentPurposes),
  version: z.number().int(),
  textFr: z.string(),
  textEn: z.string(),
  validFrom: z.string(),
})
export type ConsentTextOutput = z.infer<typeof consentTextOutput>

export const consentOutput = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  purpose: z.enum(consentPurposes),
  textVersion: z.number().int(),
  givenOn: z.string(),
  expiresOn: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawnBy: z.string().nullable(),
  active: z.boolean(),
})
export type ConsentOutput = z.infer<typeof consentOutput>
