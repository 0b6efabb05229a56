// Benchmarks, measured as ratios within one run (never as timed assertions in tests).
// Baseline: GET /health (no database work). Measured: the public region page and the authenticated
// service-point list, each as a multiple of the baseline's time per request; then the people measures (bench/people.ts)
// on the small synthetic scale. Writes its sections of docs/benchmarks.md.
// `npm run bench -- --people quebec` (with DATABASE_URL) runs only the people measures at that scale (bench/module-run.ts);
// then the partners measures (bench/partners.ts) on the same data; `--partners <scale>` runs only those
// (bench/module-run.ts); then the employers measures (bench/employers.ts), `--employers <scale>` alone; then the reports
// measures (bench/reports.ts: the Bilan against its bare SQL, the API, all 17 regions), `--reports <scale>` alone.
// Last, with BENCH_DATABASE_URL (or DATABASE_URL) naming a PostgreSQL database, the Québec-scale report
// (bench/quebec.ts: every measure against its floor, the targets); `--quebec` runs only that.
import { loadConfig } from '../src/platform/config.js'
import { openEmbedded } from '../src/platform/db/open.js'
import { runMigrations } from '../src/platform/db/migrate.js'
import { buildApp } from '../src/server/build-app.js'
import { loadDemo } from '../src/seed/demo.js'
import { signIn, systemCtx } from '../src/modules/access/index.js'
import { resolveScope } from '../src/server/scope-resolver.js'
import { measureEmployers } from './employers.js'
import { measurePartners } from './partners.js'
import { ensureSynthetic, onlyScale, runModuleOnly } from './module-run.js'
import { measurePeople } from './people.js'
import { employersSection, partnersSection, peopleSection, writeSection } from './report.js'
import { reportsSection } from './report-reports.js'
import { measureReports } from './reports.js'
import { measureQuebec } from './quebec.js'
import { quebecNotRun, quebecSection } from './report-quebec.js'

/** The Québec-scale report on the server database, or the note that it was not run (no server configured). */
async function runQuebec(url: string | undefined): Promise<void> {
  if (!url) {
    writeSection('quebec-status', quebecNotRun())
    console.log(quebecNotRun().join('\n'))
    return
  }
  const lines = quebecSection(await measureQuebec(url))
  writeSection('quebec', lines)
  writeSection('quebec-status', [
    `The Québec section below was written by the last run with a server (${new Date().toISOString().slice(0, 10)}).`,
  ])
  console.log(lines.join('\n'))
}

const quebecUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined
if (process.argv.includes('--quebec')) {
  await runQuebec(quebecUrl)
  process.exit(0)
}

const peopleOnly = onlyScale(process.argv.slice(2), 'people')
if (peopleOnly) {
  await runModuleOnly(peopleOnly, { name: 'people', samples: 300, measure: measurePeople, section: peopleSection })
  process.exit(0)
}
const partnersOnly = onlyScale(process.argv.slice(2), 'partners')
if (partnersOnly) {
  await runModuleOnly(partnersOnly, {
    name: 'partners',
    samples: 200,
    measure: measurePartners,
    section: partnersSection,
  })
  process.exit(0)
}
const employersOnly = onlyScale(process.argv.slice(2), 'employers')
if (employersOnly) {
  await runModuleOnly(employersOnly, {
    name: 'employers',
    samples: 100,
    measure: measureEmployers,
    section: employersSection,
  })
  process.exit(0)
}
const reportsOnly = onlyScale(process.argv.slice(2), 'reports')
if (reportsOnly) {
  await runModuleOnly(reportsOnly, { name: 'reports', samples: 30, measure: measureReports, section: reportsSection })
  process.exit(0)
}

const N = 300
const database = await openEmbedded({ dataDir: null })
await runMigrations(database)
const ctxBase = { db: database.db, now: () => new Date(), resolveScope }
const accounts = await loadDemo(ctxBase)
const agent = accounts.find((a) => a.role === 'agent')!
const { token } = await signIn(systemCtx(ctxBase, 'bench'), { email: agent.email, password: agent.password })
const app = await buildApp({
  config: loadConfig({ LOG_LEVEL: 'silent' }, 'bench'),
  database,
  sessionSecret: 'x'.repeat(32),
  logger: false,
})

async function perRequest(url: string, cookie?: string): Promise<number> {
  for (let i = 0; i < 20; i++)
    await app.inject({ method: 'GET', url, cookies: cookie ? { escale_session: cookie } : {} })
  const start = process.hrtime.bigint()
  for (let i = 0; i < N; i++) {
    const res = await app.inject({ method: 'GET', url, cookies: cookie ? { escale_session: cookie } : {} })
    if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}`)
  }
  return Number(process.hrtime.bigint() - start) / 1e6 / N
}

const base = await perRequest('/health')
const rows = [
  [
    'Public region page `/fr/regions/gaspesie-iles-de-la-madeleine`',
    await perRequest('/fr/regions/gaspesie-iles-de-la-madeleine'),
  ],
  ['Staff home `/app` (agent, session)', await perRequest('/app', token)],
  ['API `/api/v1/service-points` (agent, session)', await perRequest('/api/v1/service-points', token)],
] as const
const loadSeconds = await ensureSynthetic(database, ctxBase, 'small')
const people = await measurePeople(app, database, ctxBase, 200)
const partners = await measurePartners(app, database, ctxBase, 100)
const employers = await measureEmployers(app, database, ctxBase, 50)
const reports = await measureReports(app, database, ctxBase, 30)
await app.close()
await database.close()

const lines = [
  `Run by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Node.js ${process.version}, embedded database, in-process \`inject()\`, ${N} requests each after 20 warm-up requests).`,
  'Ratios are against `GET /health` in the same run, so they compare across machines; absolute times are for information only.',
  '',
  '| Request | ms / request | × /health |',
  '|---|---:|---:|',
  `| \`GET /health\` (baseline) | ${base.toFixed(3)} | 1.0 |`,
  ...rows.map(([name, ms]) => `| ${name} | ${ms.toFixed(3)} | ${(ms / base).toFixed(1)} |`),
  '',
  'These quick embedded figures have no targets of their own; the targets of issue 10 are in the Québec section below.',
  '',
]
const peopleLines = peopleSection(people, { backend: 'embedded (PGlite)', scale: 'small', loadSeconds })
const partnersLines = partnersSection(partners, { backend: 'embedded (PGlite)', scale: 'small', loadSeconds })
writeSection('requests', lines)
writeSection('people-embedded-small', peopleLines)
const employersLines = employersSection(employers, { backend: 'embedded (PGlite)', scale: 'small', loadSeconds })
writeSection('partners-embedded-small', partnersLines)
writeSection('employers-embedded-small', employersLines)
const reportsLines = reportsSection(reports, { backend: 'embedded (PGlite)', scale: 'small', loadSeconds })
writeSection('reports-embedded-small', reportsLines)
console.log([...lines, ...peopleLines, ...partnersLines, ...employersLines, ...reportsLines].join('\n'))
await runQuebec(quebecUrl)
