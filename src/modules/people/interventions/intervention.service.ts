import { actorUserId, type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { civilDate } from '../../territory/index.js'
import { conflict, notFound } from '../../../platform/errors.js'
import { checkInterventionDay } from '../dossiers/dossier-dates.js'
import { checkServicePointInScope } from '../dossiers/dossier-places.js'
import { getDossierRowForRead, getDossierRowForWork } from '../dossiers/dossier.service.js'
import type { DossierRow } from '../dossiers/dossier.queries.js'
import type { InterventionOutput, RecordInterventionInput } from './intervention.contracts.js'
import { presentIntervention } from './intervention.presenter.js'
import {
  findBirthDate,
  findIntervention,
  insertIntervention,
  listInterventionRows,
  markFirstMeeting,
} from './intervention.queries.js'

const meetingModes: ReadonlySet<string> = new Set(['in_person', 'phone', 'video'])

/** The service point it was given from: the dossier's unless told; another one must be in the caller's territory. */
async function placeOf(ctx: Ctx, dossier: DossierRow, servicePointId?: string) {
  if (!servicePointId || servicePointId === dossier.servicePointId)
    return { servicePointId: dossier.servicePointId, regionCode: dossier.regionCode }
  const sp = await checkServicePointInScope(ctx, servicePointId)
  return { servicePointId: sp.id, regionCode: sp.regionCode }
}

/**
 * Records an intervention in a dossier the caller works. It counts on its civil date in Québec and in the region of
 * the service point it was given from (the Bilan's rule); the first meeting is the earliest one in person, by phone or
 * by video. Not later than today, nor before the person's birth or a year before the dossier's start (dossier-dates.ts);
 * not in a closed dossier.
 */
export function recordIntervention(ctx: Ctx, dossierId: string, input: RecordInterventionInput) {
  return inTransaction(ctx, async (tx): Promise<InterventionOutput> => {
    const dossier = await getDossierRowForWork(tx, dossierId)
    if (dossier.status === 'closed') {
      throw conflict('DOSSIER_CLOSED', 'occurredAt', {
        fr: 'Ce dossier est fermé : rouvrez-le avant d’y noter une intervention.',
        en: 'This dossier is closed: reopen it before recording an intervention.',
      })
    }
    const occurredOn = civilDate(input.occurredAt)
    const birthDate = await findBirthDate(tx.db, dossier.personId)
    checkInterventionDay(occurredOn, { startsOn: dossier.startsOn, birthDate }, civilDate(tx.now))
    const place = await placeOf(tx, dossier, input.servicePointId)
    const row = await insertIntervention(tx.db, {
      dossierId,
      occurredAt: input.occurredAt,
      occurredOn,
      mode: input.mode,
      durationMinutes: input.durationMinutes,
      ...place,
      summary: input.summary,
      recordedBy: actorUserId(tx.actor),
      createdAt: tx.now,
    })
    if (meetingModes.has(row.mode)) await markFirstMeeting(tx.db, dossierId, occurredOn)
    await recordAudit(tx, {
      action: 'intervention.created',
      entityType: 'intervention',
      entityId: row.id,
      regionCode: row.regionCode,
      details: { dossierId },
    })
    return presentIntervention(row)
  })
}

/** The interventions of a dossier the caller may read, latest first; the read is audited. */
export async function listInterventions(ctx: Ctx, dossierId: string): Promise<InterventionOutput[]> {
  const dossier = await getDossierRowForRead(ctx, dossierId)
  const rows = await listInterventionRows(ctx.db, dossier.id)
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, {
      action: 'intervention.listed',
      entityType: 'dossier',
      entityId: dossier.id,
      regionCode: dossier.regionCode,
    }),
  )
  return rows.map(presentIntervention)
}

/** One intervention, when the caller may read its dossier; 404 otherwise. The read is audited. */
export async function getInterventionOrThrow(ctx: Ctx, id: string): Promise<InterventionOutput> {
  const row = await findIntervention(ctx.db, id)
  if (!row) throw notFound('intervention')
  const dossier = await getDossierRowForRead(ctx, row.dossierId).catch(() => {
    throw notFound('intervention')
  })
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, {
      action: 'intervention.viewed',
      entityType: 'intervention',
      entityId: row.id,
      regionCode: dossier.regionCode,
    }),
  )
  return presentIntervention(row)
}
