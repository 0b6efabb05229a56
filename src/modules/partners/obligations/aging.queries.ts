import { and, asc, eq, gte, inArray, isNull, lte, notInArray, or, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { agreements } from '../agreements/agreement.schema.js'
import { organizations } from '../organizations/organization.schema.js'
import { deliverables, instalments } from './obligation.schema.js'

/** An open obligation: a deliverable owed or an unpaid instalment, with its agreement and organization. */
export type OpenObligationRow = {
  id: string
  agreementId: string
  reference: string
  organizationName: string
  regionCode: string
  dueOn: string
  label: string | null
  number: number | null
  amountCents: number | null
  /** How many rows the query matched before its limit (the home's counts). */
  total: number
}

/** Which due dates a list covers (`from` and `until` included) and how many rows it returns at most. */
export type DueWindow = { from?: string; until: string; limit?: number }

const nullNumber = sql<number | null>`null::integer`

const total = sql<number>`(count(*) over ())::integer`

const agreementColumns = {
  agreementId: agreements.id,
  reference: agreements.reference,
  organizationName: organizations.name,
  regionCode: agreements.regionCode,
}

/**
 * Agreements of some regions that bind the organization: one still in preparation owes and receives nothing yet, and a
 * terminated one nothing more. A completed one stays: a final report may be due after the end, and an item left open
 * on it is a real anomaly to follow up.
 */
function bindingIn(regionCodes: 'all' | readonly string[]): SQL | undefined {
  const binding = notInArray(agreements.status, ['preparation', 'terminated'])
  if (regionCodes === 'all') return binding
  return regionCodes.length === 0 ? sql`false` : and(binding, inArray(agreements.regionCode, [...regionCodes]))
}

/** Deliverables owed (due, or returned to be sent again) in a window of due dates, of some regions' binding agreements: one query, oldest first. */
export function listOpenDeliverables(db: Db, regionCodes: 'all' | readonly string[], window: DueWindow) {
  if (regionCodes !== 'all' && regionCodes.length === 0) return Promise.resolve([] as OpenObligationRow[])
  const query = db
    .select({
      id: deliverables.id,
      ...agreementColumns,
      dueOn: deliverables.dueOn,
      label: deliverables.title,
      number: nullNumber,
      amountCents: nullNumber,
      total,
    })
    .from(deliverables)
    .innerJoin(agreements, eq(agreements.id, deliverables.agreementId))
    .innerJoin(organizations, eq(organizations.id, agreements.organizationId))
    .where(
      and(
        or(eq(deliverables.status, 'due'), eq(deliverables.status, 'returned')),
        lte(deliverables.dueOn, window.until),
        window.from ? gte(deliverables.dueOn, window.from) : undefined,
        bindingIn(regionCodes),
      ),
    )
    .orderBy(asc(deliverables.dueOn), asc(agreements.reference))
  return (window.limit ? query.limit(window.limit) : query) as Promise<OpenObligationRow[]>
}

/** Unpaid instalments planned in a window of dates, of some regions' binding agreements: one query, oldest first. */
export function listUnpaidInstalments(db: Db, regionCodes: 'all' | readonly string[], window: DueWindow) {
  if (regionCodes !== 'all' && regionCodes.length === 0) return Promise.resolve([] as OpenObligationRow[])
  const query = db
    .select({
      id: instalments.id,
      ...agreementColumns,
      dueOn: instalments.plannedOn,
      label: instalments.condition,
      number: instalments.number,
      amountCents: instalments.amountCents,
      total,
    })
    .from(instalments)
    .innerJoin(agreements, eq(agreements.id, instalments.agreementId))
    .innerJoin(organizations, eq(organizations.id, agreements.organizationId))
    .where(
      and(
        isNull(instalments.paidOn),
        lte(instalments.plannedOn, window.until),
        window.from ? gte(instalments.plannedOn, window.from) : undefined,
        bindingIn(regionCodes),
      ),
    )
    .orderBy(asc(instalments.plannedOn), asc(agreements.reference), asc(instalments.number))
  return (window.limit ? query.limit(window.limit) : query) as Promise<OpenObligationRow[]>
}
