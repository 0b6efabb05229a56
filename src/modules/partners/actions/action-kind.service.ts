import { type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { isUniqueViolation } from '../../../platform/db/errors.js'
import { conflict, forbidden, invalidInput, notFound } from '../../../platform/errors.js'
import { changedFields } from '../../../platform/records.js'
import { isActiveOn } from '../../../platform/validity.js'
import {
  codeFromName,
  type KindInput,
  type KindNamesInput,
  type KindOutput,
  type KindRetireInput,
} from './action-kind.contracts.js'
import { kindText } from './action.messages.js'
import { canManageActionKinds, canReadActions } from './action.policy.js'
import {
  findKindRow,
  insertKindRow,
  type KindRow,
  lastSortOrder,
  listKindRows,
  updateKindRow,
} from './action-kind.queries.js'

// The catalogue of action kinds is reference data shared by every region: its audit events carry no region (scope
// 'all' reads them). A kind is retired with an end date, never deleted: actions already held keep pointing at it.

const codeTaken = () => conflict('ACTION_KIND_CODE_TAKEN', 'code', kindText.codeTaken)

const present = (row: KindRow, today: string): KindOutput => ({
  code: row.code,
  nameFr: row.nameFr,
  nameEn: row.nameEn,
  sortOrder: row.sortOrder,
  validFrom: row.validFrom,
  validTo: row.validTo,
  active: isActiveOn(row, today),
})

/**
 * The whole catalogue in its order, retired kinds included, each active or not on the caller's day: for staff who
 * read the actions (the list's filter, the action form) and the catalogue's administrators.
 */
export async function listActionKinds(ctx: Ctx): Promise<KindOutput[]> {
  if (!canReadActions(ctx.actor) && !canManageActionKinds(ctx.actor)) throw forbidden()
  const today = civilDate(ctx.now)
  return (await listKindRows(ctx.db)).map((r) => present(r, today))
}

/** Throws forbidden unless the caller keeps the catalogue (its pages check it before showing themselves). */
export function assertCanManageActionKinds(ctx: Ctx): void {
  if (!canManageActionKinds(ctx.actor)) throw forbidden()
}

async function getKindRow(ctx: Ctx, code: string): Promise<KindRow> {
  const row = await findKindRow(ctx.db, code)
  if (!row) throw notFound('action_kind')
  return row
}

/** One kind of the catalogue, for its administrators. */
export async function getActionKindOrThrow(ctx: Ctx, code: string): Promise<KindOutput> {
  assertCanManageActionKinds(ctx)
  return present(await getKindRow(ctx, code), civilDate(ctx.now))
}

/** Adds a kind (its code typed, or made from the French name), last in the catalogue unless told; a used code conflicts. */
export async function createActionKind(ctx: Ctx, input: KindInput): Promise<KindOutput> {
  assertCanManageActionKinds(ctx)
  return inTransaction(ctx, async (tx) => {
    const code = input.code ?? codeFromName(input.nameFr)
    if (await findKindRow(tx.db, code)) throw codeTaken()
    const sortOrder = input.sortOrder ?? (await lastSortOrder(tx.db)) + 10
    const row = await insertKindRow(tx.db, { ...input, code, sortOrder, validTo: null }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? codeTaken() : error
    })
    await recordAudit(tx, { action: 'action_kind.created', entityType: 'action_kind', details: { code } })
    return present(row, civilDate(tx.now))
  })
}

/** Renames a kind or moves it in the catalogue; the code stays, so actions and counts keep it. */
export async function renameActionKind(ctx: Ctx, code: string, input: KindNamesInput): Promise<KindOutput> {
  assertCanManageActionKinds(ctx)
  return inTransaction(ctx, async (tx) => {
    const current = await getKindRow(tx, code)
    const values = { ...input, sortOrder: input.sortOrder ?? current.sortOrder }
    const changed = changedFields(['nameFr', 'nameEn', 'sortOrder'], values, current)
    if (changed.length === 0) return present(current, civilDate(tx.now))
    const row = await updateKindRow(tx.db, code, values)
    await recordAudit(tx, { action: 'action_kind.renamed', entityType: 'action_kind', details: { code, changed } })
    return present(row, civilDate(tx.now))
  })
}

/** Retires a kind from a date: actions starting on or after it may no longer use it; earlier actions keep it. */
export async function retireActionKind(ctx: Ctx, code: string, input: KindRetireInput): Promise<KindOutput> {
  assertCanManageActionKinds(ctx)
  return inTransaction(ctx, async (tx) => {
    const current = await getKindRow(tx, code)
    if (input.validTo <= current.validFrom) throw invalidInput({ validTo: kindText.retireAfterStart })
    const row = await updateKindRow(tx.db, code, { validTo: input.validTo })
    await recordAudit(tx, {
      action: 'action_kind.retired',
      entityType: 'action_kind',
      details: { code, validTo: input.validTo },
    })
    return present(row, civilDate(tx.now))
  })
}
