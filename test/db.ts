import fs from 'node:fs'
import path from 'node:path'
import { createHash, randomBytes } from 'node:crypto'
import { after } from 'node:test'
import { sql } from 'drizzle-orm'
import type { Database } from '../src/platform/db/database.js'
import { migrationsFolder, runMigrations } from '../src/platform/db/migrate.js'
import { openEmbedded, openPostgres } from '../src/platform/db/open.js'

const cacheDir = path.resolve('.escale-test-cache')

/** A hash of the migrations: the cached migrated template is rebuilt whenever they change. */
function migrationsHash(): string {
  const h = createHash('sha256')
  for (const f of fs.readdirSync(migrationsFolder, { recursive: true }).map(String).sort()) {
    const p = path.join(migrationsFolder, f)
    if (fs.statSync(p).isFile()) h.update(f).update(fs.readFileSync(p))
  }
  return h.digest('hex').slice(0, 16)
}

/** A migrated embedded database in memory, cloned from a cached snapshot (migrating from scratch is slower). */
async function freshEmbedded(): Promise<Database> {
  const file = path.join(cacheDir, `template-${migrationsHash()}.tar`)
  if (fs.existsSync(file)) {
    return openEmbedded({ dataDir: null, loadDataDir: new Blob([fs.readFileSync(file)]) })
  }
  const database = await openEmbedded({ dataDir: null })
  await runMigrations(database)
  const dump = await database.snapshot!()
  fs.mkdirSync(cacheDir, { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()))
  fs.renameSync(tmp, file)
  return database
}

/** A new database on the PostgreSQL server of DATABASE_URL, created for this test file and dropped after it. */
async function freshPostgres(url: string): Promise<Database> {
  const name = `escale_test_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = await openPostgres(url, { max: 1 })
  // template0: nobody connects to it, so concurrent test files never collide on "template1 is being accessed".
  await admin.db.execute(sql.raw(`create database ${name} template template0`))
  const target = new URL(url)
  target.pathname = `/${name}`
  const database = await openPostgres(target.toString())
  await runMigrations(database)
  after(async () => {
    await database.close()
    await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`))
    await admin.close()
  })
  return database
}

/** A fresh, migrated database for one test file (closed, and dropped on a server, after the file's tests): embedded by default, PostgreSQL when DATABASE_URL is set. */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL
  if (url) return freshPostgres(url)
  const database = await freshEmbedded()
  after(() => database.close())
  return database
}
