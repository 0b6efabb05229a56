import { and, asc, eq, ne } from 'drizzle-orm'
import type { Scope } from '../../access/index.js'
import type { Db } from '../../../platform/db/database.js'
import { readableDossierSql } from '../access.js'
import { dossiers } from './dossier.schema.js'

/** A dossier of the person not closed yet, as the new dossier's page warns of it. */
export type OpenDossierOfPerson = { id: string; number: string; regionCode: string; openedOn: string }

/** The person's dossiers not closed that the caller may read, oldest first (opening another one is warned of). */
export function listOpenDossiersOfPerson(db: Db, scope: Scope, personId: string): Promise<OpenDossierOfPerson[]> {
  return db
    .select({ id: dossiers.id, number: dossiers.number, regionCode: dossiers.regionCode, openedOn: dossiers.openedOn })
    .from(dossiers)
    .where(and(eq(dossiers.personId, personId), ne(dossiers.status, 'closed'), readableDossierSql(scope)))
    .orderBy(asc(dossiers.openedOn), asc(dossiers.number))
}
