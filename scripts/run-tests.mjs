// Runs node:test on every *.test.ts file of a suite (Node 20 has no glob in --test).
// unit: src/ and test/ (embedded database, or PostgreSQL when DATABASE_URL is set); e2e: e2e/ (Chromium);
// reliability: reliability/ (crash, fuzz, authorization, audit, security; RELIABILITY_SIZE=ci for the bounded size).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const suite = process.argv[2] ?? 'unit'
const roots = suite === 'e2e' ? ['e2e'] : suite === 'reliability' ? ['reliability'] : ['src', 'test']

function find(dir) {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? find(p) : e.name.endsWith('.test.ts') || e.name.endsWith('.test.tsx') ? [p] : []
  })
}

const files = roots.flatMap(find).sort()
if (files.length === 0) {
  console.error(`No test files found in ${roots.join(', ')}`)
  process.exit(1)
}
const args = [
  '--import',
  'tsx',
  '--test',
  '--test-concurrency=2',
  '--test-reporter=spec',
  ...process.argv.slice(3),
  ...files,
]
const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, LOG_LEVEL: 'silent' } })
process.exit(result.status ?? 1)
