import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { type Ctx, importCsv, type ImportSpec, Scope, verifyAuditChain } from '../../access/index.js'
import { queryRows } from '../../../platform/db/database.js'
import { personInput } from '../persons/person.contracts.js'
import { createPerson } from '../persons/person.service.js'
import { importSpecs } from './import.specs.js'

// The set-based import of persons (`saveMany`) against the row-by-row one (`save`): the same file on two fresh
// databases must leave the same persons and audit events, or be refused with the same problems and write nothing.

const perRow: ImportSpec<typeof importSpecs.persons.schema, undefined> = { ...importSpecs.persons, saveMany: undefined }
const header =
  'given_name,family_name,birth_date,gender,citizenships,languages,french_oral_comprehension,arrival_date,region_code,mrc_code,email,confirmed_not_duplicate'

/** A fresh database with the same persons already recorded (one in region 11, one in 06), and an admin of region 11. */
async function arranged() {
  const test = await buildTestApp()
  const person = (givenName: string, familyName: string, birthDate: string, regionCode: string) =>
    createPerson(test.system, personInput.parse({ givenName, familyName, birthDate, regionCode }))
  await person('Mélanie', 'Tremblay', '1985-03-04', '11')
  await person('Karim', 'Haddad', '1979-07-15', '06')
  const admin = await test.userOf('admin', 'region', '11')
  const regional: Ctx = { ...test.system, actor: admin.actor, scope: Scope.ofRegions('region', ['11']) }
  return { ...test, regional }
}

type Arranged = Awaited<ReturnType<typeof arranged>>

/** Every person (but ids and times) and the audit events since `afterId` in order, their person named, not by id. */
async function contents({ database }: Arranged, afterId: number) {
  const persons = await queryRows(
    database.db,
    sql`select given_name, family_name, birth_date::text, gender, country_of_birth, citizenships, languages,
      french_oral_comprehension, immigration_category, arrival_date::text, region_code, mrc_code, email,
      preferred_language, household_id, household_relation, name_folded, created_at = updated_at as same_times
      from people.persons order by family_name, given_name, birth_date`,
  )
  const events = await queryRows<Record<string, unknown>>(
    database.db,
    sql`select e.action, e.entity_type, e.actor_user_id is null as by_system, e.reason, e.request_id, e.details::text,
      e.region_code, p.given_name || ' ' || p.family_name || ' ' || p.birth_date as person
      from access.audit_events e left join people.persons p on p.id::text = e.entity_id where e.id > ${afterId} order by e.id`,
  )
  return { persons, events }
}

const lastEventId = async ({ database }: Arranged) =>
  Number(
    (await queryRows<{ id: string }>(database.db, sql`select max(id)::text as id from access.audit_events`))[0]!.id,
  )

/** The same file through both paths, each on its own fresh database: both reports and contents after. */
async function importBothWays(csv: string) {
  const [a, b] = [await arranged(), await arranged()]
  const [afterA, afterB] = [await lastEventId(a), await lastEventId(b)]
  const rowByRow = await importCsv(a.regional, perRow, csv)
  const setBased = await importCsv(b.regional, importSpecs.persons, csv)
  return { rowByRow, setBased, before: afterB, a: await contents(a, afterA), b: await contents(b, afterB), db: b }
}

const good = [
  header,
  'Nadia,Importée,1988-04-12,female,DZ|FR,ar|fr,7,2019-05-01,11,02,nadia@example.org,',
  'José,Importé,1979-11-30,male,CO,es,,,11,,,',
  // Alike a recorded person (same day, a typo), but confirmed as someone else.
  'Mélanie,Tremblai,1985-03-04,,,,,,11,,,true',
  // Alike the row above (accepted): confirmed too.
  'Melanie,Tremblay,1985-03-04,,,fr,,,11,,,true',
  'Jean,Tremblay,1985-03-04,,,,,,11,,,',
  ...Array.from({ length: 40 }, (_, i) => `Prénom${i},Famille${'abcdefghij'[i % 10]}${i},19${60 + i}-01-02,,,,,,11,,,`),
].join('\n')

