import { type Ctx, systemCtx } from '../modules/access/index.js'
import type { Config } from '../platform/config.js'
import type { Database } from '../platform/db/database.js'
import { openDatabase } from '../platform/db/open.js'
import { runMigrations } from '../platform/db/migrate.js'
import { loadConfigOrExit } from '../server/runtime.js'
import { resolveScope } from '../server/scope-resolver.js'

/** Opens and migrates the configured database, runs a command with a system context, and closes it. */
export async function withDatabase<T>(
  label: string,
  run: (ctx: Ctx, database: Database, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfigOrExit()
  const database = await openDatabase(config)
  try {
    await runMigrations(database)
    return await run(
      systemCtx({ db: database.db, now: () => new Date(), resolveScope }, `cli ${label}`),
      database,
      config,
    )
  } finally {
    await database.close()
  }
}
