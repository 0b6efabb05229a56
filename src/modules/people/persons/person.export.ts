import { and, count, gt, type SQL, sql } from 'drizzle-orm'
import { type Ctx, defineExportSource, type Scope } from '../../access/index.js'
import type { Db } from '../../../platform/db/database.js'
import { EXPORT_BATCH_SIZE, keysetBatches } from '../../../platform/db/keyset.js'
import { readablePersonSql } from '../access.js'
import { personListQuery, type PersonQuery } from './person.contracts.js'
import { categoryLabels, personFieldLabels as f, personText as m } from './person.messages.js'
import { persons } from './person.schema.js'
import { personSearchWhere } from './person.queries.js'
import { personSearchOf } from './person-search.service.js'
import { assertCanReadPersons } from './person.service.js'

/** The list screen's filters without its paging: `q` (name, dossier number or date of birth) and `birthDate`. */
export const personExportFilters = personListQuery.omit({ cursor: true })
type Filters = Omit<PersonQuery, 'cursor'>

/** The persons the caller may read on the list, narrowed by its search (see `searchPersons`). */
function conditionsOf(scope: Scope, filters: Filters): SQL | undefined {
  return and(readablePersonSql(scope), personSearchWhere(personSearchOf(filters)))
}

/** One keyset page of persons by id (the primary key's index), with their region's names joined. */
function personBatch(db: Db, where: SQL | undefined, after: string | undefined, size: number) {
  return db
    .select({
      id: persons.id,
      familyName: persons.familyName,
      givenName: persons.givenName,
      birthDate: persons.birthDate,
      regionCode: persons.regionCode,
      regionNameFr: sql<string>`r.name_fr`,
      regionNameEn: sql<string>`r.name_en`,
      immigrationCategory: persons.immigrationCategory,
      arrivalDate: persons.arrivalDate,
    })
    .from(persons)
    .innerJoin(sql`territory.regions r`, sql`r.code = ${persons.regionCode}`)
    .where(and(where, after ? gt(persons.id, after) : undefined))
    .orderBy(persons.id)
    .limit(size)
}
type PersonExportRow = Awaited<ReturnType<typeof personBatch>>[number]

/**
 * The persons export: what the persons list shows its reader (names, date of birth, region) and the immigration
 * category and arrival date an analyst counts by; no contact details, no notes. `batchSize`: rows per query.
 */
export function personsExport(batchSize = EXPORT_BATCH_SIZE) {
  return defineExportSource<Filters, PersonExportRow>({
    name: 'persons',
    title: m.listTitle,
    permission: 'people.read',
    filters: personExportFilters,
    filterLabels: {
      q: {
        fr: 'Recherche (nom, numéro de dossier ou date de naissance)',
        en: 'Search (name, file number or date of birth)',
      },
      birthDate: f.birthDate!,
    },
    listHref: '/app/personnes',
    columns: [
      { header: { fr: 'Identifiant', en: 'Id' }, value: (r) => r.id },
      { header: f.familyName!, value: (r) => r.familyName },
      { header: f.givenName!, value: (r) => r.givenName },
      { header: f.birthDate!, value: (r) => r.birthDate },
      { header: { fr: 'Code de région', en: 'Region code' }, value: (r) => r.regionCode },
      { header: f.regionCode!, value: (r, lang) => (lang === 'fr' ? r.regionNameFr : r.regionNameEn) },
      {
        header: f.immigrationCategory!,
        value: (r, lang) => (r.immigrationCategory ? categoryLabels[r.immigrationCategory][lang] : null),
      },
      { header: f.arrivalDate!, value: (r) => r.arrivalDate },
    ],
    async count(ctx: Ctx, filters) {
      assertCanReadPersons(ctx)
      const [row] = await ctx.db.select({ n: count() }).from(persons).where(conditionsOf(ctx.scope, filters))
      return row?.n ?? 0
    },
    batches(ctx: Ctx, filters) {
      assertCanReadPersons(ctx)
      const where = conditionsOf(ctx.scope, filters)
      return keysetBatches(
        (after: string | undefined, size) => personBatch(ctx.db, where, after, size),
        (r) => r.id,
        batchSize,
      )
    },
  })
}
