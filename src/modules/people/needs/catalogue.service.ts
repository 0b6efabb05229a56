import { type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import type { Db } from '../../../platform/db/database.js'
import { isUniqueViolation } from '../../../platform/db/errors.js'
import { conflict, forbidden, invalidInput, notFound } from '../../../platform/errors.js'
import { changedFields } from '../../../platform/records.js'
import type {
  CatalogueLabelsInput,
  CatalogueNeedInput,
  CatalogueNeedOutput,
  CatalogueRetireInput,
} from './need.contracts.js'
import { catalogueText } from './need.messages.js'
import { canManageNeedCatalogue } from './need.policy.js'
import { presentCatalogueNeed } from './need.presenter.js'
import {
  type CatalogueRow,
  findCatalogueNeed,
  insertCatalogueNeed,
  listCatalogueRows,
  updateCatalogueNeed,
} from './need.queries.js'

// The needs catalogue is reference data shared by every region: its audit events carry no region (scope 'all' reads
// them). A need is retired with an end date, never deleted: assessments made before keep pointing at it.

const codeTaken = () => conflict('NEED_CODE_TAKEN', 'code', catalogueText.codeTaken)

/** The needs offered to assessments on a date, in catalogue order (reference data: no access check, for the seed). */
export async function listNeedCatalogue(db: Db, date: string): Promise<CatalogueNeedOutput[]> {
  return (await listCatalogueRows(db, date)).map((r) => presentCatalogueNeed(r, date))
}

/** Throws forbidden unless the caller manages the catalogue (its pages check it before showing themselves). */
export function assertCanManageNeedCatalogue(ctx: Ctx): void {
  if (!canManageNeedCatalogue(ctx.actor)) throw forbidden()
}

/** The whole catalogue, retired needs included, for its administrators. */
export async function listWholeNeedCatalogue(ctx: Ctx): Promise<CatalogueNeedOutput[]> {
  assertCanManageNeedCatalogue(ctx)
  const today = civilDate(ctx.now)
  return (await listCatalogueRows(ctx.db)).map((r) => presentCatalogueNeed(r, today))
}

async function getCatalogueRow(ctx: Ctx, code: string): Promise<CatalogueRow> {
  const row = await findCatalogueNeed(ctx.db, code)
  if (!row) throw notFound('need')
  return row
}

/** One need of the catalogue, for its administrators. */
export async function getCatalogueNeedOrThrow(ctx: Ctx, code: string): Promise<CatalogueNeedOutput> {
  assertCanManageNeedCatalogue(ctx)
  return presentCatalogueNeed(await getCatalogueRow(ctx, code), civilDate(ctx.now))
}

/** Adds a need to the catalogue; a code already used (even by a retired need) is a conflict. */
export async function createCatalogueNeed(ctx: Ctx, input: CatalogueNeedInput): Promise<CatalogueNeedOutput> {
  assertCanManageNeedCatalogue(ctx)
  return inTransaction(ctx, async (tx) => {
    if (await findCatalogueNeed(tx.db, input.code)) throw codeTaken()
    const row = await insertCatalogueNeed(tx.db, { ...input, validTo: null }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? codeTaken() : error
    })
    await recordAudit(tx, {
      action: 'need_catalogue.created',
      entityType: 'need_catalogue',
      details: { code: row.code },
    })
    return presentCatalogueNeed(row, civilDate(tx.now))
  })
}

/** Changes a need's labels and display order; an unchanged form records nothing. */
export async function replaceCatalogueLabels(
  ctx: Ctx,
  code: string,
  input: CatalogueLabelsInput,
): Promise<CatalogueNeedOutput> {
  assertCanManageNeedCatalogue(ctx)
  return inTransaction(ctx, async (tx) => {
    const current = await getCatalogueRow(tx, code)
    const changed = changedFields(['labelFr', 'labelEn', 'sortOrder'], input, current)
    if (changed.length === 0) return presentCatalogueNeed(current, civilDate(tx.now))
    const row = await updateCatalogueNeed(tx.db, code, input)
    await recordAudit(tx, {
      action: 'need_catalogue.updated',
      entityType: 'need_catalogue',
      details: { code, changed },
    })
    return presentCatalogueNeed(row, civilDate(tx.now))
  })
}

/** Retires a need from a date: new assessments no longer offer it, dossiers that have it keep it. */
export async function retireCatalogueNeed(
  ctx: Ctx,
  code: string,
  input: CatalogueRetireInput,
): Promise<CatalogueNeedOutput> {
  assertCanManageNeedCatalogue(ctx)
  return inTransaction(ctx, async (tx) => {
    const current = await getCatalogueRow(tx, code)
    if (input.validTo <= current.validFrom) throw invalidInput({ validTo: catalogueText.retireAfterStart })
    const row = await updateCatalogueNeed(tx.db, code, { validTo: input.validTo })
    await recordAudit(tx, {
      action: 'need_catalogue.retired',
      entityType: 'need_catalogue',
      details: { code, validTo: input.validTo },
    })
    return presentCatalogueNeed(row, civilDate(tx.now))
  })
}
