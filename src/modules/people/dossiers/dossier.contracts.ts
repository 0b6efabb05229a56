import { z } from 'zod'
import { isoDate } from '../../../platform/validation.js'
import { volets } from '../needs/need.schema.js'
import { closureReasons, dossierStatuses, intakeChannels } from './dossier.schema.js'

const note = z.string().trim().max(1000).optional()

/** Opening a dossier for a person: where, by whom, how they came, and when they arrived or asked. */
export const openDossierInput = z.object({
  personId: z.uuid(),
  servicePointId: z.uuid(),
  agentId: z.uuid().optional(),
  intakeChannel: z.enum(intakeChannels),
  startsOn: isoDate(),
})
export type OpenDossierInput = z.output<typeof openDossierInput>

/** A lifecycle step other than closing and reopening (see dossier.policy.ts). */
export const dossierStatusInput = z.object({ to: z.enum(dossierStatuses), note })
export type DossierStatusInput = z.output<typeof dossierStatusInput>

export const closeDossierInput = z.object({ closureReason: z.enum(closureReasons), note })
export type CloseDossierInput = z.output<typeof closeDossierInput>

export const reopenDossierInput = z.object({ note })
export type ReopenDossierInput = z.output<typeof reopenDossierInput>

/** Who follows the dossier and from which service point of its region (no agent: nobody yet). */
export const assignDossierInput = z.object({ servicePointId: z.uuid(), agentId: z.uuid().optional() })
export type AssignDossierInput = z.output<typeof assignDossierInput>

/** Mobilité interrégionale: the service point of the receiving region, and why. */
export const transferDossierInput = z.object({
  servicePointId: z.uuid(),
  reason: z.string().trim().min(1).max(1000),
})
export type TransferDossierInput = z.output<typeof transferDossierInput>

export const dossierOutput = z.object({
  id: z.uuid(),
  number: z.string(),
  personId: z.uuid(),
  regionCode: z.string(),
  servicePointId: z.uuid(),
  agentId: z.uuid().nullable(),
  intakeChannel: z.enum(intakeChannels),
  status: z.enum(dossierStatuses),
  openedOn: z.string(),
  startsOn: z.string(),
  firstMeetingDueOn: z.string(),
  firstMeetingOn: z.string().nullable(),
  /** No first meeting yet and its due date has passed (Parcours: 5 working days). */
  firstMeetingOverdue: z.boolean(),
  nextFollowUpOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  closureReason: z.enum(closureReasons).nullable(),
  closureNote: z.string().nullable(),
  /** Whether the caller works the dossier (its current location) or only reads it (a former location). */
  workable: z.boolean(),
})
export type DossierOutput = z.infer<typeof dossierOutput>

/**
 * A position in the dossier list (keyset pagination): the last row's creation instant (in UTC, to the microsecond as
 * PostgreSQL keeps it: a millisecond Date would skip rows) and its id, opaque to clients.
 */
export type DossierCursor = { createdAt: string; id: string }

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/

export function encodeCursor(c: DossierCursor): string {
  return Buffer.from(`${c.createdAt}|${c.id}`).toString('base64url')
}

const cursor = z
  .string()
  .max(200)
  .transform((v, ctx): DossierCursor => {
    const [createdAt, id] = Buffer.from(v, 'base64url').toString().split('|')
    if (!id || !z.uuid().safeParse(id).success || !createdAt || !instantPattern.test(createdAt)) {
      ctx.addIssue({ code: 'custom', params: { fr: 'Position invalide.', en: 'Invalid position.' } })
      return z.NEVER
    }
    return { createdAt, id }
  })

/** Filters of the dossier list (API query string and the list page's GET form), and the page to show. */
export const dossierListQuery = z.object({
  status: z.enum(dossierStatuses).optional(),
  agent: z.uuid().optional(),
  servicePoint: z.uuid().optional(),
  volet: z.enum(volets).optional(),
  channel: z.enum(intakeChannels).optional(),
  person: z.uuid().optional(),
  after: cursor.optional(),
})
export type DossierListQuery = z.output<typeof dossierListQuery>

export const dossierListItem = z.object({
  id: z.uuid(),
  number: z.string(),
  personId: z.uuid(),
  personName: z.string(),
  status: z.enum(dossierStatuses),
  intakeChannel: z.enum(intakeChannels),
  regionCode: z.string(),
  servicePointId: z.uuid(),
  servicePointName: z.string(),
  agentId: z.uuid().nullable(),
  agentName: z.string().nullable(),
  openedOn: z.string(),
  firstMeetingDueOn: z.string(),
  firstMeetingOn: z.string().nullable(),
})
export type DossierListItem = z.infer<typeof dossierListItem>

/** A page of the list; `next` is the cursor of the following page (absent at the end). */
export const dossierPage = z.object({ data: z.array(dossierListItem), next: z.string().nullable() })
export type DossierPage = z.infer<typeof dossierPage>
