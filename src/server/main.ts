import fs from 'node:fs'
import { openDatabase } from '../platform/db/open.js'
import { DataDirLockedError } from '../platform/db/lock.js'
import type { JobRun } from '../modules/access/index.js'
import { demoAccountsFile, loadConfigOrExit, resolveSessionSecret, version } from './runtime.js'

const config = loadConfigOrExit()
// The database opens (the embedded one starts PostgreSQL in WebAssembly on its folder) while the application's
// modules load: both take seconds at a cold start, and neither needs the other.
const opening = openDatabase(config).catch((error) => {
  console.error(
    error instanceof DataDirLockedError ? error.message : `Cannot open the database: ${(error as Error).message}`,
  )
  process.exit(1)
})
const [migrate, demo, access, logSafety, { buildApp }, { applicationJobs }, { resolveScope }] = await Promise.all([
  import('../platform/db/migrate.js'),
  import('../seed/demo.js'),
  import('../modules/access/index.js'),
  import('../platform/log-safety.js'),
  import('./build-app.js'),
  import('./jobs.js'),
  import('./scope-resolver.js'),
])
const { runMigrations } = migrate
const { formatDemoAccounts, loadDemo } = demo
const { countUsers, startJobLoop } = access
const { loggableError } = logSafety
const database = await opening
await runMigrations(database)

// First start of the embedded default on an empty database: load the demo region (never on a server database).
if (database.kind === 'embedded' && (await countUsers(database.db)) === 0) {
  const accounts = await loadDemo({ db: database.db, now: () => new Date(), resolveScope })
  fs.writeFileSync(demoAccountsFile(config), formatDemoAccounts(accounts), { mode: 0o600 })
}

const app = await buildApp({ config, database, sessionSecret: resolveSessionSecret(config) })
const address = await app.listen({ port: config.port, host: config.host })

// Background jobs (session purge, referral expiry, retention) run from their schedules in the database: every app node
// polls, and the row claim makes each run happen on one node only (DESIGN.md: never setInterval).
// Jobs due more often than once a minute (the background exports, which a user waits for) get their own 2 s loop.
const allJobs = applicationJobs(config)
const jobBase = { db: database.db, now: () => new Date(), resolveScope }
const jobOptions = {
  // A run that did nothing (every count 0: the exports loop finds no queue every 2 s) is not logged.
  onRun: (run: JobRun) => {
    const idle = run.error === null && Object.values(run.result ?? {}).every((n) => n === 0)
    if (!idle) app.log.info({ job: run.name, result: run.result, error: run.error }, 'job ran')
  },
  onError: (error: unknown) => app.log.error({ error: loggableError(error) }, 'job poll failed'),
}
const loops = [
  startJobLoop(
    jobBase,
    allJobs.filter((j) => j.everySeconds >= 60),
    { ...jobOptions, pollMs: 60_000 },
  ),
  startJobLoop(
    jobBase,
    allJobs.filter((j) => j.everySeconds < 60),
    { ...jobOptions, pollMs: 2_000 },
  ),
]

const base = address.replace('127.0.0.1', 'localhost')
console.log(`\nEscale ${version} is running at ${base} (database: ${database.kind})`)
console.log(`Regional page: ${base}/fr/regions/gaspesie-iles-de-la-madeleine`)
if ((await countUsers(database.db)) === 0) {
  console.log(
    'No account yet. Create an administrator:\n  npx escale user add --email you@example.org --name "Your Name" --role admin --scope all',
  )
} else if (database.kind === 'embedded' && fs.existsSync(demoAccountsFile(config))) {
  console.log(`Demo sign-ins (${base}/app/connexion):\n${fs.readFileSync(demoAccountsFile(config), 'utf8')}`)
}

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return
    stopping = true
    await Promise.all(loops.map((l) => l.stop()))
    await app.close()
    await database.close()
    process.exit(0)
  })
}
