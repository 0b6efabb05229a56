import { z } from 'zod'
import { regionCode } from '../../territory/index.js'
import { neqLength, normalizeNeq } from '../enterprises/neq.js'
import { contactLanguages } from '../enterprises/enterprise.schema.js'
import { employerRequestErrors as e } from './employer-request.messages.js'
import { employerRequestStatuses } from './employer-request.schema.js'

/** The longest message an enterprise may write (the form says so, the server enforces it). */
export const EMPLOYER_MESSAGE_MAX = 2000
/** The whole form, with every field at its longest, fits well within this (route `bodyLimit`). */
export const EMPLOYER_REQUEST_BODY_LIMIT = 16 * 1024

const text = (max: number) => z.string().trim().min(1).max(max)
const phonePattern = /^[0-9 ()+\-.]{7,30}( ?(poste|ext\.?) ?\d{1,6})?$/i

/** What an enterprise sends from the public form; the honeypot field is checked by the page before this contract. */
export const employerRequestInput = z.object({
  enterpriseName: text(200),
  neq: z
    .string()
    .refine((v) => normalizeNeq(v) !== undefined, { params: neqLength })
    .transform((v) => normalizeNeq(v)!)
    .optional(),
  city: text(100),
  regionCode,
  contactName: text(150),
  email: z.email().max(254),
  phone: z
    .string()
    .max(30)
    .refine((v) => phonePattern.test(v), { params: e.phone })
    .optional(),
  language: z.enum(contactLanguages),
  // A form sends text (JSON may send a number): one sentence for anything but a whole number from 1 to 999.
  positionsWanted: z
    .union([z.string(), z.number()])
    .refine((v) => /^[1-9]\d{0,2}$/.test(String(v).trim()), { params: e.positions })
    .transform((v) => Number(v))
    .optional(),
  message: z.string().trim().min(1).max(EMPLOYER_MESSAGE_MAX),
})
export type EmployerRequestInput = z.output<typeof employerRequestInput>

/** Reject a request (spam, duplicate, out of scope), saying why. */
export const rejectEmployerRequestInput = z.object({ reason: z.string().trim().min(1).max(500) })
export type RejectEmployerRequestInput = z.output<typeof rejectEmployerRequestInput>

/** Link a request to an enterprise already on record (one of the duplicate candidates, in the request's region). */
export const linkEmployerRequestInput = z.object({ enterpriseId: z.uuid() })
export type LinkEmployerRequestInput = z.output<typeof linkEmployerRequestInput>

export const employerRequestOutput = z.object({
  id: z.uuid(),
  regionCode: z.string(),
  enterpriseName: z.string(),
  neq: z.string().nullable(),
  city: z.string(),
  contactName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  language: z.enum(contactLanguages),
  positionsWanted: z.number().int().nullable(),
  message: z.string(),
  receivedAt: z.string(),
  receivedOn: z.string(),
  status: z.enum(employerRequestStatuses),
  enterpriseId: z.uuid().nullable(),
  rejectionReason: z.string().nullable(),
  handledAt: z.string().nullable(),
})
export type EmployerRequestOutput = z.infer<typeof employerRequestOutput>

/** One line of the queue: the enterprise, not the contact person's details. */
export const employerRequestSummary = z.object({
  id: z.uuid(),
  regionCode: z.string(),
  enterpriseName: z.string(),
  city: z.string(),
  positionsWanted: z.number().int().nullable(),
  receivedOn: z.string(),
  status: z.enum(employerRequestStatuses),
  enterpriseId: z.uuid().nullable(),
})
export type EmployerRequestSummary = z.infer<typeof employerRequestSummary>

/** The queue's filter: one status (new by default on the page; every status in the API when absent). */
export const employerRequestListQuery = z.object({ status: z.enum(employerRequestStatuses).optional() })
