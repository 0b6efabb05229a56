import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { after, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { createTestDatabase } from '../../../../test/db.js'
import { verifyAuditChain } from '../../../modules/access/index.js'
import { loadDemo } from '../../../seed/demo.js'
import { resolveScope } from '../../../server/scope-resolver.js'
import { type Database, queryRows } from '../database.js'
import { runMigrations } from '../migrate.js'
import { openEmbedded } from '../open.js'
import { safeErrorText } from '../../log-safety.js'
import { BackupError } from './format.js'
import { restoreBackup } from './restore.js'
import { writeBackup } from './writer.js'

// Real databases on the backend under test (embedded by default, PostgreSQL with DATABASE_URL): the demo region is
// backed up from one, restored into others, and every table of every schema compared.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'escale-backup-'))
after(() => fs.rmSync(dir, { recursive: true, force: true }))
const meta = { escaleVersion: 'test', now: new Date() }
const file = (name: string) => path.join(dir, name)

type Digest = Record<string, { rows: number; md5: string }>

/** Each table's row count and an order-independent digest of its content; sequences' values too. */
async function digest(database: Database): Promise<Digest> {
  const tables = await queryRows<{ name: string }>(
    database.db,
    sql`select schemaname || '.' || tablename as name from pg_tables
      where schemaname not in ('pg_catalog', 'information_schema') and schemaname not like 'pg\\_%' order by 1`,
  )
  const out: Digest = {}
  for (const { name } of tables) {
    const [row] = await queryRows<{ rows: number; md5: string }>(
      database.db,
      sql.raw(`select count(*) as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as md5
        from ${name} t`),
    )
    out[name] = { rows: Number(row!.rows), md5: row!.md5 }
  }
  const sequences = await queryRows<{ name: string; value: string | number | null }>(
    database.db,
    sql`select schemaname || '.' || sequencename as name, last_value as value from pg_sequences
      where schemaname <> 'escale_meta' order by 1`,
  )
  for (const s of sequences) out[`sequence ${s.name}`] = { rows: Number(s.value ?? 0), md5: '' }
  return out
}

async function refusal(promise: Promise<unknown>): Promise<BackupError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof BackupError) return error
    throw error
  }
  assert.fail('expected a refusal')
}

const source = await createTestDatabase()
const target = await createTestDatabase()
const empty = await createTestDatabase()
await loadDemo({ db: source.db, now: () => new Date(), resolveScope })
const demoDigest = await digest(source)
const emptyDigest = await digest(empty)
await writeBackup(source, file('demo.escale.gz'), meta)
await writeBackup(empty, file('empty.escale.gz'), meta)

test('restores the demo into a fresh database: every table and sequence identical, audit chain intact', async () => {
  const tables = Object.entries(demoDigest).filter(([name, d]) => !name.startsWith('sequence') && d.rows > 0)
  assert.ok(tables.length >= 30, `the demo fills many tables (${tables.length})`)
  assert.notDeepEqual(await digest(target), demoDigest)

  const summary = await restoreBackup(target, file('demo.escale.gz'), { replace: false })

  assert.deepEqual(await digest(target), demoDigest)
  assert.equal(
    summary.rows,
    Object.values(summary.trailer.rows).reduce((a, b) => a + b, 0),
  )
  const chain = await verifyAuditChain(target.db)
  assert.ok(chain.intact && chain.events > 0, JSON.stringify(chain))
})

test('refuses a database that holds data without --replace, changing nothing; --replace replaces', async () => {
  const before = await digest(target)
  const refused = await refusal(restoreBackup(target, file('empty.escale.gz'), { replace: false }))
  assert.equal(refused.problem, 'not_empty')
  assert.match(
    refused.message,
    /already holds data \(persons, dossiers, [a-z ]+, …: \d+ tables\)\. Nothing was changed\. Use --replace/,
  )
  assert.deepEqual(await digest(target), before)

  await restoreBackup(target, file('empty.escale.gz'), { replace: true })
  assert.deepEqual(await digest(target), emptyDigest)
  await restoreBackup(target, file('demo.escale.gz'), { replace: true })
  assert.deepEqual(await digest(target), demoDigest)
  assert.ok((await verifyAuditChain(target.db)).intact)
})

test('a restored database keeps working: new audit events chain on, ids continue as on the source', async () => {
  const insert = sql`insert into access.audit_events (action, entity_type, entity_id) values ('backup.test', 'test', '1')`
  const lastId = sql`select max(id) as id from access.audit_events`
  await source.db.execute(insert)
  await target.db.execute(insert)
  const [onSource] = await queryRows<{ id: number }>(source.db, lastId)
  const [onTarget] = await queryRows<{ id: number }>(target.db, lastId)
  assert.equal(Number(onTarget!.id), Number(onSource!.id))
  assert.ok((await verifyAuditChain(target.db)).intact)
})

