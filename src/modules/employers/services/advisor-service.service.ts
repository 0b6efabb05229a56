import {
  actorUserId,
  type Ctx,
  findUserDisplayNames,
  inTransaction,
  listUsersWithRole,
  type RoleRecipient,
  recordAudit,
  type Scope,
} from '../../access/index.js'
import { civilDate, regionFilter } from '../../territory/index.js'
import { conflict, forbidden, invalidInput, notFound } from '../../../platform/errors.js'
import { changedFields } from '../../../platform/records.js'
import {
  type AdvisorChoice,
  type AdvisorServiceInput,
  type AdvisorServiceListQuery,
  type AdvisorServiceOutput,
  type AdvisorServicePage,
  advisorServiceFields,
  encodeServiceCursor,
} from './advisor-service.contracts.js'
import { serviceErrors } from './advisor-service.messages.js'
import { canReadAdvisorServices, canRecordAdvisorServices } from './advisor-service.policy.js'
import { presentAdvisorService } from './advisor-service.presenter.js'
import {
  type AdvisorServiceRow,
  findAdvisorServiceRow,
  findServedEnterprise,
  insertAdvisorServiceRow,
  listAdvisorServiceRows,
  updateAdvisorServiceRow,
} from './advisor-service.queries.js'

/** Rows of a page of the list (API and pages). */
export const SERVICE_PAGE_SIZE = 100

/** Throws forbidden unless the caller reads advisor services (employers.read). */
export function assertCanReadAdvisorServices(ctx: Ctx): void {
  if (!canReadAdvisorServices(ctx.actor)) throw forbidden()
}

/** Throws forbidden unless the caller may record services (in that region when given). */
export function assertCanRecordAdvisorServices(ctx: Ctx, regionCode?: string): void {
  if (!canRecordAdvisorServices(ctx.actor, ctx.scope, regionCode)) throw forbidden()
}

/** Rows presented with their advisors' names (one query for all the names) and today's follow-up status. */
async function presentAll(ctx: Ctx, rows: AdvisorServiceRow[]): Promise<AdvisorServiceOutput[]> {
  const names = await findUserDisplayNames(
    ctx.db,
    rows.map((r) => r.advisorId),
  )
  const today = civilDate(ctx.now)
  return rows.map((r) => presentAdvisorService(r, names, today))
}

/** A page of the services given to the enterprises of the caller's scope matching the filters, latest first. */
export async function listAdvisorServices(
  ctx: Ctx,
  query: AdvisorServiceListQuery,
  limit = SERVICE_PAGE_SIZE,
): Promise<AdvisorServicePage> {
  assertCanReadAdvisorServices(ctx)
  const rows = await listAdvisorServiceRows(ctx.db, regionFilter(ctx.scope), query, civilDate(ctx.now), limit + 1)
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return { data: await presentAll(ctx, page), next: rows.length > limit && last ? encodeServiceCursor(last) : null }
}

async function getRowInScope(ctx: Ctx, id: string): Promise<AdvisorServiceRow> {
  const row = await findAdvisorServiceRow(ctx.db, id)
  if (!row || !ctx.scope.coversRegion(row.regionCode)) throw notFound('advisor_service')
  return row
}

/** One service, or not_found when unknown or its enterprise is outside the caller's scope. */
export async function getAdvisorServiceOrThrow(ctx: Ctx, id: string): Promise<AdvisorServiceOutput> {
  assertCanReadAdvisorServices(ctx)
  const [service] = await presentAll(ctx, [await getRowInScope(ctx, id)])
  return service!
}

/** The enterprise services are given to (id, name, region), or not_found outside the caller's scope. */
export async function getServedEnterpriseOrThrow(ctx: Ctx, enterpriseId: string) {
  assertCanReadAdvisorServices(ctx)
  const enterprise = await findServedEnterprise(ctx.db, enterpriseId)
  if (!enterprise || !ctx.scope.coversRegion(enterprise.regionCode)) throw notFound('enterprise')
  return enterprise
}

/**
 * The active advisors whose scope passes a test. Scopes are resolved once per distinct grant (a region's advisors
 * share one), not once per advisor.
 */
async function advisorsWhere(ctx: Ctx, reaches: (scope: Scope) => boolean): Promise<RoleRecipient[]> {
  const today = civilDate(ctx.now)
  const grants = new Map<string, boolean>()
  const reaching: RoleRecipient[] = []
  for (const a of await listUsersWithRole(ctx.db, 'advisor')) {
    const key = `${a.scopeKind}:${a.scopeRef ?? ''}`
    if (!grants.has(key)) {
      const scope = await ctx.resolveScope(ctx.db, { kind: a.scopeKind, ref: a.scopeRef }, today)
      grants.set(key, !!scope && reaches(scope))
    }
    if (grants.get(key)) reaching.push(a)
  }
  return reaching
}

/** The active advisors whose scope passes a test, by name. */
async function listAdvisorsWhere(ctx: Ctx, reaches: (scope: Scope) => boolean): Promise<AdvisorChoice[]> {
  const reaching = (await advisorsWhere(ctx, reaches)).map((a) => a.id)
  const names = await findUserDisplayNames(ctx.db, reaching)
  return reaching.map((id) => ({ id, name: names.get(id) ?? '' })).sort((a, b) => a.name.localeCompare(b.name, 'fr'))
}

/** The active advisors whose scope reaches a region, with their address and language (who hears of a new request). */
export function listAdvisorRecipientsOfRegion(ctx: Ctx, regionCode: string): Promise<RoleRecipient[]> {
  return advisorsWhere(ctx, (scope) => scope.coversRegion(regionCode))
}

