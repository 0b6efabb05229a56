import { z } from 'zod'
import { deliverableOutput, instalmentOutput } from '../obligations/obligation.contracts.js'
import { isoDate } from '../../../platform/validation.js'
import { agreementStatuses } from './agreement.schema.js'

/** The largest amount in cents a contract accepts (1 000 000 000,00 $). */
export const MAX_CENTS = 100_000_000_000
const cents = z.number().int().min(0).max(MAX_CENTS)

/** An amount for one fiscal year (2019 = April 1, 2019 – March 31, 2020), in cents. */
export const yearAmount = z.object({ fiscalYear: z.number().int().min(1990).max(2199), amountCents: cents })
export type YearAmount = z.infer<typeof yearAmount>

/** A list given once or as several values (an HTML form's repeated field). */
const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(100))

/**
 * An agreement as created, or as replaced while in preparation. The region is the organization's; the total is the
 * sum of the yearly amounts (`totalCents`, when given, must equal it); checks that need the database are the service's.
 */
export const agreementInput = z
  .object({
    organizationId: z.uuid(),
    programCode: z.string().trim().min(1).max(20),
    voletId: z.uuid(),
    reference: z.string().trim().min(1).max(50),
    title: z.string().trim().min(1).max(300),
    objectives: z.string().trim().max(5000).nullish(),
    mrcCodes: listOf(z.string().trim().min(1).max(10)),
    startOn: isoDate(),
    endOn: isoDate(),
    amounts: z.array(yearAmount).max(10),
    totalCents: cents.optional(),
    fundsReferrals: z.preprocess((v) => v === 'true' || v === 'on' || v === true, z.boolean()).optional(),
  })
  .refine((v) => v.endOn >= v.startOn, {
    path: ['endOn'],
    params: {
      fr: 'La date de fin ne peut pas précéder la date de début.',
      en: 'The end date cannot precede the start date.',
    },
  })
export type AgreementInput = z.output<typeof agreementInput>

/** A status change: where to, on which civil date, and why (required to terminate). */
export const transitionInput = z.object({
  to: z.enum(['signed', 'in_progress', 'completed', 'terminated']),
  on: isoDate(),
  reason: z.string().trim().max(2000).nullish(),
})
export type TransitionInput = z.output<typeof transitionInput>

/** An amendment (avenant): when signed, what it says, and the terms it changes (a new end date, new yearly amounts). */
export const amendmentInput = z.object({
  signedOn: isoDate(),
  summary: z.string().trim().min(1).max(2000),
  endOn: isoDate().optional(),
  amounts: z.array(yearAmount).max(10).optional(),
})
export type AmendmentInput = z.output<typeof amendmentInput>

export const agreementListItem = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  regionCode: z.string(),
  programCode: z.string(),
  voletId: z.uuid().nullable(),
  voletCode: z.string().nullable(),
  startOn: z.string(),
  endOn: z.string(),
  totalCents: z.number(),
  status: z.enum(agreementStatuses),
})
export type AgreementListItem = z.infer<typeof agreementListItem>

const amendmentOutput = z.object({
  number: z.number(),
  signedOn: z.string(),
  summary: z.string(),
  changes: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
})

const eventOutput = z.object({
  fromStatus: z.enum(agreementStatuses).nullable(),
  toStatus: z.enum(agreementStatuses),
  on: z.string(),
  comment: z.string().nullable(),
  at: z.string(),
  byName: z.string().nullable(),
})

export const agreementOutput = agreementListItem.extend({
  objectives: z.string().nullable(),
  mrcCodes: z.array(z.string()),
  programNameFr: z.string(),
  programNameEn: z.string(),
  voletNameFr: z.string().nullable(),
  voletNameEn: z.string().nullable(),
  signedOn: z.string().nullable(),
  startedOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  terminatedOn: z.string().nullable(),
  terminationReason: z.string().nullable(),
  fundsReferrals: z.boolean(),
  amounts: z.array(yearAmount),
  amendments: z.array(amendmentOutput),
  events: z.array(eventOutput),
})
export type AgreementOutput = z.infer<typeof agreementOutput>

/** One agreement as `GET /api/v1/agreements/:id` answers it: with its payment schedule and its deliverables. */
export const agreementDetailOutput = agreementOutput.extend({
  instalments: z.array(instalmentOutput),
  deliverables: z.array(deliverableOutput),
})
export type AgreementDetailOutput = z.infer<typeof agreementDetailOutput>

/** A position in the list (keyset, newest start first): the last row's start date and id, opaque to clients. */
export type AgreementCursor = { startOn: string; id: string }

export function encodeAgreementCursor(c: AgreementCursor): string {
  return Buffer.from(`${c.startOn}|${c.id}`).toString('base64url')
}

const cursor = z
  .string()
  .max(200)
  .transform((v, ctx): AgreementCursor => {
    const [startOn, id] = Buffer.from(v, 'base64url').toString().split('|')
    if (!startOn || !/^\d{4}-\d{2}-\d{2}$/.test(startOn) || !id || !z.uuid().safeParse(id).success) {
      ctx.addIssue({ code: 'custom', params: { fr: 'Position invalide.', en: 'Invalid position.' } })
      return z.NEVER
    }
    return { startOn, id }
  })

/** Filters of the list (API query string and the list page's GET form). */
export const agreementListQuery = z.object({
  program: z.string().trim().max(20).optional(),
  status: z.enum(agreementStatuses).optional(),
  fiscalYear: z.coerce.number().int().min(1990).max(2199).optional(),
  organization: z.uuid().optional(),
  after: cursor.optional(),
})
export type AgreementListQuery = z.output<typeof agreementListQuery>

export const agreementPage = z.object({ data: z.array(agreementListItem), next: z.string().nullable() })
export type AgreementPage = z.infer<typeof agreementPage>

const totalRow = z.object({ fiscalYear: z.number(), amountCents: z.number(), agreements: z.number() })

/** Committed amounts of the caller's scope (every agreement past preparation), by program and by region. */
export const agreementTotals = z.object({
  byProgram: z.array(totalRow.extend({ programCode: z.string() })),
  byRegion: z.array(totalRow.extend({ regionCode: z.string() })),
})
export type AgreementTotals = z.infer<typeof agreementTotals>