test('a good file: the set-based path writes the same persons and audit events as the row-by-row one', async () => {
  const { rowByRow, setBased, a, b, db, before } = await importBothWays(good)
  assert.deepEqual(rowByRow.problems, [])
  assert.deepEqual(setBased, rowByRow)
  assert.equal(setBased.imported, 45)
  assert.equal(b.persons.length, 47)
  assert.deepEqual(b.persons, a.persons)
  assert.equal(b.events.length, 46) // 45 person.created, then import.completed
  assert.deepEqual(b.events, a.events)
  assert.ok(b.events.slice(0, 45).every((e) => e.action === 'person.created' && e.person !== null))
  const chain = await verifyAuditChain(db.database.db)
  assert.equal(chain.intact, true)
  assert.ok(chain.intact && chain.lastId > before + 45)
})

const bad = [
  header,
  'Ana,Refus,1990-01-01,,,,,,11,,,',
  'Bo,Refus,1990-13-01,,,,,,11,,,', // not a date: refused by the schema
  'Cy,Refus,1990-01-01,,,,,,06,,,', // a region outside the importer's scope
  'Di,Refus,1990-01-01,,,,,,11,99,,', // an MRC of no region 11
  'Ed,Refus,2990-01-01,,,,,,11,,,', // born in the future
  'Mélanie,Tremblay,1985-03-04,,,,,,11,,,', // a recorded person the importer reads
  'Karim,Hadad,1979-07-15,,,,,,11,,,', // a recorded person of another region: said, not shown
  'Anna,Refus,1990-01-01,,,,,,11,,,', // alike line 2 (accepted)
  'Zoé,Double,1995-05-05,,,,,,11,88,,', // refused (MRC), so the next line is no duplicate of it
  'Zoe,Double,1995-05-05,,,,,,11,,,',
  'Zoé,Doublé,1995-05-05,,,,,,11,,,', // alike line 11 (accepted)
  'Hana,Refus,1990-01-01,,,,,,11,,,true', // alike line 2, but confirmed
].join('\n')

test('a bad file: the same problems in both paths, every one listed, nothing written', async () => {
  const { rowByRow, setBased, a, b, before } = await importBothWays(bad)
  assert.deepEqual(setBased, rowByRow)
  assert.equal(setBased.imported, 0)
  assert.deepEqual(
    setBased.problems.map((p) => [p.line, p.column, p.message.en.slice(0, 24)]),
    rowByRow.problems.map((p) => [p.line, p.column, p.message.en.slice(0, 24)]),
  )
  assert.deepEqual([...new Set(setBased.problems.map((p) => p.line))], [3, 4, 5, 6, 7, 8, 9, 10, 12])
  const [own, elsewhere] = [setBased.problems.find((p) => p.line === 7)!, setBased.problems.find((p) => p.line === 8)!]
  assert.equal(own.column, 'confirmed_not_duplicate')
  assert.notEqual(own.message.en, elsewhere.message.en)
  assert.equal(b.persons.length, 2)
  assert.deepEqual(b, a)
  assert.deepEqual(b.events, [])
  assert.ok(before > 0)
})

test('an actor who may not record persons: every row refused alike in both paths', async () => {
  const [a, b] = [await arranged(), await arranged()]
  const csv = good.split('\n').slice(0, 4).join('\n')
  const asDirector = async (t: Arranged, spec: typeof perRow) => {
    const director = await t.userOf('director', 'all')
    return importCsv({ ...t.system, actor: director.actor, scope: Scope.all() }, spec, csv)
  }
  const [rowByRow, setBased] = [await asDirector(a, perRow), await asDirector(b, importSpecs.persons)]
  assert.equal(rowByRow.problems.length, 3)
  assert.deepEqual(setBased, rowByRow)
})
