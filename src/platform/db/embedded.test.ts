import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { queryRows } from './database.js'
import { DataDirLockedError } from './lock.js'
import { openEmbedded } from './open.js'
import { runMigrations } from './migrate.js'

// These tests are about the embedded database's folder; they do not apply to a server database.
const skip = process.env.DATABASE_URL ? 'embedded database only' : false

test('refuses a second process on the same data folder with a clear error', { skip }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'escale-lock-'))
  fs.writeFileSync(path.join(dir, 'escale.lock'), String(process.ppid))
  await assert.rejects(
    openEmbedded({ dataDir: dir }),
    (e: unknown) => e instanceof DataDirLockedError && /in use by another Escale process/.test(e.message),
  )
})

test('keeps committed records when the process is killed with SIGKILL, and takes over its stale lock', {
  skip,
}, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'escale-kill-'))
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('src/platform/db/fixtures/write-and-wait.ts'), dir],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('committed') && resolve())
    child.on('exit', (code) => reject(new Error(`child exited early (${code})`)))
  })
  child.kill('SIGKILL')
  await new Promise((r) => child.once('exit', r))
  assert.ok(fs.existsSync(path.join(dir, 'escale.lock')), 'the killed process left its lock behind')

  const database = await openEmbedded({ dataDir: dir })
  try {
    await runMigrations(database)
    const rows = await queryRows<{ name: string }>(database.db, sql`select name from territory.service_points`)
    assert.deepEqual(
      rows.map((r) => r.name),
      ['Survivant'],
    )
  } finally {
    await database.close()
  }
  assert.equal(fs.existsSync(path.join(dir, 'escale.lock')), false)
})
