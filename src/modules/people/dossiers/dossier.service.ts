import { actorUserId, type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { civilDate, findTerritoryNames } from '../../territory/index.js'
import { forbidden, notFound } from '../../../platform/errors.js'
import { canReadDossier, canWorkDossier } from '../access.js'
import { firstMeetingDueOn } from '../work/working-days.js'
import {
  type DossierListQuery,
  type DossierOutput,
  type DossierPage,
  encodeCursor,
  type OpenDossierInput,
} from './dossier.contracts.js'
import { checkStartsOn } from './dossier-dates.js'
import { checkAgent, checkPerson, checkServicePointInScope } from './dossier-places.js'
import { canReadDossiers, canWriteDossiers } from './dossier.policy.js'
import { presentDossier, presentDossierListItem } from './dossier.presenter.js'
import {
  type DossierRow,
  findDossier,
  insertDossier,
  insertDossierEvent,
  listDossierRows,
  listFormerLocations,
  nextDossierNumber,
} from './dossier.queries.js'

/** Dossiers per page of the list. */
export const DOSSIER_PAGE_SIZE = 25

/** The dossier's row when the caller may read it (its current location or a former one); 404 otherwise. */
export async function getDossierRowForRead(ctx: Ctx, id: string): Promise<DossierRow> {
  if (!canReadDossiers(ctx.actor)) throw forbidden()
  const row = await findDossier(ctx.db, id)
  if (!row) throw notFound('dossier')
  if (canWorkDossier(ctx.scope, row)) return row
  if (!canReadDossier(ctx.scope, row, await listFormerLocations(ctx.db, row.id))) throw notFound('dossier')
  return row
}

/** The dossier's row when the caller may work it (its current location only, with write permission); 404 otherwise. */
export async function getDossierRowForWork(ctx: Ctx, id: string): Promise<DossierRow> {
  if (!canWriteDossiers(ctx.actor)) throw forbidden()
  const row = await findDossier(ctx.db, id)
  if (!row || !canWorkDossier(ctx.scope, row)) throw notFound('dossier')
  return row
}

/** Whether the caller works this dossier (rather than only reading it from a former location). */
export function isWorkable(ctx: Ctx, row: DossierRow): boolean {
  return canWriteDossiers(ctx.actor) && canWorkDossier(ctx.scope, row)
}

/** Writes the `dossier.viewed` audit event of a dossier read (in its own transaction). */
export function auditDossierRead(ctx: Ctx, row: DossierRow): Promise<void> {
  return inTransaction(ctx, (tx) =>
    recordAudit(tx, { action: 'dossier.viewed', entityType: 'dossier', entityId: row.id, regionCode: row.regionCode }),
  )
}

/** A dossier row as the pages and the API show it. */
export function presentDossierFor(ctx: Ctx, row: DossierRow): DossierOutput {
  return presentDossier(row, civilDate(ctx.now), isWorkable(ctx, row))
}

/** One dossier for the page or the API; the read is audited (`dossier.viewed`). */
export async function getDossierOrThrow(ctx: Ctx, id: string): Promise<DossierOutput> {
  const row = await getDossierRowForRead(ctx, id)
  await auditDossierRead(ctx, row)
  return presentDossierFor(ctx, row)
}

/** A page of the dossiers the caller may read, newest first, filtered; `next` continues the list (keyset). */
export async function listDossiers(ctx: Ctx, query: DossierListQuery): Promise<DossierPage> {
  if (!canReadDossiers(ctx.actor)) throw forbidden()
  const rows = await listDossierRows(ctx.db, ctx.scope, query, DOSSIER_PAGE_SIZE + 1)
  const page = rows.slice(0, DOSSIER_PAGE_SIZE)
  const last = page.at(-1)
  const next = rows.length > DOSSIER_PAGE_SIZE && last ? encodeCursor(last) : null
  const names = await findTerritoryNames(ctx.db, {
    servicePointIds: page.map((r) => r.servicePointId),
    staffIds: page.map((r) => r.agentId),
  })
  return { data: page.map((r) => presentDossierListItem(r, names)), next }
}

/**
 * Opens a dossier for a person at a service point of the caller's scope (the region is the service point's), numbered
 * AQ-<year>-<6 digits>; the first meeting is due 5 working days after the arrival or the request. `openingNote` (not in
 * the API contract) is the note of the 'opened' event: an online request's message, kept on the dossier's timeline.
 */
export async function openDossier(
  ctx: Ctx,
  input: OpenDossierInput & { openingNote?: string | null },
): Promise<DossierOutput> {
  if (!canWriteDossiers(ctx.actor)) throw forbidden()
  return inTransaction(ctx, async (tx) => {
    const sp = await checkServicePointInScope(tx, input.servicePointId)
    if (input.agentId) await checkAgent(tx, input.agentId, sp.regionCode)
    const person = await checkPerson(tx, input.personId)
    const openedOn = civilDate(tx.now)
    checkStartsOn(input.startsOn, person.birthDate, openedOn)
    const row = await insertDossier(tx.db, {
      number: await nextDossierNumber(tx.db, openedOn.slice(0, 4)),
      personId: input.personId,
      regionCode: sp.regionCode,
      servicePointId: sp.id,
      agentId: input.agentId ?? null,
      intakeChannel: input.intakeChannel,
      status: 'open',
      openedOn,
      startsOn: input.startsOn,
      firstMeetingDueOn: firstMeetingDueOn(input.startsOn),
      createdBy: actorUserId(tx.actor),
      createdAt: tx.now,
      updatedAt: tx.now,
    })
    await recordOpening(tx, row, input.openingNote)
    return presentDossier(row, openedOn, true)
  })
}

/** The 'opened' event of a new dossier (its note: an online request's message) and its audit event. */
async function recordOpening(tx: Ctx, row: DossierRow, note: string | null | undefined): Promise<void> {
  await insertDossierEvent(tx.db, {
    dossierId: row.id,
    kind: 'opened',
    toStatus: 'open',
    note: note ?? null,
    at: tx.now,
    by: actorUserId(tx.actor),
  })
  await recordAudit(tx, {
    action: 'dossier.created',
    entityType: 'dossier',
    entityId: row.id,
    regionCode: row.regionCode,
  })
}
