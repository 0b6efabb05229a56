import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'

// The CLI as a user runs it (bin/escale.js), on an embedded database in a temporary folder.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'escale-cli-'))
function escale(...args: string[]) {
  return spawnSync(process.execPath, ['bin/escale.js', ...args], {
    env: { ...process.env, ESCALE_DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
  })
}
const skip = process.env.DATABASE_URL ? 'runs on the embedded database' : false

test('prints help for the program and for each command', { skip }, () => {
  const all = escale('--help')
  assert.equal(all.status, 0)
  for (const c of ['migrate', 'seed demo', 'user add', 'token create']) assert.match(all.stdout, new RegExp(c))
  const one = escale('user', 'add', '--help')
  assert.equal(one.status, 0)
  assert.match(one.stdout, /--scope-ref/)
  assert.equal(escale('nonsense').status, 2)
})

test('migrates, loads the demo once, adds a user, creates a token', { skip }, () => {
  assert.equal(escale('migrate').status, 0)
  const seed = escale('seed', 'demo')
  assert.equal(seed.status, 0, seed.stderr)
  assert.match(seed.stdout, /agent@escale\.example/)
  assert.match(fs.readFileSync(path.join(dataDir, 'demo-accounts.txt'), 'utf8'), /admin@escale\.example/)
  assert.match(escale('seed', 'demo').stdout, /already loaded/)

  const add = escale(
    'user',
    'add',
    '--email',
    'cli@test.example',
    '--name',
    'Par la CLI',
    '--role',
    'advisor',
    '--scope',
    'region',
    '--scope-ref',
    '11',
  )
  assert.equal(add.status, 0, add.stderr)
  assert.match(add.stdout, /Password: \S{12,}/)
  const token = escale('token', 'create', '--email', 'cli@test.example', '--name', 'test')
  assert.equal(token.status, 0, token.stderr)
  assert.match(token.stdout, /esc_[\w-]{30,}/)
})

test('reports bad input per option with exit code 1, and unknown options with exit code 2', { skip }, () => {
  const bad = escale(
    'user',
    'add',
    '--email',
    'ok@test.example',
    '--name',
    'X',
    '--role',
    'agent',
    '--scope',
    'region',
    '--scope-ref',
    '42',
  )
  assert.equal(bad.status, 1)
  assert.match(bad.stderr, /--scope-ref: This scope names no region/)
  const notUuid = escale(
    'user',
    'add',
    '--email',
    'ok@test.example',
    '--name',
    'X',
    '--role',
    'agent',
    '--scope',
    'service_point',
    '--scope-ref',
    'gaspe',
  )
  assert.equal(notUuid.status, 1)
  assert.match(notUuid.stderr, /--scope-ref: Invalid scope reference/)
  const invalid = escale('user', 'add', '--email', 'nope', '--role', 'chief', '--scope', 'region', '--scope-ref', '11')
  assert.equal(invalid.status, 1)
  assert.match(invalid.stderr, /--email: Invalid email address/)
  assert.match(invalid.stderr, /--role: Choose one of the values offered/)
  assert.match(invalid.stderr, /--name: This field is required/)
  const dup = escale('user', 'add', '--email', 'cli@test.example', '--name', 'X', '--role', 'agent', '--scope', 'all')
  assert.equal(dup.status, 1)
  assert.match(dup.stderr, /already uses this email/)
  assert.equal(escale('migrate', '--verbose').status, 2)
})

test('imports organizations from a CSV file, and refuses a file with a bad row without saving anything', {
  skip,
}, () => {
  assert.equal(escale('migrate').status, 0)
  const good = path.join(dataDir, 'organizations.csv')
  fs.writeFileSync(good, 'name,kind,region_code,city\nAccueil CLI Matane,community,01,Matane\n')
  const ok = escale('import', 'organizations', good)
  assert.equal(ok.status, 0, ok.stderr)
  assert.match(ok.stdout, /Imported 1 organizations/)
  const bad = path.join(dataDir, 'organizations-bad.csv')
  fs.writeFileSync(bad, 'name,kind,region_code\nAccueil CLI Rimouski,community,01\nSans type,castle,01\n')
  const refused = escale('import', 'organizations', bad, '--lang', 'fr')
  assert.equal(refused.status, 1)
  assert.match(refused.stderr, /line 3, column kind/)
  // All-or-nothing: the good row of the refused file was not saved either, so importing it again succeeds once.
  fs.writeFileSync(bad, 'name,kind,region_code\nAccueil CLI Rimouski,community,01\n')
  assert.equal(escale('import', 'organizations', bad).status, 0)
  assert.match(escale('import', 'agreements', '--help').stdout, /reference/)
})
