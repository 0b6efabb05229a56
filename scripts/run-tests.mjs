// Runs node:test on every *.test.ts file of a suite (Node 20 has no glob in --test).
// unit: src/ and test/ (embedded database, or PostgreSQL when DATABASE_URL is set); e2e: e2e/ (Chromium);
// reliability: reliability/ (crash, fuzz, authorization, audit, security; RELIABILITY_SIZE=ci for the bounded size).
// unit and reliability run from the JavaScript that scripts/build-tests.mjs writes into .build/ (no loader per
// module: ~1.5 s less per test file); e2e runs the TypeScript through tsx. On PostgreSQL three files run at once
// (much of their time is the server's, in another process); on the embedded database two (one per core).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { BUILD_DIR, buildTests } from './build-tests.mjs'

const suite = process.argv[2] ?? 'unit'
const roots = suite === 'e2e' ? ['e2e'] : suite === 'reliability' ? ['reliability'] : ['src', 'test']
const transpiled = suite !== 'e2e'

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
if (transpiled) await buildTests(['src', 'test', 'reliability', 'bench'])
const run = transpiled ? files.map((f) => path.join(BUILD_DIR, f.replace(/\.tsx?$/, '.js'))) : files
const concurrency = process.env.DATABASE_URL && suite === 'unit' ? 3 : 2
const args = [
  ...(transpiled ? ['--enable-source-maps'] : ['--import', 'tsx']),
  '--test',
  `--test-concurrency=${concurrency}`,
  '--test-reporter=spec',
  ...process.argv.slice(3),
  ...run,
]
const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, LOG_LEVEL: 'silent' } })
process.exit(result.status ?? 1)
