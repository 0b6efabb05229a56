import fs from 'node:fs'
import path from 'node:path'
import { createHash, randomBytes } from 'node:crypto'
import { after } from 'node:test'
import { sql } from 'drizzle-orm'
import { type Database, queryRows } from '../src/platform/db/database.js'
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

/** The URL of another database on the same server. */
function databaseUrl(url: string, name: string): string {
  const target = new URL(url)
  target.pathname = `/${name}`
  return target.toString()
}

/**
 * The migrated template database of the current migrations on the server (`escale_tpl_<hash>`), created once by the
 * first test file that needs it (an advisory lock keeps the others waiting) and never connected to afterwards, so
 * every test file copies it (`create database … template`) instead of running the migrations itself.
 */
async function migratedTemplate(admin: Database, url: string): Promise<string> {
  const name = `escale_tpl_${migrationsHash()}`
  await admin.db.execute(sql`select pg_advisory_lock(hashtext(${name}))`)
  try {
    const found = await queryRows(admin.db, sql`select 1 from pg_database where datname = ${name}`)
    if (found.length > 0) return name
    const building = `${name}_${process.pid}`
    await admin.db.execute(sql.raw(`create database ${building} template template0`))
    const database = await openPostgres(databaseUrl(url, building), { max: 1 })
    await runMigrations(database)
    await database.close()
    // Renamed only once migrated: a template that exists is complete.
    await admin.db.execute(sql.raw(`alter database ${building} rename to ${name}`))
    return name
  } finally {
    await admin.db.execute(sql`select pg_advisory_unlock(hashtext(${name}))`)
  }
}

/** A new database on the PostgreSQL server of DATABASE_URL, copied from the migrated template, dropped after the file. */
async function freshPostgres(url: string): Promise<Database> {
  const name = `escale_test_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = await openPostgres(url, { max: 1 })
  const template = await migratedTemplate(admin, url)
  await admin.db.execute(sql.raw(`create database ${name} template ${template}`))
  const database = await openPostgres(databaseUrl(url, name))
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
