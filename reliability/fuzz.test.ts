// Reliability, bad input: property-based fuzzing with fast-check of every route of the catalogue (API, pages, forms),
// its requests derived from the routes' zod schemas and sent as every kind of caller. No response may be ≥ 500, every
// refusal carries a message, no page shows injected markup unescaped. FUZZ_SEED sets the seed, FUZZ_REQUESTS the
// number of requests (20 000 by default, at both sizes).
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { queryRows } from '../src/platform/db/database.js'
import { loadDemo } from '../src/seed/demo.js'
import { makeIdentities, refreshRevoked } from './fuzz/identities.js'
import { problemsOf } from './fuzz/checks.js'
import { fuzzRoute, type FuzzSetup } from './fuzz/runner.js'
import { discoverParams, knownValues, sampleDatabase } from './fuzz/samples.js'
import { FuzzStats } from './fuzz/stats.js'
import { backendName, reliabilitySize, writeReliabilitySection } from './report.js'
import { buildCatalogue } from './routes.js'

const SEED = Number(process.env.FUZZ_SEED ?? 20261127)
// 20 000 at the full size; the CI size sends fewer to keep `.ci/run` (both backends) within its time budget.
const TARGET = Number(process.env.FUZZ_REQUESTS ?? (reliabilitySize() === 'ci' ? 5_000 : 20_000))
// Routes fuzzed at once: the server's own work overlaps with the database's (PostgreSQL runs in its own process).
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 3)
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

test(`fuzzing every route: 0 responses ≥ 500 over ≥ ${TARGET} requests (seed ${SEED})`, {
  timeout: 30 * 60_000,
}, async () => {
  const started = Date.now()
  const { app, routes: all } = await buildCatalogue()
  // FUZZ_ONLY (a regular expression on 'METHOD /url') fuzzes some routes only, to reproduce a failure quickly.
  const only = process.env.FUZZ_ONLY ? new RegExp(process.env.FUZZ_ONLY) : undefined
  const routes = only ? all.filter((r) => only.test(`${r.method} ${r.url}`)) : all
  await loadDemo(app.base)
  const samples = await sampleDatabase(app.system.db)
  const [partner] = await queryRows<{ ref: string }>(
    app.system.db,
    sql`select scope_ref as ref from access.users where role = 'partner' and scope_ref is not null limit 1`,
  )
  const identities = await makeIdentities(app, partner?.ref)
  const stats = new FuzzStats()
  const setup: FuzzSetup = { app, identities, stats, ids: samples.ids, codes: samples.codes }
  const failures: string[] = []
  const admin = identities.find((i) => i.name === 'admin')!
  const found = await discoverParams(all, samples, async (url) => {
    const res = await app.injectAs(admin.user, { method: 'GET', url })
    stats.probes++
    for (const p of problemsOf(res)) failures.push(`discovery GET ${url} as admin: ${p}`)
    return res.statusCode
  })
  console.log(`fuzz: seed ${SEED}, ${routes.length} routes, ${found.size} parameter prefixes naming a record`)
  const numRuns = Math.ceil(TARGET / routes.length)
  const queue = [...routes]
  const worker = async () => {
    for (let route = queue.shift(); route; route = queue.shift()) {
      const seed = SEED + all.indexOf(route)
      const failure = await fuzzRoute(setup, route, knownValues(route.url, found), { seed, numRuns })
      if (failure) failures.push(failure)
      if (UNSAFE.has(route.method)) stats.refreshed += await refreshRevoked(app, identities)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  const lines = stats.lines({
    seed: SEED,
    routes: routes.length,
    properties: routes.length,
    failures: failures.length,
    seconds: (Date.now() - started) / 1000,
    backend: `${backendName()}, size ${reliabilitySize()}`,
  })
  console.log(lines.join('\n'))
  // A run on some routes only (FUZZ_ONLY) reproduces a failure: it does not replace the suite's figures.
  if (!only) writeReliabilitySection('fuzz', ['## Bad input (fuzzing)', '', ...lines])
  assert.deepEqual(failures, [], `${failures.length} failing properties:\n\n${failures.join('\n\n')}`)
  assert.ok(stats.requests >= TARGET, `${stats.requests} requests sent, ${TARGET} asked`)
  assert.equal(stats.covered.size, routes.length, 'every route of the catalogue fuzzed')
})
