// Crash: concurrent clients write through the JSON API of a real server process that is killed with SIGKILL at random
// moments and restarted on the same data; every acknowledged record must survive, and no row may be an orphan or half
// of an aggregate. Embedded database by default, PostgreSQL with DATABASE_URL (a database created for the run).
// RELIABILITY_SIZE=ci: 5 kills, 16 clients; full: 20 kills, 32 clients. CRASH_SEED replays a run's random choices.
import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { kinds } from './crash/load.js'
import { seeded } from '../test/random.js'
import { type CrashPlan, type CrashResult, crashRun } from './crash/run.js'
import { killAllStarted } from './crash/server.js'
import { prepareWorld } from './crash/setup.js'
import { createTarget } from './crash/target.js'
import { backendName, reliabilitySize, writeReliabilitySection } from './report.js'

const size = reliabilitySize()
const plan: CrashPlan =
  size === 'ci' ? { kills: 5, clients: 16, upMs: [1500, 4000] } : { kills: 20, clients: 32, upMs: [2000, 6000] }
const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31))

const target = await createTarget(process.env.DATABASE_URL)
after(async () => {
  await killAllStarted()
  await target.remove()
})

test(`acknowledged writes survive ${plan.kills}+ SIGKILLs on ${backendName()} (${size}, seed ${seed})`, async () => {
  const setup = await target.open()
  const world = await prepareWorld(setup, 20).finally(() => setup.close())
  const t0 = performance.now()
  const result = await crashRun(target, world, plan, seeded(seed))
  const seconds = (performance.now() - t0) / 1000
  const refused = [...result.log.refused].map(([status, list]) => `${status} ×${list.length}: ${list[0]}`)
  assert.deepEqual(refused, [], 'every request that reached a running server was acknowledged')
  assert.ok(result.kills >= 5)
  for (const kind of kinds) assert.ok(result.log.of(kind).length > 0, `some ${kind} acknowledged`)
  const lines = reportLines(result, seconds)
  console.log(lines.join('\n'))
  writeReliabilitySection('crash', lines)
})

function reportLines(r: CrashResult, seconds: number): string[] {
  const sorted = [...r.healthyMs].sort((a, b) => a - b)
  const ms = (v: number | undefined) => `${Math.round(v ?? 0)} ms`
  return [
    `### Crash — ${backendName()}, size ${size} (seed ${seed})`,
    '',
    `- ${plan.clients} concurrent clients writing through the JSON API for ${seconds.toFixed(0)} s; ${r.log.sent} requests sent`,
    `- acknowledged records: ${kinds.map((k) => `${k}s ${r.log.of(k).length}`).join(', ')} (${r.log.acks.length} in all)`,
    `- SIGKILLs survived: ${r.kills} (the last one before the final check); restarts: ${r.healthyMs.length}, time to healthy min ${ms(sorted[0])}, median ${ms(sorted[Math.floor(sorted.length / 2)])}, max ${ms(sorted.at(-1))}`,
    `- times to healthy in order (s): ${r.healthyMs.map((v) => (v / 1000).toFixed(1)).join(', ')}`,
    `- stale lock files of a killed server taken over by the restarted server: ${r.staleLocksTakenOver}`,
    `- records checked: ${r.recordsChecked} (by SQL after ${r.checksBySql} kills, through the API after ${r.checksByApi} restarts); all present with what was sent`,
    `- invariants checked: ${r.invariantsChecked} (no orphan, no half-written aggregate, each create's audit event, the audit hash chain); 0 broken`,
    `- requests cut by a kill: ${r.log.inFlightLost}; of the creates among them, ${r.cutPresent} committed whole, ${r.cutAbsent} left nothing`,
  ]
}
