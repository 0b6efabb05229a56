import { z } from 'zod'
import { isoDate } from '../../../platform/validation.js'
import { interventionModes } from './intervention.schema.js'
import { quebecInstant } from './quebec-time.js'

/** What was done, how, for how long, from where (the dossier's service point unless told), and in a few words. */
const interventionShape = {
  mode: z.enum(interventionModes),
  durationMinutes: z.coerce.number().int().min(1).max(600),
  servicePointId: z.uuid().optional(),
  summary: z.string().trim().min(1).max(4000),
}

/** What the service records: the instant it happened (its civil date in Québec is derived). */
export type RecordInterventionInput = {
  occurredAt: Date
  mode: (typeof interventionModes)[number]
  durationMinutes: number
  servicePointId?: string
  summary: string
}

/** The API's body: the dossier and an ISO date-time with its offset (e.g. 2021-03-01T09:30:00-05:00). */
export const interventionApiInput = z
  .object({ dossierId: z.uuid(), occurredAt: z.iso.datetime({ offset: true }), ...interventionShape })
  .transform(({ occurredAt, ...rest }) => ({ ...rest, occurredAt: new Date(occurredAt) }))

/** The dossier page's form: a date and a time on Québec's clock. */
export const interventionFormInput = z
  .object({
    occurredDate: isoDate(),
    occurredTime: z.string().refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), {
      params: { fr: 'Heure invalide (HH:MM).', en: 'Invalid time (HH:MM).' },
    }),
    ...interventionShape,
  })
  // The typed date and time stay in the output, so a form the service refuses is shown again as it was typed.
  .transform((v) => ({ ...v, occurredAt: quebecInstant(v.occurredDate, v.occurredTime) }))

export const interventionOutput = z.object({
  id: z.uuid(),
  dossierId: z.uuid(),
  occurredAt: z.string(),
  /** The civil date in Québec: the day the counting rule counts it on. */
  occurredOn: z.string(),
  mode: z.enum(interventionModes),
  durationMinutes: z.number(),
  servicePointId: z.uuid(),
  regionCode: z.string(),
  summary: z.string(),
})
export type InterventionOutput = z.infer<typeof interventionOutput>

export const interventionListQuery = z.object({ dossier: z.uuid() })
