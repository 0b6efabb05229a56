// Real servers for the HTTP measures: Escale's own entry point (`src/server/main.ts`, as `npm start` runs it) spawned
// on an existing database, and the floor beside it, a bare Fastify route in a `node -e` process. Each listens on
// 127.0.0.1 on a port the system picks; the time from spawn to the first 200 of a page is the cold start.
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'

export type Served = { child: ChildProcess; port: number; coldStartMs: number; close(): Promise<void> }

/** The bare floor: one Fastify route answering a short HTML page, nothing else (no plugin, no database). */
const BARE = `import Fastify from 'fastify'
const app = Fastify()
app.get('/', (_req, reply) => reply.type('text/html').send('<!doctype html><title>ok</title><p>ok'))
const address = await app.listen({ port: 0, host: '127.0.0.1' })
console.log('running at ' + address)`

const portOf = (line: string) => /https?:\/\/(?:127\.0\.0\.1|localhost):(\d+)/.exec(line)?.[1]

/** Waits for the child's first stdout line naming its address; fails when it exits first or after `timeoutMs`. */
function addressOf(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(() => reject(new Error(`no address after ${timeoutMs} ms:\n${out}\n${err}`)), timeoutMs)
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString()
    })
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      const port = portOf(out)
      if (port) {
        clearTimeout(timer)
        resolve(Number(port))
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the server exited (${code}) before listening:\n${out}\n${err}`))
    })
  })
}

/** Polls `url` until it answers 200 (a fresh connection each time, as a first visitor). */
async function firstOk(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const res = await fetch(url).catch(() => null)
    if (res?.status === 200) return void (await res.arrayBuffer())
    if (Date.now() > until) throw new Error(`${url} never answered 200 (last: ${res?.status ?? 'no answer'})`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 10_000).unref()
  })
}

async function served(command: string[], env: NodeJS.ProcessEnv, page: string): Promise<Served> {
  const start = process.hrtime.bigint()
  const child = spawn(process.execPath, command, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  try {
    const port = await addressOf(child, 300_000)
    await firstOk(`http://127.0.0.1:${port}${page}`, 60_000)
    const coldStartMs = Number(process.hrtime.bigint() - start) / 1e6
    return { child, port, coldStartMs, close: () => stop(child) }
  } catch (error) {
    await stop(child)
    throw error
  }
}

/** The bare Fastify route, spawned; its cold start is the floor of Escale's. */
export const serveBare = () => served(['--input-type=module', '-e', BARE], {}, '/')

/**
 * Escale's server (`node --import tsx src/server/main.ts`) on an existing database: PostgreSQL when `databaseUrl` is
 * given, else the embedded data folder `dataDir`; timed to the first 200 of the public region page.
 */
export function serveEscale(target: { databaseUrl?: string; dataDir?: string }): Promise<Served> {
  const env: NodeJS.ProcessEnv = {
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SESSION_SECRET: 'bench-session-secret-'.padEnd(40, 'x'),
    DATABASE_URL: target.databaseUrl ?? '',
    ESCALE_DATA_DIR: target.dataDir ?? './data',
  }
  return served(['--import', 'tsx', 'src/server/main.ts'], env, '/fr/regions/gaspesie-iles-de-la-madeleine')
}

/** The process's resident memory (Linux `/proc/<pid>/status`, VmRSS) in MB, or null when unreadable. */
export function rssMb(pid: number | undefined): number | null {
  if (pid === undefined) return null
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]
    return kb ? Number(kb) / 1024 : null
  } catch {
    return null
  }
}
