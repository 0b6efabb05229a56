import assert from 'node:assert/strict'
import { test } from 'node:test'
import { and, eq, sql } from 'drizzle-orm'
import { Scope, type ScopedRecord } from '../access/index.js'
import { buildTestApp } from '../../../test/build-test-app.js'
import { buildDossier, buildPerson } from '../../../test/factories/people.js'
import { buildServicePoint } from '../../../test/factories/territory.js'
import { canReadDossier, canWorkDossier, readableDossierSql, readablePersonSql } from './access.js'
import { dossiers, dossierTransfers } from './dossiers/dossier.schema.js'
import { persons } from './persons/person.schema.js'

const app = await buildTestApp()
const db = app.system.db

// Places of the table: two service points in Gaspésie (11), one in Bas-Saint-Laurent (01).
const gaspe = (await buildServicePoint(app.system, { regionCode: '11' })).id
const perce = (await buildServicePoint(app.system, { regionCode: '11' })).id
const rimouski = (await buildServicePoint(app.system, { regionCode: '01' })).id
const at = (regionCode: string, servicePointId: string): ScopedRecord => ({ regionCode, servicePointId })

const scopes: Record<string, Scope> = {
  all: Scope.all(),
  region11: Scope.ofRegions('region', ['11']),
  region01: Scope.ofRegions('region', ['01']),
  directorate: Scope.ofRegions('directorate', ['01', '11']),
  gaspePoint: Scope.ofServicePoint(gaspe, '11'),
  percePoint: Scope.ofServicePoint(perce, '11'),
  nothing: Scope.none('region'),
  organization: Scope.ofOrganization('00000000-0000-4000-8000-000000000001', '11'),
}

// A dossier now at `now`, transferred from `former` (if any): who works it, who reads it.
type Row = { name: string; now: ScopedRecord; former: ScopedRecord[]; work: string[]; read: string[] }
const rows: Row[] = [
  {
    name: 'at Gaspé, never transferred',
    now: at('11', gaspe),
    former: [],
    work: ['all', 'region11', 'directorate', 'gaspePoint'],
    read: ['all', 'region11', 'directorate', 'gaspePoint'],
  },
  {
    name: 'moved from Gaspé to Percé within the region (assignment: no transfer row)',
    now: at('11', perce),
    former: [],
    work: ['all', 'region11', 'directorate', 'percePoint'],
    read: ['all', 'region11', 'directorate', 'percePoint'],
  },
  {
    name: 'transferred from Gaspé to Rimouski',
    now: at('01', rimouski),
    former: [at('11', gaspe)],
    work: ['all', 'region01', 'directorate'],
    read: ['all', 'region01', 'directorate', 'region11', 'gaspePoint'],
  },
  {
    name: 'transferred from Rimouski to Percé',
    now: at('11', perce),
    former: [at('01', rimouski)],
    work: ['all', 'region11', 'directorate', 'percePoint'],
    read: ['all', 'region11', 'directorate', 'percePoint', 'region01'],
  },
]

test('who works and who reads a dossier, before and after a transfer (predicates)', () => {
  for (const row of rows) {
    for (const [name, scope] of Object.entries(scopes)) {
      assert.equal(canWorkDossier(scope, row.now), row.work.includes(name), `${row.name}: ${name} works`)
      assert.equal(canReadDossier(scope, row.now, row.former), row.read.includes(name), `${row.name}: ${name} reads`)
    }
  }
})

test('readableDossierSql and readablePersonSql select on real rows what the predicates allow', async () => {
  const ids: string[] = []
  for (const row of rows) {
    const d = await buildDossier(app.system, {
      regionCode: row.now.regionCode,
      servicePointId: row.now.servicePointId!,
    })
    ids.push(d.id)
    for (const f of row.former) {
      await db.insert(dossierTransfers).values({
        dossierId: d.id,
        fromRegionCode: f.regionCode,
        fromServicePointId: f.servicePointId!,
        toRegionCode: row.now.regionCode,
        toServicePointId: row.now.servicePointId!,
        transferredAt: new Date(),
      })
    }
  }
  for (const [name, scope] of Object.entries(scopes)) {
    const readable = await db
      .select({ id: dossiers.id, personId: dossiers.personId })
      .from(dossiers)
      .where(and(readableDossierSql(scope), sql`${dossiers.id} in ${ids}`))
    const expected = rows.flatMap((row, i) => (row.read.includes(name) ? [ids[i]] : []))
    assert.deepEqual(readable.map((r) => r.id).sort(), expected.sort(), `dossiers readable by ${name}`)
    // A person is seen through a dossier the caller reads.
    const people = await db
      .select({ id: persons.id })
      .from(persons)
      .innerJoin(dossiers, eq(dossiers.personId, persons.id))
      .where(and(readablePersonSql(scope), sql`${dossiers.id} in ${ids}`))
    assert.equal(people.length, expected.length, `persons readable by ${name}`)
  }
})

test('a person without a dossier is seen by their region’s staff, not by a service point’s nor another region’s', async () => {
  const p = await buildPerson(app.system, { regionCode: '11' })
  const seenBy = async (scope: Scope) =>
    (
      await db
        .select({ id: persons.id })
        .from(persons)
        .where(and(eq(persons.id, p.id), readablePersonSql(scope)))
    ).length === 1
  assert.equal(await seenBy(scopes.all!), true)
  assert.equal(await seenBy(scopes.region11!), true)
  assert.equal(await seenBy(scopes.directorate!), true)
  assert.equal(await seenBy(scopes.gaspePoint!), false)
  assert.equal(await seenBy(scopes.region01!), false)
  assert.equal(await seenBy(scopes.nothing!), false)
  assert.equal(await seenBy(scopes.organization!), false)
})
