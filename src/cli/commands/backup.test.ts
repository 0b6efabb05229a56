import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { createTestDatabase } from '../../../test/db.js'

// `escale backup` and `escale restore` as a user runs them (bin/escale.js): from one database into another, on
// temporary embedded folders, or on fresh databases of the PostgreSQL server when DATABASE_URL is set.
const servers = process.env.DATABASE_URL ? [await createTestDatabase(), await createTestDatabase()] : undefined
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'escale-backup-cli-'))
after(() => fs.rmSync(tmp, { recursive: true, force: true }))
const dataDirs = [path.join(tmp, 'source'), path.join(tmp, 'target')]
const file = path.join(tmp, 'demo.escale.gz')

/** Runs the CLI on database 0 (the source) or 1 (the target). */
function escale(on: 0 | 1, ...args: string[]) {
  const env = {
    ...process.env,
    ESCALE_DATA_DIR: dataDirs[on],
    DATABASE_URL: servers?.[on]?.url ?? '',
    LOG_LEVEL: 'silent',
  }
  return spawnSync(process.execPath, ['bin/escale.js', ...args], { env, encoding: 'utf8' })
}

function assertNoStackTrace(result: { stderr: string }) {
  assert.doesNotMatch(result.stderr, /\n\s+at .+:\d+:\d+/)
}

test('prints help for both commands; a missing file argument is a usage error (2)', () => {
  const backup = escale(0, 'backup', '--help')
  assert.equal(backup.status, 0)
  assert.match(backup.stdout, /Usage: escale backup <file>.*pg_basebackup/s)
  const restore = escale(0, 'restore', '--help')
  assert.equal(restore.status, 0)
  assert.match(restore.stdout, /Usage: escale restore <file> \[--replace\]/)
  const usage = escale(0, 'restore')
  assert.equal(usage.status, 2)
  assert.match(usage.stderr, /Missing the backup file/)
  const unknown = escale(0, 'backup', 'x.gz', '--verbose')
  assert.equal(unknown.status, 2)
  assert.match(unknown.stderr, /^escale backup has no option --verbose\.\n\nUsage: escale backup <file>/)
  const valued = escale(0, 'restore', 'x.gz', '--replace=yes')
  assert.equal(valued.status, 2)
  assert.match(valued.stderr, /^--replace takes no value\.\n\nUsage: escale restore <file>/)
  const stray = escale(0, 'migrate', 'now')
  assert.equal(stray.status, 2)
  assert.match(stray.stderr, /^escale migrate takes no argument besides its options \(unexpected: now\)\.\n\nUsage:/)
})

test('backs up the demo and restores it into another database; refuses to overwrite or to restore over data', () => {
  const seed = escale(0, 'seed', 'demo')
  assert.equal(seed.status, 0, seed.stderr)
  const backup = escale(0, 'backup', file)
  assert.equal(backup.status, 0, backup.stderr)
  assert.match(
    backup.stdout,
    /Backup written to .*: \d{2,} tables, \d{3,} rows, .*B \(schema \d{4}_\w+, (embedded|postgresql) database\)/,
  )
  const again = escale(0, 'backup', file)
  assert.equal(again.status, 1)
  assert.match(again.stderr, /already exists.*--force/)

  const restore = escale(1, 'restore', file)
  assert.equal(restore.status, 0, restore.stderr)
  assert.match(restore.stdout, /Restored .* \d{2,} tables, \d{3,} rows\.\nAudit chain intact: \d+ events\./)
  const refused = escale(1, 'restore', file)
  assert.equal(refused.status, 1)
  assert.match(refused.stderr, /already holds data .*Nothing was changed.*--replace/s)
  assertNoStackTrace(refused)
  const replaced = escale(1, 'restore', file, '--replace')
  assert.equal(replaced.status, 0, replaced.stderr)
  const verify = escale(1, 'audit', 'verify')
  assert.equal(verify.status, 0, verify.stderr)
})

test('refuses a missing, damaged or foreign file with its reason and exit code 1', () => {
  const damaged = path.join(tmp, 'damaged.gz')
  const bytes = fs.readFileSync(file)
  bytes[Math.floor(bytes.length / 3)]! ^= 0x5a
  fs.writeFileSync(damaged, bytes)
  const notBackup = path.join(tmp, 'persons.csv')
  fs.writeFileSync(notBackup, 'given_name,family_name\nAmina,Diallo\n')
  for (const [bad, message] of [
    [path.join(tmp, 'nowhere.gz'), /No such file/],
    [damaged, /damaged/],
    [notBackup, /Not an Escale backup/],
  ] as const) {
    const result = escale(1, 'restore', bad, '--replace')
    assert.equal(result.status, 1, result.stderr)
    assert.match(result.stderr, message)
    assertNoStackTrace(result)
  }
})

test('says so when the embedded data folder is in use by another process', { skip: servers !== undefined }, () => {
  // This test process is alive: its pid in the lock is what a running server leaves there.
  fs.writeFileSync(path.join(dataDirs[0]!, 'escale.lock'), String(process.pid))
  try {
    const locked = escale(0, 'backup', path.join(tmp, 'locked.gz'))
    assert.equal(locked.status, 1)
    assert.match(locked.stderr, /in use by another Escale process/)
    assert.equal(fs.existsSync(path.join(tmp, 'locked.gz')), false)
  } finally {
    fs.rmSync(path.join(dataDirs[0]!, 'escale.lock'), { force: true })
  }
})
