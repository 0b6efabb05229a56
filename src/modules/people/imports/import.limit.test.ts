import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { importCsv, MAX_ROWS } from '../../access/index.js'
import { queryRows } from '../../../platform/db/database.js'
import { importSpecs } from './import.specs.js'

// The row limit of an import: MAX_ROWS by default, more when the caller allows it (`escale import … --max-rows`, the
// benchmark's 100 000 persons), all-or-nothing either way.

const header = 'given_name,family_name,birth_date,region_code'
const csvOf = (rows: number) =>
  [header, ...Array.from({ length: rows }, (_, i) => `Limite,Essai${'bcdfghjklm'[i]}x${i}q,1980-01-0${i + 1},11`)].join(
    '\n',
  )
const personsNamed = async (db: Parameters<typeof queryRows>[0]) =>
  Number(
    (await queryRows<{ n: string }>(db, sql`select count(*) as n from people.persons where given_name = 'Limite'`))[0]!
      .n,
  )

test('an import refuses more rows than its limit, saving nothing; a larger limit lets the same file in', async () => {
  const { database, system } = await buildTestApp()
  const tooMany = await importCsv(system, importSpecs.persons, csvOf(4), { maxRows: 3 })
  assert.equal(tooMany.imported, 0)
  assert.equal(tooMany.rows, 4)
  assert.deepEqual(
    tooMany.problems.map((p) => [p.line, p.column, p.message.en]),
    [[1, null, 'The file has more than 3 rows.']],
  )
  assert.equal(await personsNamed(database.db), 0)

  const allowed = await importCsv(system, importSpecs.persons, csvOf(4), { maxRows: 4 })
  assert.deepEqual(allowed.problems, [])
  assert.equal(allowed.imported, 4)
  assert.equal(await personsNamed(database.db), 4)
})

test('by default an import takes MAX_ROWS rows at most, and says the limit in both languages', async () => {
  const { database, system } = await buildTestApp()
  const lines = [header, ...Array.from({ length: MAX_ROWS + 1 }, (_, i) => `Limite,Nom${i},1980-01-01,11`)]
  const report = await importCsv(system, importSpecs.persons, lines.join('\n'))
  assert.equal(report.imported, 0)
  assert.equal(report.problems.length, 1)
  assert.match(report.problems[0]!.message.en, /more than 20,000 rows/)
  assert.match(report.problems[0]!.message.fr, /dépasse 20\s000 lignes/)
  assert.equal(await personsNamed(database.db), 0)
})

test('escale import persons: --max-rows allows a larger file, all-or-nothing; a bad value is refused', {
  skip: process.env.DATABASE_URL ? 'the CLI runs on the embedded database here' : false,
}, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'escale-import-limit-'))
  const escale = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/escale.js', ...args], {
      env: { ...process.env, ESCALE_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' },
      encoding: 'utf8',
    })
  const file = path.join(dir, 'persons.csv')
  fs.writeFileSync(file, csvOf(3))
  const refused = escale('import', 'persons', file, '--max-rows', '2')
  assert.equal(refused.status, 1, refused.stderr)
  assert.match(refused.stderr, /Nothing imported: 1 problem\(s\) in 3 row\(s\)/)
  assert.match(refused.stderr, /more than 2 rows/)
  const bad = escale('import', 'persons', file, '--max-rows', 'lots')
  assert.equal(bad.status, 2)
  assert.match(bad.stderr, /--max-rows takes a whole number/)
  const ok = escale('import', 'persons', file, '--max-rows', '3')
  assert.equal(ok.status, 0, ok.stderr)
  assert.match(ok.stdout, /Imported 3 persons/)
  assert.match(escale('import', 'persons', '--help').stdout, /--max-rows/)
  fs.rmSync(dir, { recursive: true, force: true })
})
