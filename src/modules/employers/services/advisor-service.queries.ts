import { and, desc, eq, gte, isNotNull, isNull, lt, lte, or, type SQL } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { inRegions, type RegionCodes } from '../regions.sql.js'
import { enterprises } from '../enterprises/enterprise.schema.js'
import type { FollowUpStatus, ServiceCursor } from './advisor-service.contracts.js'
import { advisorServices } from './advisor-service.schema.js'

export type AdvisorServiceValues = Omit<typeof advisorServices.$inferInsert, 'id' | 'createdAt' | 'createdBy'>

/** The filters of the list (API, list page, the enterprise's timeline). */
export type AdvisorServiceFilter = {
  enterpriseId?: string
  kind?: string
  advisorId?: string
  from?: string
  to?: string
  followUp?: FollowUpStatus
  after?: ServiceCursor
}

/** A service with its enterprise's name and region. */
const serviceColumns = {
  id: advisorServices.id,
  enterpriseId: advisorServices.enterpriseId,
  enterpriseName: enterprises.legalName,
  regionCode: enterprises.regionCode,
  kind: advisorServices.kind,
  servedOn: advisorServices.servedOn,
  advisorId: advisorServices.advisorId,
  outcome: advisorServices.outcome,
  followUpOn: advisorServices.followUpOn,
  followUpDoneAt: advisorServices.followUpDoneAt,
  createdAt: advisorServices.createdAt,
}

const joined = (db: Db) =>
  db
    .select(serviceColumns)
    .from(advisorServices)
    .innerJoin(enterprises, eq(enterprises.id, advisorServices.enterpriseId))

export type AdvisorServiceRow = Awaited<ReturnType<typeof findAdvisorServiceRow>> & {}

/** One service with its enterprise, or undefined. */
export async function findAdvisorServiceRow(db: Db, id: string) {
  const [row] = await joined(db).where(eq(advisorServices.id, id))
  return row
}

/** Follow-ups by status on a civil date: due from that day on, overdue before it, done, or none planned. */
function followUpCondition(status: FollowUpStatus, today: string): SQL | undefined {
  const open = and(isNotNull(advisorServices.followUpOn), isNull(advisorServices.followUpDoneAt))
  if (status === 'none') return isNull(advisorServices.followUpOn)
  if (status === 'done') return isNotNull(advisorServices.followUpDoneAt)
  if (status === 'due') return and(open, gte(advisorServices.followUpOn, today))
  return and(open, lt(advisorServices.followUpOn, today))
}

/** Rows after a position, latest service first: (served_on, id) below the cursor's. */
function afterCursor(c: ServiceCursor): SQL | undefined {
  return or(
    lt(advisorServices.servedOn, c.servedOn),
    and(eq(advisorServices.servedOn, c.servedOn), lt(advisorServices.id, c.id)),
  )
}

function conditions(regionCodes: RegionCodes, f: AdvisorServiceFilter, today: string): SQL | undefined {
  const all: (SQL | undefined)[] = []
  all.push(inRegions(enterprises.regionCode, regionCodes))
  if (f.enterpriseId) all.push(eq(advisorServices.enterpriseId, f.enterpriseId))
  if (f.kind) all.push(eq(advisorServices.kind, f.kind as AdvisorServiceValues['kind']))
  if (f.advisorId) all.push(eq(advisorServices.advisorId, f.advisorId))
  if (f.from) all.push(gte(advisorServices.servedOn, f.from))
  if (f.to) all.push(lte(advisorServices.servedOn, f.to))
  if (f.followUp) all.push(followUpCondition(f.followUp, today))
  if (f.after) all.push(afterCursor(f.after))
  return and(...all)
}

/** The services of some regions matching the filters, latest first (one query for the list or the timeline). */
export function listAdvisorServiceRows(
  db: Db,
  regionCodes: RegionCodes,
  filter: AdvisorServiceFilter,
  today: string,
  limit: number,
) {
  return joined(db)
    .where(conditions(regionCodes, filter, today))
    .orderBy(desc(advisorServices.servedOn), desc(advisorServices.id))
    .limit(limit)
}

/** The enterprise a service is given to (its region decides who may see and record it), or undefined. */
export async function findServedEnterprise(db: Db, id: string) {
  const [row] = await db
    .select({ id: enterprises.id, legalName: enterprises.legalName, regionCode: enterprises.regionCode })
    .from(enterprises)
    .where(eq(enterprises.id, id))
  return row
}

export async function insertAdvisorServiceRow(
  db: Db,
  values: AdvisorServiceValues & { createdAt: Date; createdBy: string | null },
): Promise<string> {
  const [row] = await db.insert(advisorServices).values(values).returning({ id: advisorServices.id })
  return row!.id
}

export async function updateAdvisorServiceRow(
  db: Db,
  id: string,
  values: Partial<typeof advisorServices.$inferInsert>,
) {
  await db.update(advisorServices).set(values).where(eq(advisorServices.id, id))
}
