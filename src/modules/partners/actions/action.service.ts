import { type Ctx, inTransaction, recordAudit, type Scope } from '../../access/index.js'
import { listMrcsOfRegionsOrThrow } from '../../territory/index.js'
import { forbidden, invalidInput, notFound } from '../../../platform/errors.js'
import { changedFields } from '../../../platform/records.js'
import { actionProblems, findKindValidities } from './action-rules.js'
import {
  type ActionInput,
  type ActionListQuery,
  type ActionOutput,
  type ActionPage,
  actionFields,
  encodeActionCursor,
  type KindCount,
} from './action.contracts.js'
import { canManageActions, canReadActions } from './action.policy.js'
import { presentAction } from './action.presenter.js'
import {
  type ActionRow,
  countActionRowsByKind,
  deleteActionRow,
  findActionRow,
  findAgreementForAction,
  insertActionRow,
  listActionRows,
  listOpenAgreementRows,
  updateActionRow,
} from './action.queries.js'

/** Rows of a page of the list (API and pages). */
export const ACTION_PAGE_SIZE = 100

const notSigned = {
  agreementId: {
    fr: 'Cette entente n’est pas encore signée : aucune action ne s’y rattache encore.',
    en: 'This agreement is not signed yet: no action belongs to it yet.',
  },
}

/** The region codes a read keeps: the caller's, narrowed to one region when asked. */
function regionsOf(scope: Scope, regionCode?: string): 'all' | string[] {
  if (regionCode) return scope.coversRegion(regionCode) ? [regionCode] : []
  return scope.regionCodes === 'all' ? 'all' : [...scope.regionCodes]
}

/** Throws forbidden unless the caller reads local actions (staff). */
export function assertCanReadActions(ctx: Ctx): void {
  if (!canReadActions(ctx.actor)) throw forbidden()
}

/** Throws forbidden unless the caller may record actions somewhere (forms check it before showing themselves). */
export function assertCanManageActions(ctx: Ctx, regionCode?: string): void {
  if (!canManageActions(ctx.actor, ctx.scope, regionCode)) throw forbidden()
}

/** A page of the actions of the caller's scope matching the filters, latest start first. */
export async function listActions(ctx: Ctx, query: ActionListQuery, limit = ACTION_PAGE_SIZE): Promise<ActionPage> {
  assertCanReadActions(ctx)
  const rows = await listActionRows(ctx.db, regionsOf(ctx.scope, query.regionCode), query, limit + 1)
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return { data: page.map(presentAction), next: rows.length > limit && last ? encodeActionCursor(last) : null }
}

/** The actions matching the filters counted per kind, in catalogue order (the list's summary). */
export async function summarizeActions(ctx: Ctx, query: ActionListQuery): Promise<KindCount[]> {
  assertCanReadActions(ctx)
  const { after: _, ...filter } = query
  return countActionRowsByKind(ctx.db, regionsOf(ctx.scope, query.regionCode), filter)
}

async function getRowInScope(ctx: Ctx, id: string): Promise<ActionRow> {
  const row = await findActionRow(ctx.db, id)
  if (!row || !ctx.scope.coversRegion(row.regionCode)) throw notFound('action')
  return row
}

/** One action, or not_found when unknown or outside the caller's scope. */
export async function getActionOrThrow(ctx: Ctx, id: string): Promise<ActionOutput> {
  assertCanReadActions(ctx)
  return presentAction(await getRowInScope(ctx, id))
}

/** The agreements new actions may join in the caller's regions (signed or under way), for the form. */
export async function listAgreementChoices(ctx: Ctx) {
  assertCanManageActions(ctx)
  return listOpenAgreementRows(ctx.db, regionsOf(ctx.scope))
}

/**
 * Checks an action against its agreement (in the caller's scope, else not_found; signed), the catalogue (a kind in
 * force on the start date), the agreement's period and region (its MRCs); returns the agreement.
 */
async function checkAction(tx: Ctx, input: ActionInput, isNew: boolean) {
  const agreement = await findAgreementForAction(tx.db, input.agreementId)
  if (!agreement || !tx.scope.coversRegion(agreement.regionCode)) throw notFound('agreement')
  assertCanManageActions(tx, agreement.regionCode)
  if (isNew && agreement.status === 'preparation') throw invalidInput(notSigned)
  const kinds = await findKindValidities(tx.db, [input.kindCode])
  const mrcs = input.mrcCode ? await listMrcsOfRegionsOrThrow(tx, [agreement.regionCode]) : []
  const problems = actionProblems(input, agreement, kinds, new Set(mrcs.map((m) => m.code)))
  if (Object.keys(problems).length > 0) throw invalidInput(problems)
  return agreement
}

const columnsOf = (input: ActionInput, regionCode: string) => ({
  agreementId: input.agreementId,
  regionCode,
  kindCode: input.kindCode,
  title: input.title,
  description: input.description ?? null,
  startOn: input.startOn,
  endOn: input.endOn,
  municipality: input.municipality ?? null,
  mrcCode: input.mrcCode ?? null,
  immigrantParticipants: input.immigrantParticipants ?? null,
  totalParticipants: input.totalParticipants ?? null,
  partnersInvolved: input.partnersInvolved ?? null,
})

/** Records an action held under an agreement of the caller's regions; it takes the agreement's region. */
export async function createAction(ctx: Ctx, input: ActionInput): Promise<ActionOutput> {
  assertCanManageActions(ctx)
  return inTransaction(ctx, async (tx) => {
    const agreement = await checkAction(tx, input, true)
    const createdBy = tx.actor.kind === 'user' ? tx.actor.userId : null
    const id = await insertActionRow(tx.db, { ...columnsOf(input, agreement.regionCode), createdAt: tx.now, createdBy })
    await recordAudit(tx, {
      action: 'action.created',
      entityType: 'action',
      entityId: id,
      regionCode: agreement.regionCode,
      details: { agreementId: agreement.id },
    })
    return presentAction((await findActionRow(tx.db, id))!)
  })
}

/** Replaces every field of an action (the edit form): an absent optional field is cleared. */
export async function replaceAction(ctx: Ctx, id: string, input: ActionInput): Promise<ActionOutput> {
  assertCanManageActions(ctx)
  return inTransaction(ctx, async (tx) => {
    const current = await getRowInScope(tx, id)
    assertCanManageActions(tx, current.regionCode)
    const agreement = await checkAction(tx, input, input.agreementId !== current.agreementId)
    const values = columnsOf(input, agreement.regionCode)
    const changed = changedFields([...Object.keys(actionFields), 'agreementId'], values, current)
    if (changed.length === 0) return presentAction(current)
    await updateActionRow(tx.db, id, values)
    await recordAudit(tx, {
      action: 'action.updated',
      entityType: 'action',
      entityId: id,
      regionCode: agreement.regionCode,
      details: { changed },
    })
    return presentAction((await findActionRow(tx.db, id))!)
  })
}

/** Removes an action recorded by mistake (it no longer counts anywhere); the audit journal keeps the trace. */
export async function removeAction(ctx: Ctx, id: string): Promise<void> {
  assertCanManageActions(ctx)
  await inTransaction(ctx, async (tx) => {
    const current = await getRowInScope(tx, id)
    assertCanManageActions(tx, current.regionCode)
    await deleteActionRow(tx.db, id)
    await recordAudit(tx, {
      action: 'action.removed',
      entityType: 'action',
      entityId: id,
      regionCode: current.regionCode,
      details: { agreementId: current.agreementId, kindCode: current.kindCode, startOn: current.startOn },
    })
  })
}
