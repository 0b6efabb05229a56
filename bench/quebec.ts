// The Québec-scale benchmark (issue 10, part 4): on a PostgreSQL server holding `escale seed synthetic --scale quebec`
// (loaded here when absent) every measure and its floor in the same run — the Bilan vs its bare SQL, person search and
// matching vs their bare queries (in process), the dossier page vs a bare Fastify route with autocannon against real
// servers on 127.0.0.1, the server's RSS under that load, 100 000 persons imported vs a bare COPY, 1 000 000
// interventions exported vs a bare COPY TO STDOUT, and cold start to the first page vs a bare `node -e` server, on
// the PostgreSQL database and on an embedded data folder holding the `region` scale (loaded there when absent).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import { sql } from 'drizzle-orm'
import type { CtxBase } from '../src/modules/access/index.js'
import { loadConfig } from '../src/platform/config.js'
import { type Database, queryRows } from '../src/platform/db/database.js'
import { runMigrations } from '../src/platform/db/migrate.js'
import { openEmbedded, openPostgres } from '../src/platform/db/open.js'
import { buildApp } from '../src/server/build-app.js'
import { resolveScope } from '../src/server/scope-resolver.js'
import { type EmployersMeasures, measureEmployers } from './employers.js'
import { type HttpMeasures, measureHttp } from './http.js'
import { type ExportMeasure, type ImportMeasure, measureExport, measureImport } from './import-export.js'
import { ensureSynthetic } from './module-run.js'
import { agentOf, measurePeople, type PeopleMeasures } from './people.js'
import { measureReports, type ReportsMeasures } from './reports.js'
import { serveBare, serveEscale } from './serve.js'

/** The embedded data folder the cold start opens (`data/` is not versioned); `region` scale is loaded into it once. */
export const EMBEDDED_DIR = process.env.BENCH_EMBEDDED_DIR ?? 'data/bench-region'
/** The Québec load's time when this run did not load it (the load that filled the database, recorded once). */
const LOAD_FILE = 'bench/quebec-load.json'

export type Machine = { cpu: string; cores: number; memoryGb: number; node: string; postgres: string; load: string }
export type Load = { seconds: number; on: string; how: string }
export type ColdStart = { escaleMs: number; bareMs: number; on: string; failure?: string }

export type QuebecMeasures = {
  machine: Machine
  loadAfter: string
  load: Load | null
  databaseMb: number
  embedded: { dir: string; mb: number; loadSeconds: number | null }
  people: PeopleMeasures
  employers: EmployersMeasures
  reports: ReportsMeasures
  http: HttpMeasures
  coldStarts: ColdStart[]
  importing: ImportMeasure
  exporting: ExportMeasure
  minutes: number
}

const loadAverage = () =>
  `${os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(', ')} (1, 5, 15 min)`

async function machineOf(database: Database): Promise<Machine> {
  const [row] = await queryRows<{ v: string }>(database.db, sql`select split_part(version(), ' on ', 1) as v`)
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: os.totalmem() / 2 ** 30,
    node: process.version,
    postgres: row?.v ?? 'unknown',
    load: loadAverage(),
  }
}

/** The folder's size on disk in MB (`du -sk`). */
function folderMb(dir: string): number {
  return Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) / 1024
}

/** This run's load when it loaded the data (and recorded in LOAD_FILE), else the recorded one (null: none). */
function loadOf(seconds: number | null): Load | null {
  if (seconds !== null) {
    const load = {
      seconds,
      on: new Date().toISOString().slice(0, 10),
      how: '`npm run bench` (loadSynthetic, in process)',
    }
    fs.writeFileSync(LOAD_FILE, `${JSON.stringify(load, null, 2)}\n`)
    return load
  }
  return fs.existsSync(LOAD_FILE) ? (JSON.parse(fs.readFileSync(LOAD_FILE, 'utf8')) as Load) : null
}

/** The embedded data folder at `region` scale, loaded when absent; closed again before the server opens it. */
export async function ensureEmbedded(): Promise<QuebecMeasures['embedded']> {
  const database = await openEmbedded({ dataDir: EMBEDDED_DIR })
  try {
    await runMigrations(database)
    const loadSeconds = await ensureSynthetic(
      database,
      { db: database.db, now: () => new Date(), resolveScope },
      'region',
    )
    return { dir: EMBEDDED_DIR, mb: 0, loadSeconds }
  } finally {
    await database.close()
  }
}

