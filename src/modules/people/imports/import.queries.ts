import { and, desc, eq, sql } from 'drizzle-orm'
import type { Ctx } from '../../access/index.js'
import { invalidInput } from '../../../platform/errors.js'
import { readableDossierSql, readablePersonSql } from '../access.js'
import { dossiers } from '../dossiers/dossier.schema.js'
import { persons } from '../persons/person.schema.js'

/** How a row names its person: an id, or the name and date of birth of exactly one person the caller may read. */
export type PersonKey = { personId?: string; givenName?: string; familyName?: string; birthDate?: string }

const personUnknown = () =>
  invalidInput({
    personId: {
      fr: 'Personne introuvable : donnez person_id, ou le prénom, le nom et la date de naissance d’une personne existante.',
      en: 'Person not found: give person_id, or the given name, family name and birth date of an existing person.',
    },
  })

/** The id of the person a row names (404-free: a row error when none or several match). */
export async function findPersonIdForImport(ctx: Ctx, key: PersonKey): Promise<string> {
  const readable = readablePersonSql(ctx.scope)
  const byKey = key.personId
    ? eq(persons.id, key.personId)
    : key.givenName && key.familyName && key.birthDate
      ? and(
          sql`${persons.nameFolded} = people.fold(${`${key.givenName} ${key.familyName}`})`,
          sql`${persons.birthDate}::text = ${key.birthDate}`,
        )
      : undefined
  if (!byKey) throw personUnknown()
  const rows = await ctx.db.select({ id: persons.id }).from(persons).where(and(byKey, readable)).limit(2)
  if (rows.length === 1) return rows[0]!.id
  if (rows.length === 0) throw personUnknown()
  throw invalidInput({
    personId: {
      fr: 'Plusieurs personnes portent ce nom et cette date de naissance : donnez person_id.',
      en: 'Several persons have this name and birth date: give person_id.',
    },
  })
}

/** The dossier an intervention row is about: by number, else the latest dossier of the person it names. */
export async function findDossierIdForImport(ctx: Ctx, key: PersonKey & { dossierNumber?: string }): Promise<string> {
  const readable = readableDossierSql(ctx.scope)
  const where = key.dossierNumber
    ? eq(dossiers.number, key.dossierNumber)
    : eq(dossiers.personId, await findPersonIdForImport(ctx, key))
  const [row] = await ctx.db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(and(where, readable))
    .orderBy(desc(dossiers.createdAt))
    .limit(1)
  if (!row) {
    throw invalidInput({ dossierNumber: { fr: 'Dossier introuvable.', en: 'Dossier not found.' } })
  }
  return row.id
}
