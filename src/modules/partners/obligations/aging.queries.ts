import { and, asc, eq, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm'
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
}

const nullNumber = sql<number | null>`null::integer`

const agreementColumns = {
  agreementId: agreements.id,
  reference: agreements.reference,
  organizationName: organizations.name,
  regionCode: agreements.regionCode,
}

function inRegions(regionCodes: 'all' | readonly string[]): SQL | undefined {
  if (regionCodes === 'all') return undefined
  return regionCodes.length === 0 ? sql`false` : inArray(agreements.regionCode, [...regionCodes])
}

/** Deliverables owed (due, or returned to be sent again) by a date, of some regions: one query, oldest first. */
export function listOpenDeliverables(db: Db, regionCodes: 'all' | readonly string[], until: string) {
  if (regionCodes !== 'all' && regionCodes.length === 0) return Promise.resolve([] as OpenObligationRow[])
  return db
    .select({
      id: deliverables.id,
      ...agreementColumns,
      dueOn: deliverables.dueOn,
      label: deliverables.title,
      number: nullNumber,
      amountCents: nullNumber,
    })
    .from(deliverables)
    .innerJoin(agreements, eq(agreements.id, deliverables.agreementId))
    .innerJoin(organizations, eq(organizations.id, agreements.organizationId))
    .where(
      and(
        or(eq(deliverables.status, 'due'), eq(deliverables.status, 'returned')),
        lte(deliverables.dueOn, until),
        inRegions(regionCodes),
      ),
    )
    .orderBy(asc(deliverables.dueOn), asc(agreements.reference)) as Promise<OpenObligationRow[]>
}

/** Unpaid instalments planned by a date, of some regions: one query, oldest first. */
export function listUnpaidInstalments(db: Db, regionCodes: 'all' | readonly string[], until: string) {
  if (regionCodes !== 'all' && regionCodes.length === 0) return Promise.resolve([] as OpenObligationRow[])
  return db
    .select({
      id: instalments.id,
      ...agreementColumns,
      dueOn: instalments.plannedOn,
      label: instalments.condition,
      number: instalments.number,
      amountCents: instalments.amountCents,
    })
    .from(instalments)
    .innerJoin(agreements, eq(agreements.id, instalments.agreementId))
    .innerJoin(organizations, eq(organizations.id, agreements.organizationId))
    .where(and(isNull(instalments.paidOn), lte(instalments.plannedOn, until), inRegions(regionCodes)))
    .orderBy(asc(instalments.plannedOn), asc(agreements.reference), asc(instalments.number)) as Promise<
    OpenObligationRow[]
  >
}