/** Rewrites the decompressed content of the demo backup and compresses it again (a valid gzip stream). */
function rewritten(name: string, change: (text: string) => string, resign = false): string {
  let text = change(gunzipSync(fs.readFileSync(file('demo.escale.gz'))).toString('utf8'))
  if (resign) {
    // A well-formed file of another version: its checksum matches its content.
    const end = text.lastIndexOf('\n@end ') + 1
    const sha = createHash('sha256').update(text.slice(0, end)).digest('hex')
    text = text.slice(0, end) + text.slice(end).replace(/"sha256":"[0-9a-f]+"/, `"sha256":"${sha}"`)
  }
  fs.writeFileSync(file(name), gzipSync(text))
  return file(name)
}

test('checks the whole file before touching the database: every bad file is refused and nothing changes', async () => {
  await restoreBackup(empty, file('empty.escale.gz'), { replace: true })
  const before = await digest(empty)
  const original = fs.readFileSync(file('demo.escale.gz'))
  const flipped = Buffer.from(original)
  flipped[Math.floor(flipped.length / 2)]! ^= 0xff
  fs.writeFileSync(file('flipped.gz'), flipped)
  fs.writeFileSync(file('truncated.gz'), original.subarray(0, Math.floor(original.length * 0.7)))
  fs.writeFileSync(file('text.txt'), 'persons,dossiers\n1,2\n')
  fs.writeFileSync(file('other.gz'), gzipSync('{"hello":"world"}\n'))
  const cases: [string, string, RegExp][] = [
    [file('flipped.gz'), 'corrupted', /damaged/],
    [file('truncated.gz'), 'truncated', /incomplete/],
    [rewritten('edited.gz', (t) => t.replace('Rimouski', 'Rimouskj')), 'corrupted', /checksum mismatch/],
    [rewritten('dropped-row.gz', (t) => t.replace(/\n[^\n@\\{]*\n\\\.\n/, '\n\\.\n')), 'corrupted', /damaged/],
    [
      rewritten('old.gz', (t) => t.replace(/"tag":"[^"]+","when":\d+/, '"tag":"0016_old","when":1'), true),
      'schema_version',
      /0016_old.*this Escale is at \d{4}_/,
    ],
    [
      rewritten('future.gz', (t) => t.replace('"formatVersion":1', '"formatVersion":2')),
      'format_version',
      /format version 2/,
    ],
    [file('text.txt'), 'not_a_backup', /not a gzip file/],
    [file('other.gz'), 'not_a_backup', /no Escale header/],
    [file('nowhere.gz'), 'missing', /No such file/],
  ]
  for (const [bad, problem, message] of cases) {
    const refused = await refusal(restoreBackup(empty, bad, { replace: true }))
    assert.equal(refused.problem, problem, `${bad}: ${refused.message}`)
    assert.match(refused.message, message)
  }
  assert.deepEqual(await digest(empty), before)
})

test('a row the database refuses rolls everything back; the error names the table, never the value', async () => {
  await restoreBackup(empty, file('empty.escale.gz'), { replace: true })
  const before = await digest(empty)
  const firstPerson = /(\n@table \{"name":"people\.persons"[^\n]*\n)[^\t\n]+/
  const bad = rewritten('bad-value.gz', (t) => t.replace(firstPerson, '$1Marie-Secrète'), true)
  const error = await restoreBackup(empty, bad, { replace: true }).then(
    () => assert.fail('a person whose id is not a uuid cannot load'),
    (e: unknown) => e,
  )
  const text = safeErrorText(error)
  assert.match(text, /^loading people\.persons: .+ \(.*SQLSTATE 22\w{3}\)$/)
  assert.ok(!text.includes('Marie'), text)
  assert.deepEqual(await digest(empty), before)
})

test('an embedded backup restores into a PostgreSQL server, identically', {
  skip: !process.env.DATABASE_URL,
}, async () => {
  const embedded = await openEmbedded({ dataDir: null })
  try {
    await runMigrations(embedded)
    await loadDemo({ db: embedded.db, now: () => new Date(), resolveScope })
    const expected = await digest(embedded)
    await writeBackup(embedded, file('embedded.escale.gz'), meta)
    await restoreBackup(target, file('embedded.escale.gz'), { replace: true })
    assert.deepEqual(await digest(target), expected)
    assert.ok((await verifyAuditChain(target.db)).intact)
  } finally {
    await embedded.close()
  }
})
