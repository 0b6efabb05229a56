// `npm run bench -- --people <scale>` or `--partners <scale>`: one module's measures alone, on the configured database
// (PostgreSQL when DATABASE_URL is set, else an embedded one in memory), loading the synthetic data first unless it is
// already there (load the Québec scale once with `escale seed synthetic --scale quebec`, then run this as often).
import type { FastifyInstance } from 'fastify'
import { parseArgs } from 'node:util'
import type { CtxBase } from '../src/modules/access/index.js'
import { loadConfig } from '../src/platform/config.js'
import type { Database } from '../src/platform/db/database.js'
import { runMigrations } from '../src/platform/db/migrate.js'
import { openEmbedded, openPostgres } from '../src/platform/db/open.js'
import { loadSynthetic } from '../src/seed/synthetic/load.js'
import { isSyntheticLoaded, type Scale, scales } from '../src/seed/synthetic/world.js'
import { buildApp } from '../src/server/build-app.js'
import { resolveScope } from '../src/server/scope-resolver.js'
import { writeSection } from './report.js'

/** The scale asked for by `--<flag> <scale>`, or null when the flag is absent. */
export function onlyScale(argv: string[], flag: string): Scale | null {
  const { values } = parseArgs({ args: argv, options: { [flag]: { type: 'string' } }, strict: false })
  const value = values[flag]
  if (value === undefined) return null
  if (!scales.includes(value as Scale)) throw new Error(`--${flag} takes ${scales.join(', ')}`)
  return value as Scale
}

/** Loads the synthetic data when absent and returns how long it took (null when it was there already). */
export async function ensureSynthetic(database: Database, base: Parameters<typeof loadSynthetic>[0], scale: Scale) {
  if (await isSyntheticLoaded(database.db)) return null
  const summary = await loadSynthetic(base, database, { scale, seed: 1, referralExpiryWorkingDays: 10 })
  return summary.seconds
}

/** One module's measures and how its section of docs/benchmarks.md is written. */
export type ModuleBench<M> = {
  /** The section's key prefix (`people`, `partners`) and the default number of samples per URL. */
  name: string
  samples: number
  measure(app: FastifyInstance, database: Database, base: CtxBase, samples: number): Promise<M>
  section(m: M, run: { backend: string; scale: string; loadSeconds: number | null }): string[]
}

/** Runs one module's measures alone at `scale` and writes their section of docs/benchmarks.md. */
export async function runModuleOnly<M>(scale: Scale, bench: ModuleBench<M>): Promise<void> {
  const url = process.env.DATABASE_URL
  const database = url ? await openPostgres(url) : await openEmbedded({ dataDir: null })
  await runMigrations(database)
  const base = { db: database.db, now: () => new Date(), resolveScope }
  const loadSeconds = await ensureSynthetic(database, base, scale)
  const config = loadConfig({ LOG_LEVEL: 'silent' }, 'bench')
  const app = await buildApp({ config, database, sessionSecret: 'x'.repeat(32), logger: false })
  const measures = await bench.measure(app, database, base, Number(process.env.BENCH_SAMPLES ?? bench.samples))
  await app.close()
  await database.close()
  const backend = database.kind === 'postgresql' ? 'PostgreSQL' : 'embedded (PGlite)'
  const lines = bench.section(measures, { backend, scale, loadSeconds })
  writeSection(`${bench.name}-${database.kind}-${scale}`, lines)
  console.log(lines.join('\n'))
}
