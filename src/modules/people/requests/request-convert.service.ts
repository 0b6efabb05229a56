import { actorUserId, type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { getServicePointOrThrow } from '../../territory/index.js'
import { civilDate } from '../../../platform/clock.js'
import { invalidInput } from '../../../platform/errors.js'
import { parseInput } from '../../../platform/validation.js'
import { openDossier } from '../dossiers/dossier.service.js'
import { personInput } from '../persons/person.contracts.js'
import { createPerson, getPersonOrThrow } from '../persons/person.service.js'
import type { ConvertRequestInput, RequestOutput } from './request.contracts.js'
import { requestErrors, triageText } from './request.messages.js'
import { presentRequest } from './request.presenter.js'
import type { RequestRow } from './request.queries.js'
import { updateRequestRow } from './request.queries.js'
import { assertOpen, getRequestRowInScope } from './request.service.js'

/**
 * The person the dossier is for: one the agent picked among the duplicate candidates (it must be readable), or a new
 * person from the request's fields (email and phone included), after the duplicate check (`createPerson` refuses a
 * likely duplicate unless the agent confirmed it is someone else). The date of birth the agent entered wins over the
 * request's: the form shows the request's to be checked, and a wrong one (in the future) must be correctable.
 */
async function personOf(ctx: Ctx, request: RequestRow, input: ConvertRequestInput): Promise<string> {
  if (input.personId) return (await getPersonOrThrow(ctx, input.personId)).id
  const birthDate = input.birthDate ?? request.birthDate
  if (!birthDate) throw invalidInput({ birthDate: triageText.birthDateNeeded })
  const person = parseInput(personInput, {
    givenName: request.givenName,
    familyName: request.familyName,
    birthDate,
    regionCode: request.regionCode,
    email: request.email,
    phone: request.phone,
    preferredLanguage: request.preferredLanguage,
    confirmedNotDuplicate: input.confirmedNotDuplicate === true,
  })
  return (await createPerson(ctx, person)).id
}

/** The dossier is opened in the request's region: a service point of another region is refused. */
async function checkServicePoint(ctx: Ctx, request: RequestRow, servicePointId: string): Promise<void> {
  const sp = await getServicePointOrThrow(ctx, servicePointId).catch(() => undefined)
  if (sp?.regionCode !== request.regionCode || !sp.active)
    throw invalidInput({ servicePointId: requestErrors.servicePointOutsideRegion })
}

/**
 * Turns an open request into a dossier (intake channel online request, starting on the day it was received, so the
 * first meeting is due five working days after it): the person first, then the dossier, then the request is marked
 * converted with its dossier, all in one transaction. The person's message becomes the note of the dossier's 'opened'
 * event, so it stays on the dossier's timeline.
 */
export async function convertRequest(ctx: Ctx, id: string, input: ConvertRequestInput): Promise<RequestOutput> {
  return inTransaction(ctx, async (tx) => {
    const current = await getRequestRowInScope(tx, id, true)
    assertOpen(current)
    await checkServicePoint(tx, current, input.servicePointId)
    const personId = await personOf(tx, current, input)
    const dossier = await openDossier(tx, {
      personId,
      servicePointId: input.servicePointId,
      agentId: input.agentId ?? current.assignedTo ?? undefined,
      intakeChannel: 'online_request',
      startsOn: civilDate(current.receivedAt),
      openingNote: current.message,
    })
    const row = await updateRequestRow(tx.db, id, {
      status: 'converted',
      dossierId: dossier.id,
      handledBy: actorUserId(tx.actor),
      handledAt: tx.now,
    })
    await recordAudit(tx, {
      action: 'request.converted',
      entityType: 'request',
      entityId: id,
      regionCode: row.regionCode,
      details: { dossierId: dossier.id, personId },
    })
    return presentRequest(row)
  })
}
