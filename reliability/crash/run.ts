// One crash run: the load generator writes while the server is killed with SIGKILL at seeded random moments and
// restarted on the same data; after each kill the acknowledged records and the invariants are checked. On the embedded
// database, even kills are checked by SQL in this process before the restart, odd kills through the API of the server
// restarted over the killed process's stale lock file; on PostgreSQL every kill is checked by SQL, odd ones by the API
// too.
import fs from 'node:fs'
import { checkByApi, checkBySql } from './checks.js'
import { LoadGenerator, type LoadLog } from './load.js'
import { freePort, killServer, type RunningServer, startServer } from './server.js'
import type { World } from './setup.js'
import type { CrashTarget } from './target.js'

export type CrashPlan = { kills: number; clients: number; upMs: [number, number] }

export type CrashResult = {
  log: LoadLog
  kills: number
  staleLocksTakenOver: number
  healthyMs: number[]
  recordsChecked: number
  invariantsChecked: number
  checksBySql: number
  checksByApi: number
  cutPresent: number
  cutAbsent: number
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** A gate the clients wait on while the server is down. */
function gate() {
  let open = () => {}
  let promise = Promise.resolve()
  return {
    wait: () => promise,
    close() {
      promise = new Promise<void>((r) => {
        open = r
      })
    },
    open: () => open(),
  }
}

function emptyResult(log: LoadLog): CrashResult {
  const counts = { kills: 0, staleLocksTakenOver: 0, recordsChecked: 0, invariantsChecked: 0, checksBySql: 0 }
  return { log, ...counts, healthyMs: [], checksByApi: 0, cutPresent: 0, cutAbsent: 0 }
}

/** Runs the plan: load, kills at random moments, restarts, checks; then a last kill and the final SQL check. */
export async function crashRun(
  target: CrashTarget,
  world: World,
  plan: CrashPlan,
  random: () => number,
): Promise<CrashResult> {
  const port = await freePort()
  let server: RunningServer = await startServer(target.server, port)
  const up = gate()
  let running = true
  const load = new LoadGenerator(world, random, { base: () => server.base, up: up.wait, running: () => running })
  const result = emptyResult(load.log)
  const loading = load.run(plan.clients)
  try {
    for (let k = 0; k < plan.kills; k++) {
      await sleep(plan.upMs[0] + random() * (plan.upMs[1] - plan.upMs[0]))
      up.close()
      server = await killAndRestart(target, world.token, server, port, k, result)
      up.open()
    }
  } finally {
    running = false
    up.open()
    await loading
  }
  await killServer(server)
  result.kills++
  assertStaleLock(target, server.pid)
  await sqlCheck(target, result)
  return result
}

async function killAndRestart(
  target: CrashTarget,
  token: string,
  server: RunningServer,
  port: number,
  k: number,
  result: CrashResult,
): Promise<RunningServer> {
  await killServer(server)
  result.kills++
  assertStaleLock(target, server.pid)
  const viaSqlFirst = target.kind === 'postgresql' || k % 2 === 0
  if (viaSqlFirst) await sqlCheck(target, result)
  else result.staleLocksTakenOver += target.lockFile ? 1 : 0
  const next = await startServer(target.server, port)
  result.healthyMs.push(next.msToHealthy)
  if (k % 2 === 1) {
    result.recordsChecked += await checkByApi(next.base, token, [...result.log.acks])
    result.checksByApi++
  }
  return next
}

/** The killed server's lock file is still there, naming the dead process (embedded only). */
function assertStaleLock(target: CrashTarget, pid: number): void {
  if (!target.lockFile) return
  const holder = fs.existsSync(target.lockFile) ? fs.readFileSync(target.lockFile, 'utf8').trim() : 'none'
  if (holder !== String(pid)) throw new Error(`expected the killed server's stale lock (pid ${pid}), found ${holder}`)
}

async function sqlCheck(target: CrashTarget, result: CrashResult): Promise<void> {
  const database = await target.open()
  try {
    const counts = await checkBySql(database.db, result.log)
    result.recordsChecked += counts.recordsChecked
    result.invariantsChecked += counts.invariantsChecked
    result.cutPresent = counts.cutPresent
    result.cutAbsent = counts.cutAbsent
    result.checksBySql++
  } finally {
    await database.close()
  }
}