/** The active advisors whose scope reaches a region (the form's choices and the check of a recorded advisor). */
export function listAdvisorsOfRegion(ctx: Ctx, regionCode: string): Promise<AdvisorChoice[]> {
  return listAdvisorsWhere(ctx, (scope) => scope.coversRegion(regionCode))
}

/** The active advisors who reach one of the caller's regions (the list's advisor filter). */
export function listAdvisorsInScope(ctx: Ctx): Promise<AdvisorChoice[]> {
  assertCanReadAdvisorServices(ctx)
  const mine = ctx.scope.regionCodes
  return listAdvisorsWhere(ctx, (scope) =>
    mine === 'all' ? true : scope.regionCodes === 'all' || mine.some((r) => scope.coversRegion(r)),
  )
}

/**
 * Checks a service against today in Québec (not in the future) and the enterprise's advisors; returns the enterprise
 * (in the caller's scope, else not_found) and the advisor: the one given, else the signed-in advisor.
 */
async function checkService(tx: Ctx, input: AdvisorServiceInput) {
  const enterprise = await findServedEnterprise(tx.db, input.enterpriseId)
  if (!enterprise || !tx.scope.coversRegion(enterprise.regionCode)) throw notFound('enterprise')
  assertCanRecordAdvisorServices(tx, enterprise.regionCode)
  const signedInAdvisor = tx.actor.kind === 'user' && tx.actor.role === 'advisor' ? tx.actor.userId : null
  const advisorId = input.advisorId ?? signedInAdvisor
  const problems: Record<string, { fr: string; en: string }> = {}
  if (input.servedOn > civilDate(tx.now)) problems.servedOn = serviceErrors.servedInFuture
  if (advisorId && !(await listAdvisorsOfRegion(tx, enterprise.regionCode)).some((a) => a.id === advisorId)) {
    problems.advisorId = serviceErrors.advisorOutsideRegion
  }
  if (Object.keys(problems).length > 0) throw invalidInput(problems)
  return { enterprise, advisorId }
}

const columnsOf = (input: AdvisorServiceInput, advisorId: string | null) => ({
  enterpriseId: input.enterpriseId,
  kind: input.kind,
  servedOn: input.servedOn,
  advisorId,
  outcome: input.outcome || null,
  followUpOn: input.followUpOn ?? null,
})

/** Records a service given to an enterprise of the caller's regions (`advisor_service.recorded`). */
export async function recordAdvisorService(ctx: Ctx, input: AdvisorServiceInput): Promise<AdvisorServiceOutput> {
  assertCanRecordAdvisorServices(ctx)
  return inTransaction(ctx, async (tx) => {
    const { enterprise, advisorId } = await checkService(tx, input)
    const createdBy = actorUserId(tx.actor)
    const id = await insertAdvisorServiceRow(tx.db, { ...columnsOf(input, advisorId), createdAt: tx.now, createdBy })
    await recordAudit(tx, {
      action: 'advisor_service.recorded',
      entityType: 'advisor_service',
      entityId: id,
      regionCode: enterprise.regionCode,
      details: { enterpriseId: enterprise.id, kind: input.kind, servedOn: input.servedOn },
    })
    return getAdvisorServiceOrThrow(tx, id)
  })
}

/** Replaces every field of a service (the edit form): an absent optional field is cleared (`advisor_service.updated`). */
export async function replaceAdvisorService(
  ctx: Ctx,
  id: string,
  input: AdvisorServiceInput,
): Promise<AdvisorServiceOutput> {
  assertCanRecordAdvisorServices(ctx)
  return inTransaction(ctx, async (tx) => {
    const current = await getRowInScope(tx, id)
    assertCanRecordAdvisorServices(tx, current.regionCode)
    const { enterprise, advisorId } = await checkService(tx, {
      ...input,
      advisorId: input.advisorId ?? current.advisorId,
    })
    const values = columnsOf(input, advisorId)
    const changed = changedFields(['enterpriseId', ...Object.keys(advisorServiceFields)], values, current)
    if (changed.length === 0) return getAdvisorServiceOrThrow(tx, id)
    await updateAdvisorServiceRow(tx.db, id, values)
    await recordAudit(tx, {
      action: 'advisor_service.updated',
      entityType: 'advisor_service',
      entityId: id,
      regionCode: enterprise.regionCode,
      details: { changed },
    })
    return getAdvisorServiceOrThrow(tx, id)
  })
}

/** Marks a service's follow-up done (once: done again changes nothing); 409 when none was planned. */
export async function markFollowUpDone(ctx: Ctx, id: string): Promise<AdvisorServiceOutput> {
  assertCanRecordAdvisorServices(ctx)
  return inTransaction(ctx, async (tx) => {
    const current = await getRowInScope(tx, id)
    assertCanRecordAdvisorServices(tx, current.regionCode)
    if (!current.followUpOn) throw conflict('ADVISOR_SERVICE_NO_FOLLOW_UP', 'followUpOn', serviceErrors.noFollowUp)
    if (current.followUpDoneAt) return getAdvisorServiceOrThrow(tx, id)
    await updateAdvisorServiceRow(tx.db, id, { followUpDoneAt: tx.now })
    await recordAudit(tx, {
      action: 'advisor_service.follow_up_done',
      entityType: 'advisor_service',
      entityId: id,
      regionCode: current.regionCode,
      details: { enterpriseId: current.enterpriseId, followUpOn: current.followUpOn },
    })
    return getAdvisorServiceOrThrow(tx, id)
  })
}
