// A real Escale server in its own process (`node --import tsx src/server/main.ts`), started on a data folder or a
// database, polled until /health answers, and killed with SIGKILL. Every process started here is tracked so the test
// can kill what is left even when it fails.
import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'

export type ServerTarget = { dataDir: string } | { databaseUrl: string }

const started = new Set<ChildProcess>()

// If this process ends without its cleanup (an uncaught error, a timeout's SIGTERM), take its servers with it.
process.once('exit', () => {
  for (const child of started) child.kill('SIGKILL')
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)))
}

/** A free TCP port on 127.0.0.1 (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export type RunningServer = { child: ChildProcess; base: string; pid: number; output: () => string }

/** Starts the server on the target and waits until /health answers 200; returns how long that took. */
export async function startServer(
  target: ServerTarget,
  port: number,
  timeoutMs = 120_000,
): Promise<RunningServer & { msToHealthy: number }> {
  const t0 = performance.now()
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }
  delete env.DATABASE_URL
  delete env.ESCALE_DATA_DIR
  if ('dataDir' in target) env.ESCALE_DATA_DIR = target.dataDir
  else env.DATABASE_URL = target.databaseUrl
  env.SESSION_SECRET = 'crash-test-session-secret-0123456789abcdef'
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  started.add(child)
  child.once('exit', () => started.delete(child))
  let log = ''
  const keep = (b: Buffer) => {
    log = (log + b.toString()).slice(-4000)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const server = { child, base: `http://127.0.0.1:${port}`, pid: child.pid!, output: () => log }
  while (performance.now() - t0 < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before /health:\n${log}`)
    if (await healthy(server.base)) return { ...server, msToHealthy: performance.now() - t0 }
    await new Promise((r) => setTimeout(r, 100))
  }
  killNow(child)
  throw new Error(`server not healthy after ${timeoutMs} ms:\n${log}`)
}

async function healthy(base: string): Promise<boolean> {
  try {
    const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) })
    await res.arrayBuffer()
    return res.status === 200
  } catch {
    return false
  }
}

function killNow(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
}

/** SIGKILL, then waits until the process is gone. */
export async function killServer(server: RunningServer): Promise<void> {
  const gone = new Promise<void>((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) resolve()
    else server.child.once('exit', () => resolve())
  })
  killNow(server.child)
  await gone
}

/** Kills every server this process started and that is still running (the test's cleanup). */
export async function killAllStarted(): Promise<void> {
  for (const child of [...started]) await killServer({ child, base: '', pid: child.pid!, output: () => '' })
}
