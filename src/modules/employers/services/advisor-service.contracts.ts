import { z } from 'zod'
import { isoDate } from '../../../platform/validation.js'
import { advisorServiceKinds } from './advisor-service.schema.js'

const followUpNotBefore = {
  fr: 'La date de suivi ne peut précéder la date du service.',
  en: 'The follow-up date cannot come before the service date.',
}

const kindChoice = z.enum(advisorServiceKinds)

/** What the service form sets (the enterprise comes from the page's address). */
export const advisorServiceFields = {
  kind: kindChoice,
  servedOn: isoDate(),
  advisorId: z.uuid().nullish(),
  outcome: z.string().trim().max(4000).nullish(),
  followUpOn: isoDate().nullish(),
}

type Checked = { servedOn?: string; followUpOn?: string | null }

/** The follow-up date is checked whenever both dates are themselves valid, so every error shows at once. */
function withFollowUpCheck<T extends z.ZodRawShape>(shape: T) {
  return z.object(shape).refine(
    (v) => {
      const { servedOn, followUpOn } = v as unknown as Checked
      return !followUpOn || !servedOn || followUpOn >= servedOn
    },
    {
      path: ['followUpOn'],
      params: followUpNotBefore,
      when: (payload) => !payload.issues.some((i) => ['servedOn', 'followUpOn'].includes(String(i.path?.[0]))),
    },
  )
}

/** A service as the page form sends it (its enterprise is the page's). */
export const advisorServiceForm = withFollowUpCheck(advisorServiceFields)

/**
 * A service given to an enterprise, as recorded or fully replaced (an absent optional field is cleared): kind, civil
 * date (not in the future: the service checks it against today in Québec), advisor (the signed-in advisor when absent),
 * outcome and follow-up date (not before the service).
 */
export const advisorServiceInput = withFollowUpCheck({ enterpriseId: z.uuid(), ...advisorServiceFields })
export type AdvisorServiceInput = z.output<typeof advisorServiceInput>

/** Where a follow-up stands on today's date: none planned, due (today or later), overdue, done. */
export const followUpStatuses = ['none', 'due', 'overdue', 'done'] as const
export type FollowUpStatus = (typeof followUpStatuses)[number]

export const advisorServiceOutput = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  regionCode: z.string(),
  kind: z.enum(advisorServiceKinds),
  servedOn: z.string(),
  advisorId: z.uuid().nullable(),
  advisorName: z.string().nullable(),
  outcome: z.string().nullable(),
  followUpOn: z.string().nullable(),
  followUpDoneAt: z.string().nullable(),
  followUpStatus: z.enum(followUpStatuses),
  createdAt: z.string(),
})
export type AdvisorServiceOutput = z.infer<typeof advisorServiceOutput>

/** A position in the list (service date, id), opaque to clients. */
export type ServiceCursor = { servedOn: string; id: string }

export function encodeServiceCursor(c: ServiceCursor): string {
  return Buffer.from(`${c.servedOn}|${c.id}`).toString('base64url')
}

const cursor = z
  .string()
  .max(200)
  .transform((v, ctx): ServiceCursor => {
    const [servedOn, id] = Buffer.from(v, 'base64url').toString().split('|')
    if (!id || !z.uuid().safeParse(id).success || !servedOn || !isoDate().safeParse(servedOn).success) {
      ctx.addIssue({ code: 'custom', params: { fr: 'Position invalide.', en: 'Invalid position.' } })
      return z.NEVER
    }
    return { servedOn, id }
  })

/**
 * Filters of the list (API and the list page): enterprise, kind, advisor, period of the service date (both included),
 * follow-up status; `after` is the cursor of the next page.
 */
export const advisorServiceListQuery = z
  .object({
    enterpriseId: z.uuid().optional(),
    kind: kindChoice.optional(),
    advisorId: z.uuid().optional(),
    from: isoDate().optional(),
    to: isoDate().optional(),
    followUp: z.enum(followUpStatuses).optional(),
    after: cursor.optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    path: ['to'],
    params: {
      fr: 'La fin de la période ne peut précéder son début.',
      en: 'The end of the period cannot come before its start.',
    },
  })
export type AdvisorServiceListQuery = z.output<typeof advisorServiceListQuery>

/** A page of the list; `next` is the cursor of the following page (null at the end). */
export const advisorServicePage = z.object({ data: z.array(advisorServiceOutput), next: z.string().nullable() })
export type AdvisorServicePage = z.infer<typeof advisorServicePage>

/** An advisor the form offers for an enterprise's region. */
export type AdvisorChoice = { id: string; name: string }
