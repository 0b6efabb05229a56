import { actorUserId, type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { getRegionWithMrcsOrThrow, regionFilter } from '../../territory/index.js'
import { type FieldErrors, forbidden, invalidInput, notFound } from '../../../platform/errors.js'
import { changedFields } from '../../../platform/records.js'
import { resolveCnpInput } from '../occupations/cnp-input.js'
import {
  type LabourNeedFilter,
  type LabourNeedInput,
  type LabourNeedOutput,
  type LabourNeedPage,
  labourNeedShape,
  NEED_PAGE_SIZE,
} from './labour-need.contracts.js'
import { needText as m, statusLabels } from './labour-need.messages.js'
import { canChangeStatus, canReadNeeds, canWriteNeeds, type LabourNeedStatus } from './labour-need.policy.js'
import { presentLabourNeed } from './labour-need.presenter.js'
import {
  findEnterpriseForNeed,
  findLabourNeedRow,
  insertLabourNeedRow,
  type LabourNeedRow,
  listLabourNeedRows,
  moveEnterpriseNeedRows,
  updateLabourNeedRow,
} from './labour-need.queries.js'

type Enterprise = NonNullable<Awaited<ReturnType<typeof findEnterpriseForNeed>>>

/** Throws forbidden unless the caller reads labour needs (advisors, directors, admins). */
export function assertCanReadNeeds(ctx: Ctx): void {
  if (!canReadNeeds(ctx.actor)) throw forbidden()
}

/** Throws forbidden unless the caller may write labour needs (of a region, when given; forms check it first). */
export function assertCanWriteNeeds(ctx: Ctx, regionCode?: string): void {
  if (!canWriteNeeds(ctx.actor, ctx.scope, regionCode)) throw forbidden()
}

/** A page of the labour needs of the caller's scope matching the filters, latest first. */
export async function listLabourNeeds(
  ctx: Ctx,
  filter: LabourNeedFilter,
  limit = NEED_PAGE_SIZE,
): Promise<LabourNeedPage> {
  assertCanReadNeeds(ctx)
  const rows = await listLabourNeedRows(ctx.db, regionFilter(ctx.scope, filter.region), filter, limit + 1)
  const offset = filter.offset ?? 0
  return { data: rows.slice(0, limit).map(presentLabourNeed), next: rows.length > limit ? offset + limit : null }
}

async function getRowInScope(ctx: Ctx, id: string): Promise<LabourNeedRow> {
  const row = await findLabourNeedRow(ctx.db, id)
  if (!row || !ctx.scope.coversRegion(row.regionCode)) throw notFound('labour_need')
  return row
}

/** One labour need, or not_found when unknown or outside the caller's scope. */
export async function getLabourNeedOrThrow(ctx: Ctx, id: string): Promise<LabourNeedOutput> {
  assertCanReadNeeds(ctx)
  return presentLabourNeed(await getRowInScope(ctx, id))
}

/** The enterprise a need is for, in the caller's scope (else not_found), as the form's defaults and title need it. */
export async function getEnterpriseForNeedOrThrow(ctx: Ctx, enterpriseId: string): Promise<Enterprise> {
  const enterprise = await findEnterpriseForNeed(ctx.db, enterpriseId)
  if (!enterprise || !ctx.scope.coversRegion(enterprise.regionCode)) throw notFound('enterprise')
  assertCanWriteNeeds(ctx, enterprise.regionCode)
  return enterprise
}

/**
 * The columns of a need: its CNP code resolved (it must exist), its location the enterprise's unless given (an MRC
 * must be of the enterprise's region), the wage's unit only with a wage. Every problem is reported at once.
 */
async function columnsOf(tx: Ctx, input: LabourNeedInput, enterprise: Enterprise, status: LabourNeedStatus) {
  const errors: FieldErrors = {}
  const cnp = await resolveCnpInput(tx.db, input.cnpCode, { multiple: false })
  if (cnp.error) errors.cnpCode = cnp.error
  const located = input.city != null || input.mrcCode != null
  const mrcCode = located ? (input.mrcCode ?? null) : enterprise.mrcCode
  if (mrcCode) {
    const region = await getRegionWithMrcsOrThrow(tx, enterprise.regionCode)
    if (!region.mrcs.some((r) => r.code === mrcCode)) errors.mrcCode = m.mrcOfRegion
  }
  if (Object.keys(errors).length > 0) throw invalidInput(errors)
  return {
    enterpriseId: enterprise.id,
    title: input.title,
    cnpCode: cnp.codes![0]!,
    positions: input.positions,
    frenchLevel: input.frenchLevel ?? null,
    otherLanguages: input.otherLanguages,
    experienceYears: input.experienceYears ?? null,
    regulatedProfession: input.regulatedProfession,
    credentialRequired: input.credentialRequired ?? null,
    wageCents: input.wage ?? null,
    wageUnit: input.wage == null ? null : (input.wageUnit ?? null),
    employmentType: input.employmentType,
    city: located ? (input.city ?? null) : enterprise.city,
    mrcCode,
    regionCode: enterprise.regionCode,
    startOn: input.startOn ?? null,
    status,
    description: input.description ?? null,
  }
}

/** Records a labour need of an enterprise of the caller's scope; it takes the enterprise's region. */
export async function createLabourNeed(ctx: Ctx, input: LabourNeedInput): Promise<LabourNeedOutput> {
  assertCanWriteNeeds(ctx)
  return inTransaction(ctx, async (tx) => {
    const enterprise = await getEnterpriseForNeedOrThrow(tx, input.enterpriseId)
    const values = await columnsOf(tx, input, enterprise, input.status ?? 'open')
    const createdBy = actorUserId(tx.actor)
    const id = await insertLabourNeedRow(tx.db, { ...values, createdAt: tx.now, updatedAt: tx.now, createdBy })
    await recordAudit(tx, {
      action: 'labour_need.created',
      entityType: 'labour_need',
      entityId: id,
      regionCode: values.regionCode,
      details: { enterpriseId: enterprise.id, status: values.status },
    })
    return presentLabourNeed((await findLabourNeedRow(tx.db, id))!)
  })
}

/** The fields compared to tell an update (the status has its own event; languages compare as lists). */
const compared = [...Object.keys(labourNeedShape).filter((k) => k !== 'status' && k !== 'wage'), 'wageCents']

function changesOf(values: Awaited<ReturnType<typeof columnsOf>>, current: LabourNeedRow): string[] {
  const lists = (v: readonly string[]) => v.join(',')
  return changedFields(
    compared,
    { ...values, otherLanguages: lists(values.otherLanguages) },
    { ...current, otherLanguages: lists(current.otherLanguages) },
  )
}

/**
 * Replaces every field of a labour need (the edit form, the API's PUT): an absent optional field is cleared, an
 * absent location is the enterprise's, an absent status the current one. The enterprise does not change. A new status
 * must be a legal move (`canChangeStatus`); it is audited apart (`labour_need.status_changed`) from the other fields
 * (`labour_need.updated`).
 */
export async function replaceLabourNeed(ctx: Ctx, id: string, input: LabourNeedInput): Promise<LabourNeedOutput> {
  assertCanWriteNeeds(ctx)
  return inTransaction(ctx, async (tx) => {
    const current = await getRowInScope(tx, id)
    assertCanWriteNeeds(tx, current.regionCode)
    if (input.enterpriseId !== current.enterpriseId) throw invalidInput({ enterpriseId: m.keepsEnterprise })
    const status = input.status ?? current.status
    if (!canChangeStatus(current.status, status))
      throw invalidInput({ status: m.statusMove(statusLabels[current.status], statusLabels[status]) })
    const values = await columnsOf(tx, input, (await findEnterpriseForNeed(tx.db, current.enterpriseId))!, status)
    const changed = changesOf(values, current)
    const statusChanged = values.status !== current.status
    if (changed.length === 0 && !statusChanged) return presentLabourNeed(current)
    await updateLabourNeedRow(tx.db, id, { ...values, updatedAt: tx.now })
    const audit = { entityType: 'labour_need', entityId: id, regionCode: current.regionCode }
    if (changed.length > 0) await recordAudit(tx, { ...audit, action: 'labour_need.updated', details: { changed } })
    if (statusChanged)
      await recordAudit(tx, {
        ...audit,
        action: 'labour_need.status_changed',
        details: { from: current.status, to: values.status },
      })
    return presentLabourNeed((await findLabourNeedRow(tx.db, id))!)
  })
}

/**
 * An enterprise moved to another region takes its labour needs along (a need's region is its enterprise's), in the
 * caller's transaction; each moved need is audited `labour_need.updated` (in the new region, the old one in details).
 */
export async function moveEnterpriseNeeds(tx: Ctx, enterpriseId: string, from: string, to: string): Promise<void> {
  for (const need of await moveEnterpriseNeedRows(tx.db, enterpriseId, to, tx.now)) {
    await recordAudit(tx, {
      action: 'labour_need.updated',
      entityType: 'labour_need',
      entityId: need.id,
      regionCode: to,
      details: { changed: ['regionCode', 'mrcCode'], from },
    })
  }
}
