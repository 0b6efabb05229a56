import { actorUserId, type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { civilDate } from '../../territory/index.js'
import { type AppError, conflict, invalidInput } from '../../../platform/errors.js'
import { canWorkDossier } from '../access.js'
import type {
  AssignDossierInput,
  CloseDossierInput,
  DossierOutput,
  DossierStatusInput,
  ReopenDossierInput,
  TransferDossierInput,
} from './dossier.contracts.js'
import { statusLabels } from './dossier.messages.js'
import { checkActiveServicePoint, checkAgent } from './dossier-places.js'
import { type DossierStatus, transitionRefusal } from './dossier.policy.js'
import { presentDossier } from './dossier.presenter.js'
import {
  type DossierRow,
  type DossierValues,
  insertDossierEvent,
  insertDossierTransfer,
  updateDossierRow,
} from './dossier.queries.js'
import { getDossierRowForWork } from './dossier.service.js'

/** The lifecycle refuses this step (see `dossierTransitions`), in words the agent can act on. */
export function transitionNotAllowed(from: DossierStatus, to: DossierStatus): AppError {
  const [a, b] = [statusLabels[from], statusLabels[to]]
  return conflict('DOSSIER_TRANSITION_NOT_ALLOWED', 'to', {
    fr: `Un dossier au statut « ${a.fr} » ne peut pas passer au statut « ${b.fr} ».`,
    en: `A dossier with status “${a.en}” cannot move to “${b.en}”.`,
  })
}

const closedDossier = () =>
  conflict('DOSSIER_CLOSED', 'status', {
    fr: 'Ce dossier est fermé : rouvrez-le d’abord.',
    en: 'This dossier is closed: reopen it first.',
  })

type Change = {
  kind: 'status_changed' | 'closed' | 'reopened' | 'assigned' | 'transferred'
  values: Partial<DossierValues>
  note?: string | null
  details?: Record<string, unknown>
}

/** Applies one change to a dossier the caller works: the row, its timeline event and its audit event, together. */
async function applyChange(tx: Ctx, row: DossierRow, change: Change): Promise<DossierOutput> {
  const updated = await updateDossierRow(tx.db, row.id, { ...change.values, updatedAt: tx.now })
  const statusMoved = updated.status !== row.status
  await insertDossierEvent(tx.db, {
    dossierId: row.id,
    kind: change.kind,
    fromStatus: statusMoved ? row.status : null,
    toStatus: statusMoved ? updated.status : null,
    note: change.note ?? null,
    at: tx.now,
    by: actorUserId(tx.actor),
  })
  const action = `dossier.${change.kind}`
  await recordAudit(tx, {
    action,
    entityType: 'dossier',
    entityId: row.id,
    regionCode: row.regionCode,
    details: { ...(statusMoved ? { from: row.status, to: updated.status } : {}), ...change.details },
  })
  return presentDossier(updated, civilDate(tx.now), canWorkDossier(tx.scope, updated))
}

/** Moves a dossier along its lifecycle (not closing or reopening: they have their own action). */
export function changeDossierStatus(ctx: Ctx, id: string, input: DossierStatusInput): Promise<DossierOutput> {
  return inTransaction(ctx, async (tx) => {
    const row = await getDossierRowForWork(tx, id)
    if (input.to === 'closed' || row.status === 'closed' || transitionRefusal(row.status, input.to))
      throw transitionNotAllowed(row.status, input.to)
    return applyChange(tx, row, { kind: 'status_changed', values: { status: input.to }, note: input.note })
  })
}

/** Closes a dossier with a closure reason (and an optional note). */
export function closeDossier(ctx: Ctx, id: string, input: CloseDossierInput): Promise<DossierOutput> {
  return inTransaction(ctx, async (tx) => {
    const row = await getDossierRowForWork(tx, id)
    if (transitionRefusal(row.status, 'closed', input.closureReason)) throw transitionNotAllowed(row.status, 'closed')
    const values = {
      status: 'closed' as const,
      closedOn: civilDate(tx.now),
      closureReason: input.closureReason,
      closureNote: input.note ?? null,
    }
    return applyChange(tx, row, { kind: 'closed', values, note: input.note, details: { reason: input.closureReason } })
  })
}

/** Reopens a closed dossier: back to 'open', the closure cleared (it stays on the timeline). */
export function reopenDossier(ctx: Ctx, id: string, input: ReopenDossierInput): Promise<DossierOutput> {
  return inTransaction(ctx, async (tx) => {
    const row = await getDossierRowForWork(tx, id)
    if (row.status !== 'closed' || transitionRefusal(row.status, 'open')) throw transitionNotAllowed(row.status, 'open')
    const values = { status: 'open' as const, closedOn: null, closureReason: null, closureNote: null }
    return applyChange(tx, row, { kind: 'reopened', values, note: input.note })
  })
}

/** Assigns the dossier to an agent (or nobody) and a service point of its region. */
export function assignDossier(ctx: Ctx, id: string, input: AssignDossierInput): Promise<DossierOutput> {
  return inTransaction(ctx, async (tx) => {
    const row = await getDossierRowForWork(tx, id)
    if (row.status === 'closed') throw closedDossier()
    const sp = await checkActiveServicePoint(tx, input.servicePointId)
    if (sp.regionCode !== row.regionCode) {
      throw invalidInput({
        servicePointId: {
          fr: 'Choisissez un point de services de la région du dossier (pour une autre région, transférez-le).',
          en: 'Choose a service point of the dossier’s region (for another region, transfer it).',
        },
      })
    }
    if (input.agentId) await checkAgent(tx, input.agentId, row.regionCode)
    const values = { servicePointId: sp.id, agentId: input.agentId ?? null }
    if (values.servicePointId === row.servicePointId && values.agentId === row.agentId)
      return presentDossier(row, civilDate(tx.now), true)
    return applyChange(tx, row, { kind: 'assigned', values, details: values })
  })
}

/**
 * Transfers a dossier to a service point of another region (mobilité interrégionale). The transfer keeps where it was:
 * the former location's staff still read the whole history; the receiving region's staff work it.
 */
export function transferDossier(ctx: Ctx, id: string, input: TransferDossierInput): Promise<DossierOutput> {
  return inTransaction(ctx, async (tx) => {
    const row = await getDossierRowForWork(tx, id)
    if (row.status === 'closed') throw closedDossier()
    const sp = await checkActiveServicePoint(tx, input.servicePointId)
    if (sp.regionCode === row.regionCode) {
      throw invalidInput({
        servicePointId: {
          fr: 'Choisissez un point de services d’une autre région (dans la région, assignez le dossier).',
          en: 'Choose a service point of another region (within the region, assign the dossier).',
        },
      })
    }
    await insertDossierTransfer(tx.db, {
      dossierId: row.id,
      fromRegionCode: row.regionCode,
      fromServicePointId: row.servicePointId,
      toRegionCode: sp.regionCode,
      toServicePointId: sp.id,
      reason: input.reason,
      transferredAt: tx.now,
      transferredBy: actorUserId(tx.actor),
    })
    // The agent belonged to the former region's team: the receiving region assigns its own.
    const values = { regionCode: sp.regionCode, servicePointId: sp.id, agentId: null }
    const details = { fromRegionCode: row.regionCode, toRegionCode: sp.regionCode, toServicePointId: sp.id }
    return applyChange(tx, row, { kind: 'transferred', values, note: input.reason, details })
  })
}
