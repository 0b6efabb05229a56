// HTTP measures with autocannon against real servers listening on 127.0.0.1 (never `inject()`): the dossier page of
// Escale (an agent's session, a different dossier of the agent's region on each request) against the bare Fastify
// route, each twice: one connection (the latency a user sees, p50/p95 of every response) and several connections for
// 10 s (throughput in requests/s); the Escale server's resident memory (RSS) sampled every 100 ms during its runs.
import autocannon from 'autocannon'
import { percentile } from './people.js'
import { rssMb, type Served } from './serve.js'

export type Latency = { p50: number; p95: number; requests: number }
export type LoadRun = { latency: Latency; throughput: number; connections: number; seconds: number }
export type HttpMeasures = { dossier: LoadRun; bare: LoadRun; rss: { idleMb: number; maxMb: number } | null }

type Target = { port: number; paths: string[]; cookie?: string }

/** One autocannon run: every response's time (ms) collected for the percentiles; fails on any non-2xx or error. */
async function cannon(target: Target, connections: number, seconds: number): Promise<LoadRun> {
  let next = 0
  const times: number[] = []
  const instance = autocannon({
    url: `http://127.0.0.1:${target.port}`,
    connections,
    duration: seconds,
    headers: target.cookie ? { cookie: `escale_session=${target.cookie}` } : {},
    requests: [
      {
        setupRequest: (req) => ({ ...req, method: 'GET', path: target.paths[next++ % target.paths.length] }),
      },
    ],
  })
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms))
  const result = await instance
  const failed = result.non2xx + result.errors + result.timeouts
  if (failed > 0) throw new Error(`${failed} of ${result.requests.total} requests failed (${target.paths[0]})`)
  const latency = { p50: percentile(times, 0.5), p95: percentile(times, 0.95), requests: times.length }
  return { latency, throughput: result.requests.total / result.duration, connections, seconds }
}

/** Latency with one connection, then throughput with `connections`, after a short warm-up. */
async function loadRuns(target: Target, connections: number, seconds: number) {
  await cannon(target, 1, 5)
  const single = await cannon(target, 1, seconds)
  const many = await cannon(target, connections, seconds)
  return { ...many, latency: single.latency }
}

/** Samples the server's RSS every 100 ms while `run` lasts. */
async function sampled<T>(pid: number | undefined, run: () => Promise<T>): Promise<{ value: T; maxMb: number | null }> {
  let maxMb: number | null = null
  const timer = setInterval(() => {
    const mb = rssMb(pid)
    if (mb !== null) maxMb = Math.max(maxMb ?? 0, mb)
  }, 100)
  try {
    return { value: await run(), maxMb }
  } finally {
    clearInterval(timer)
  }
}

/** Runs the dossier page (on `escale`, as `cookie`, over `dossierIds`) and the bare route (on `bare`) under load. */
export async function measureHttp(
  escale: Served,
  bare: Served,
  session: { cookie: string; dossierIds: string[] },
  options = { connections: 8, seconds: 10 },
): Promise<HttpMeasures> {
  const idleMb = rssMb(escale.child.pid)
  const paths = session.dossierIds.map((id) => `/app/dossiers/${id}`)
  const target = { port: escale.port, paths, cookie: session.cookie }
  const { value: dossier, maxMb } = await sampled(escale.child.pid, () =>
    loadRuns(target, options.connections, options.seconds),
  )
  const bareRun = await loadRuns({ port: bare.port, paths: ['/'] }, options.connections, options.seconds)
  const rss = idleMb !== null && maxMb !== null ? { idleMb, maxMb } : null
  return { dossier, bare: bareRun, rss }
}