/** Knobs for a shorter run (a busy machine): samples per measure, persons imported, seconds per autocannon run. */
const knob = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const SAMPLES = process.env.BENCH_SAMPLES ? knob('BENCH_SAMPLES', 0) : null
export const IMPORT_ROWS = knob('BENCH_IMPORT_ROWS', 100_000)
const HTTP_SECONDS = knob('BENCH_HTTP_SECONDS', 10)

/** Each measure as it comes (a long run that fails late still shows what it measured). */
function progress<T>(name: string, value: T): T {
  console.error(`[bench quebec] ${new Date().toISOString()} ${name}: ${JSON.stringify(value)}`)
  return value
}

/** The in-process measures (search, matching, the Bilan) and the bulk ones, on the open Québec database. */
async function inProcess(database: Database, base: CtxBase, url: string) {
  const config = loadConfig({ LOG_LEVEL: 'silent' }, 'bench')
  const app = await buildApp({ config, database, sessionSecret: 'x'.repeat(32), logger: false })
  try {
    const people = progress('people', await measurePeople(app, database, base, SAMPLES ?? 300))
    const employers = progress('employers', await measureEmployers(app, database, base, SAMPLES ?? 100))
    const reports = progress('reports', await measureReports(app, database, base, SAMPLES ?? 20))
    const importing = progress('import', await measureImport(database, base, IMPORT_ROWS))
    const exporting = progress('export', await measureExport(database, { DATABASE_URL: url }))
    return { people, employers, reports, importing, exporting }
  } finally {
    await app.close()
  }
}

/** A cold start of Escale on `target` and of the bare server, one after the other. */
async function coldStart(on: string, target: Parameters<typeof serveEscale>[0]): Promise<ColdStart> {
  const bare = await serveBare()
  await bare.close()
  try {
    const escale = await serveEscale(target)
    await escale.close()
    return progress('cold start', { on, escaleMs: escale.coldStartMs, bareMs: bare.coldStartMs })
  } catch (error) {
    // No page within the wait (a saturated machine): the line says so instead of losing the run.
    const failure = (error as Error).message.split('\n')[0] ?? 'failed'
    return progress('cold start', { on, escaleMs: Number.NaN, bareMs: bare.coldStartMs, failure })
  }
}

/** The dossier page under autocannon on a real server over PostgreSQL, as an agent of region 06. */
async function overHttp(url: string, session: { cookie: string; dossierIds: string[] }) {
  const escale = await serveEscale({ databaseUrl: url })
  const bare = await serveBare()
  try {
    return progress('http', await measureHttp(escale, bare, session, { connections: 8, seconds: HTTP_SECONDS }))
  } finally {
    await escale.close()
    await bare.close()
  }
}

/** Runs every Québec-scale measure on the PostgreSQL database at `url`. */
export async function measureQuebec(url: string): Promise<QuebecMeasures> {
  const started = Date.now()
  const database = await openPostgres(url)
  await runMigrations(database)
  const base = { db: database.db, now: () => new Date(), resolveScope }
  const loaded = await ensureSynthetic(database, base, 'quebec')
  const machine = await machineOf(database)
  const [size] = await queryRows<{ mb: number }>(
    database.db,
    sql`select pg_database_size(current_database()) / 1048576.0 as mb`,
  )
  const measures = await inProcess(database, base, url)
  const { cookie } = await agentOf(base)
  const ids = await queryRows<{ id: string }>(
    database.db,
    sql`select id from people.dossiers where region_code = '06' order by id limit 200`,
  )
  await database.close()
  const http = await overHttp(url, { cookie, dossierIds: ids.map((r) => r.id) })
  const embedded = await ensureEmbedded()
  const coldStarts = [
    await coldStart(`embedded data folder \`${EMBEDDED_DIR}\` (\`region\` scale)`, { dataDir: EMBEDDED_DIR }),
    await coldStart('PostgreSQL, `quebec` scale', { databaseUrl: url }),
  ]
  return {
    machine,
    loadAfter: loadAverage(),
    load: loadOf(loaded),
    databaseMb: Number(size?.mb ?? Number.NaN),
    embedded: { ...embedded, mb: folderMb(EMBEDDED_DIR) },
    ...measures,
    http,
    coldStarts,
    minutes: (Date.now() - started) / 60_000,
  }
}
