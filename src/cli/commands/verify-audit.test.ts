import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { createTestDatabase } from '../../../test/db.js'
import { type Database, queryRows } from '../../platform/db/database.js'
import { openEmbedded } from '../../platform/db/open.js'

// `escale audit verify` as a user runs it (bin/escale.js): on a temporary embedded folder, or on a fresh database of
// the PostgreSQL server when DATABASE_URL is set.
const server = process.env.DATABASE_URL ? await createTestDatabase() : undefined
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'escale-audit-'))

function escale(...args: string[]) {
  const env = { ...process.env, ESCALE_DATA_DIR: dataDir, DATABASE_URL: server?.url ?? '', LOG_LEVEL: 'silent' }
  return spawnSync(process.execPath, ['bin/escale.js', ...args], { env, encoding: 'utf8' })
}

/** Works on the database the CLI uses, between two runs (the embedded folder is free once the CLI has exited). */
async function withDb<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  if (server) return fn(server)
  const database = await openEmbedded({ dataDir })
  try {
    return await fn(database)
  } finally {
    await database.close()
  }
}

test('prints its help and exits 0', () => {
  const help = escale('audit', 'verify', '--help')
  assert.equal(help.status, 0)
  assert.match(help.stdout, /Usage: escale audit verify/)
  assert.match(escale('--help').stdout, /audit verify/)
})

test('exits 0 on an intact log, then 1 with the first broken event once an event is altered', async () => {
  for (const who of ['un', 'deux', 'trois']) {
    const add = escale(
      'user',
      'add',
      '--email',
      `audit-${who}@test.example`,
      '--name',
      `Audit ${who}`,
      '--role',
      'agent',
      '--scope',
      'all',
    )
    assert.equal(add.status, 0, add.stderr)
  }
  const intact = escale('audit', 'verify')
  assert.equal(intact.status, 0, intact.stderr)
  assert.match(intact.stdout, /Audit chain intact: \d+ events; last event \d+, hash [0-9a-f]{64}\./)

  const target = await withDb(async ({ db }) => {
    const [event] = await queryRows<{ id: number }>(
      db,
      sql`select id from access.audit_events where action = 'user.created' order by id offset 1 limit 1`,
    )
    // As the database owner can: switch the append-only trigger off, rewrite history, switch it on again.
    await db.execute(sql`alter table access.audit_events disable trigger audit_events_append_only`)
    await db.execute(sql`update access.audit_events set details = '{"role":"admin"}' where id = ${event!.id}`)
    await db.execute(sql`alter table access.audit_events enable trigger audit_events_append_only`)
    return event!.id
  })
  const broken = escale('audit', 'verify')
  assert.equal(broken.status, 1)
  assert.match(
    broken.stderr,
    new RegExp(`Audit chain broken at event ${target}: its content no longer matches its hash`),
  )
})
