// `npm run bench -- --partners <scale>`: only the partners measures, on the configured database (PostgreSQL when
// DATABASE_URL is set, else an embedded one in memory), loading the synthetic data first unless it is already there.
import { parseArgs } from 'node:util'
import { loadConfig } from '../src/platform/config.js'
import { runMigrations } from '../src/platform/db/migrate.js'
import { openEmbedded, openPostgres } from '../src/platform/db/open.js'
import { type Scale, scales } from '../src/seed/synthetic/world.js'
import { buildApp } from '../src/server/build-app.js'
import { resolveScope } from '../src/server/scope-resolver.js'
import { measurePartners } from './partners.js'
import { ensureSynthetic } from './people-run.js'
import { partnersSection, writeSection } from './report.js'

/** The scale asked for by `--partners <scale>`, or null. */
export function partnersOnlyScale(argv: string[]): Scale | null {
  const { values } = parseArgs({ args: argv, options: { partners: { type: 'string' } }, strict: false })
  if (values.partners === undefined) return null
  if (!scales.includes(values.partners as Scale)) throw new Error(`--partners takes ${scales.join(', ')}`)
  return values.partners as Scale
}

/** Runs the partners measures alone at `scale` and writes their section of docs/benchmarks.md. */
export async function runPartnersOnly(scale: Scale): Promise<void> {
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
  const measures = await measurePartners(app, database, base, Number(process.env.BENCH_SAMPLES ?? 200))
  await app.close()
  await database.close()
  const backend = database.kind === 'postgresql' ? 'PostgreSQL' : 'embedded (PGlite)'
  const lines = partnersSection(measures, { backend, scale, loadSeconds })
  writeSection(`partners-${database.kind}-${scale}`, lines)
  console.log(lines.join('\n'))
}
