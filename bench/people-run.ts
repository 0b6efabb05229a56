// `npm run bench -- --people <scale>`: only the people measures, on the configured database (PostgreSQL when
// DATABASE_URL is set, else an embedded one in memory), loading the synthetic data first unless it is already there
// (load the Québec scale once with `escale seed synthetic --scale quebec`, then run this as often as needed).
import { parseArgs } from 'node:util'
import { loadConfig } from '../src/platform/config.js'
import type { Database } from '../src/platform/db/database.js'
import { runMigrations } from '../src/platform/db/migrate.js'
import { openEmbedded, openPostgres } from '../src/platform/db/open.js'
import { isSyntheticLoaded, type Scale, scales } from '../src/seed/synthetic/world.js'
import { loadSynthetic } from '../src/seed/synthetic/load.js'
import { buildApp } from '../src/server/build-app.js'
import { resolveScope } from '../src/server/scope-resolver.js'
import { measurePeople } from './people.js'
import { peopleSection, writeSection } from './report.js'

/** The scale asked for by `--people <scale>`, or null for the default run. */
export function peopleOnlyScale(argv: string[]): Scale | null {
  const { values } = parseArgs({ args: argv, options: { people: { type: 'string' } }, strict: false })
  if (values.people === undefined) return null
  if (!scales.includes(values.people as Scale)) throw new Error(`--people takes ${scales.join(', ')}`)
  return values.people as Scale
}

/** Loads the synthetic data when absent and returns how long it took (null when it was there already). */
export async function ensureSynthetic(database: Database, base: Parameters<typeof loadSynthetic>[0], scale: Scale) {
  if (await isSyntheticLoaded(database.db)) return null
  const summary = await loadSynthetic(base, database, { scale, seed: 1, referralExpiryWorkingDays: 10 })
  return summary.seconds
}

/** Runs the people measures alone at `scale` and writes their section of docs/benchmarks.md. */
export async function runPeopleOnly(scale: Scale): Promise<void> {
  const url = process.env.DATABASE_URL
  const database = url ? await openPostgres(url) : await openEmbedded({ dataDir: null })
  await runMigrations(database)
  const base = { db: database.db, now: () => new Date(), resolveScope }
  const loadSeconds = await ensureSynthetic(database, base, scale)
  const app = await buildApp({
    config: loadConfig({ LOG_LEVEL: 'silent' }, 'bench'),
    database,
    sessionSecret: 'x'.repeat(32),
    logger: false,
  })
  const measures = await measurePeople(app, database, base, Number(process.env.BENCH_SAMPLES ?? 300))
  await app.close()
  await database.close()
  const backend = database.kind === 'postgresql' ? 'PostgreSQL' : 'embedded (PGlite)'
  const lines = peopleSection(measures, { backend, scale, loadSeconds })
  writeSection(`people-${database.kind}-${scale}`, lines)
  console.log(lines.join('\n'))
}
