import { z } from 'zod'
import { regionCode } from '../../territory/index.js'
import { isoDate } from '../../../platform/validation.js'
import { preferredLanguages } from '../persons/person.schema.js'
import { requestErrors } from './request.messages.js'
import { requestStatuses } from './request.schema.js'

/** The longest message a person may write (the form says so, the server enforces it). */
export const MESSAGE_MAX = 2000
/** The whole form, with every field at its longest, fits well within this (route `bodyLimit`). */
export const REQUEST_BODY_LIMIT = 16 * 1024

const consentRequired = {
  fr: 'Cochez la case pour consentir : sans votre accord, nous ne pouvons pas traiter votre demande.',
  en: 'Tick the box to consent: without your agreement, we cannot handle your request.',
}
const contactRequired = {
  fr: 'Indiquez une adresse courriel ou un numéro de téléphone pour qu’on puisse vous joindre.',
  en: 'Give an email address or a phone number so that we can reach you.',
}
const isObject = (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null
const name = z.string().trim().min(1).max(100)
/** A date of birth from 1900 on, with one message for any date out of range (the service refuses one after today). */
const birthDate = z.iso.date().refine((d) => d >= '1900-01-01' && d <= '2199-12-31', {
  params: requestErrors.birthDateRange,
})
const phonePattern = /^[0-9 ()+\-.]{7,30}( ?(poste|ext\.?) ?\d{1,6})?$/i

/** What a person sends from the public form; the honeypot field is checked by the page before this contract. */
export const supportRequestInput = z
  .object({
    givenName: name,
    familyName: name,
    birthDate: birthDate.optional(),
    email: z.email().max(254).optional(),
    phone: z
      .string()
      .max(30)
      .refine((v) => phonePattern.test(v), {
        params: { fr: 'Numéro de téléphone invalide.', en: 'Invalid phone number.' },
      })
      .optional(),
    preferredLanguage: z.enum(preferredLanguages),
    regionCode,
    message: z.string().max(MESSAGE_MAX).optional(),
    consentTextId: z.uuid(),
    // Checked below so that a missing tick reads as a sentence, not as a wrong value.
    consent: z.string().max(10).optional(),
  })
  // `when`: checked even when other fields fail, so every error shows at the first submission.
  .refine((v) => v.consent === 'true', { path: ['consent'], params: consentRequired, when: isObject })
  .refine((v) => Boolean(v.email || v.phone), { path: ['email'], params: contactRequired, when: isObject })
export type SupportRequestInput = z.output<typeof supportRequestInput>

/** Assign a request to an agent of its region. */
export const assignRequestInput = z.object({ agentId: z.uuid() })
export type AssignRequestInput = z.output<typeof assignRequestInput>

/** Reject a request (spam, duplicate, out of scope), saying why. */
export const rejectRequestInput = z.object({ reason: z.string().trim().min(1).max(500) })
export type RejectRequestInput = z.output<typeof rejectRequestInput>

/**
 * Turn a request into a dossier: at a service point of the request's region, for an existing person (picked among the
 * duplicate candidates) or a new one (`confirmedNotDuplicate` once the agent has seen the candidates).
 */
export const convertRequestInput = z.object({
  servicePointId: z.uuid(),
  agentId: z.uuid().optional(),
  personId: z.uuid().optional(),
  /** The new person's date of birth: the request's, checked or corrected by the agent; needed when it gives none. */
  birthDate: isoDate().optional(),
  confirmedNotDuplicate: z
    .union([z.boolean(), z.enum(['true', 'false'])])
    .transform((v) => v === true || v === 'true')
    .optional(),
})
export type ConvertRequestInput = z.output<typeof convertRequestInput>

export const requestOutput = z.object({
  id: z.uuid(),
  regionCode: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  preferredLanguage: z.enum(preferredLanguages),
  message: z.string().nullable(),
  receivedAt: z.string(),
  receivedOn: z.string(),
  status: z.enum(requestStatuses),
  assignedTo: z.uuid().nullable(),
  dossierId: z.uuid().nullable(),
  rejectionReason: z.string().nullable(),
  handledAt: z.string().nullable(),
})
export type RequestOutput = z.infer<typeof requestOutput>

/** One line of the triage list: no contact details, the age in working days. */
export const requestSummary = z.object({
  id: z.uuid(),
  regionCode: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  receivedOn: z.string(),
  ageWorkingDays: z.number().int(),
  status: z.enum(requestStatuses),
  assignedTo: z.uuid().nullable(),
})
export type RequestSummary = z.infer<typeof requestSummary>

/** The triage list's filter: one status (new by default on the page; every status in the API when absent). */
export const requestListQuery = z.object({ status: z.enum(requestStatuses).optional() })
