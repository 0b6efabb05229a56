import { type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import type { PersonOutput } from './person.contracts.js'
import { presentPerson } from './person.presenter.js'
import { listHouseholdMembers, listPersonDossiers } from './person.queries.js'
import { assertCanReadPersons, getReadableRow } from './person.service.js'

export type HouseholdMember = Awaited<ReturnType<typeof listHouseholdMembers>>[number]
export type PersonDossier = Awaited<ReturnType<typeof listPersonDossiers>>[number]

/** What the person page shows: the person, the household members and the dossiers the caller may read. */
export type PersonFile = { person: PersonOutput; household: HouseholdMember[]; dossiers: PersonDossier[] }

/** A person's file for its page; one `person.viewed` audit event. not_found outside the caller's scope. */
export async function getPersonFile(ctx: Ctx, id: string): Promise<PersonFile> {
  assertCanReadPersons(ctx)
  return inTransaction(ctx, async (tx) => {
    const row = await getReadableRow(tx, id)
    // One after the other: a transaction is one connection.
    const household = row.householdId ? await listHouseholdMembers(tx.db, tx.scope, row.householdId, row.id) : []
    const dossiers = await listPersonDossiers(tx.db, tx.scope, row.id)
    await recordAudit(tx, { action: 'person.viewed', entityType: 'person', entityId: id, regionCode: row.regionCode })
    return { person: presentPerson(row), household, dossiers }
  })
}
