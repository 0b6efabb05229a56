import { z } from 'zod'
import { isoDate } from '../../../platform/validation.js'

const optionalText = (max: number) => z.string().trim().max(max).nullish()

const wholeNumber = {
  fr: 'Un nombre entier, 0 ou plus.',
  en: 'A whole number, 0 or more.',
}

/** A count of participants in a report's JSON: a whole number from 0 (the report form converts its text). */
const strictParticipants = z.number().int().min(0).max(10_000_000).nullish()

/** A count of participants on the staff form and the CSV import: a whole number from 0 (they send text, hence the coercion). */
const participants = z.coerce
  .number()
  .refine((n) => Number.isInteger(n) && n >= 0 && n <= 10_000_000, { params: wholeNumber })
  .nullish()

const endNotBeforeStart = {
  fr: 'La date de fin ne peut précéder la date de début.',
  en: 'The end date cannot come before the start date.',
}

export const immigrantsWithinTotal = {
  fr: 'Les participants immigrants ne peuvent dépasser le nombre total de participants.',
  en: 'Immigrant participants cannot exceed the total number of participants.',
}

type Checked = {
  startOn: string
  endOn: string
  immigrantParticipants?: number | null
  totalParticipants?: number | null
}

/**
 * Runs a comparison of fields whenever those fields are themselves valid, even when others are not: the form then
 * shows every error at once instead of the comparison only after the rest is fixed (zod skips it by default).
 */
export function whenValid(...fields: readonly string[]) {
  return (payload: z.core.ParsePayload) => !payload.issues.some((i) => fields.includes(String(i.path?.[0])))
}

/** The checks a single action makes on itself (the agreement and the catalogue are checked by the service). */
function withOwnChecks<T extends z.ZodRawShape>(shape: T) {
  return z
    .object(shape)
    .refine((v) => (v as unknown as Checked).endOn >= (v as unknown as Checked).startOn, {
      path: ['endOn'],
      params: endNotBeforeStart,
      when: whenValid('startOn', 'endOn'),
    })
    .refine(
      (v) => {
        const { immigrantParticipants: i, totalParticipants: t } = v as unknown as Checked
        return i == null || t == null || i <= t
      },
      {
        path: ['immigrantParticipants'],
        params: immigrantsWithinTotal,
        when: whenValid('immigrantParticipants', 'totalParticipants'),
      },
    )
}

/** What a partner declares about an action held, in a report (the agreement is the report's). */
const reportedShape = {
  kindCode: z.string().trim().min(1).max(60),
  title: z.string().trim().min(1).max(200),
  description: optionalText(4000),
  startOn: isoDate(),
  endOn: isoDate(),
  municipality: optionalText(120),
  immigrantParticipants: strictParticipants,
  totalParticipants: strictParticipants,
  partnersInvolved: optionalText(1000),
}

/** An action declared in a partner report: kind, title, dates, municipality, participants. */
export const reportedActionInput = withOwnChecks(reportedShape)
export type ReportedActionInput = z.output<typeof reportedActionInput>

/** The fields staff give an action, besides its agreement (the CSV import names the agreement by reference). */
export const actionFields = {
  ...reportedShape,
  immigrantParticipants: participants,
  totalParticipants: participants,
  mrcCode: z.string().trim().max(10).nullish(),
}

/** An action as created by staff, or as fully replaced by the edit form (an absent optional field is cleared). */
export const actionInput = withOwnChecks({ ...actionFields, agreementId: z.uuid() })
export type ActionInput = z.output<typeof actionInput>

/** A row of an actions CSV file: the agreement by its reference. */
export const actionImportRow = withOwnChecks({ ...actionFields, agreementReference: z.string().trim().min(1).max(60) })

export const actionOutput = z.object({
  id: z.uuid(),
  agreementId: z.uuid(),
  agreementReference: z.string(),
  agreementTitle: z.string(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  regionCode: z.string(),
  kindCode: z.string(),
  kindNameFr: z.string(),
  kindNameEn: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  startOn: z.string(),
  endOn: z.string(),
  municipality: z.string().nullable(),
  mrcCode: z.string().nullable(),
  immigrantParticipants: z.number().nullable(),
  totalParticipants: z.number().nullable(),
  partnersInvolved: z.string().nullable(),
  reportId: z.uuid().nullable(),
  createdAt: z.string(),
})
export type ActionOutput = z.infer<typeof actionOutput>

/** A position in the list (start date, id), opaque to clients. */
export type ActionCursor = { startOn: string; id: string }

export function encodeActionCursor(c: ActionCursor): string {
  return Buffer.from(`${c.startOn}|${c.id}`).toString('base64url')
}

const cursor = z
  .string()
  .max(200)
  .transform((v, ctx): ActionCursor => {
    const [startOn, id] = Buffer.from(v, 'base64url').toString().split('|')
    if (!id || !z.uuid().safeParse(id).success || !startOn || !isoDate().safeParse(startOn).success) {
      ctx.addIssue({ code: 'custom', params: { fr: 'Position invalide.', en: 'Invalid position.' } })
      return z.NEVER
    }
    return { startOn, id }
  })

/** The longest text search of the list. */
export const Q_MAX = 100

/**
 * Filters of the list (API and the list page): region, period (actions overlapping from–to), kind, agreement, MRC,
 * words of the agreement's reference or title or the organization's name; `after` is the cursor of the next page.
 */
export const actionListQuery = z
  .object({
    regionCode: z.string().trim().max(10).optional(),
    from: isoDate().optional(),
    to: isoDate().optional(),
    kind: z.string().trim().max(60).optional(),
    agreementId: z.uuid().optional(),
    mrc: z.string().trim().max(10).optional(),
    q: z.string().trim().max(Q_MAX).optional(),
    after: cursor.optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ['to'], params: endNotBeforeStart })
export type ActionListQuery = z.output<typeof actionListQuery>

/** A page of the list; `next` is the cursor of the following page (null at the end). */
export const actionPage = z.object({ data: z.array(actionOutput), next: z.string().nullable() })
export type ActionPage = z.infer<typeof actionPage>

/** How many actions of a kind, and their participants, in a period (the list's summary, the Bilan). */
export const kindCountOutput = z.object({
  code: z.string(),
  nameFr: z.string(),
  nameEn: z.string(),
  count: z.number(),
  immigrantParticipants: z.number(),
  totalParticipants: z.number(),
})
export type KindCount = z.infer<typeof kindCountOutput>
