import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { loadConfig } from '../../../platform/config.js'
import { type Database, type Db, queryRows } from '../../../platform/db/database.js'
import { runMigrations } from '../../../platform/db/migrate.js'
import { openPostgres } from '../../../platform/db/open.js'
import { buildApp } from '../../../server/build-app.js'
import { resolveScope } from '../../../server/scope-resolver.js'
import { systemCtx } from '../actor.js'
import { createUser, signIn, signOut } from '../index.js'
import { verifyAuditChain } from './audit-chain.js'

// The two-role setup of the README ("Running on PostgreSQL"): an owner that migrates, an application role that may
// only INSERT and SELECT audit events. Needs a server where the test connection may create roles and databases.
const url = process.env.DATABASE_URL
const skip = url ? false : 'PostgreSQL only: the embedded database has a single role'

function urlAs(user: string, database: string): string {
  const u = new URL(url!)
  u.username = user
  u.password = ''
  u.pathname = `/${database}`
  return u.toString()
}

/** The error code PostgreSQL answers (42501: insufficient privilege, also "must be owner"). */
async function sqlState(db: Db, statement: ReturnType<typeof sql>): Promise<string | undefined> {
  try {
    await db.execute(statement)
    return undefined
  } catch (error) {
    const e = error as { code?: string; cause?: { code?: string } }
    return e.code ?? e.cause?.code
  }
}

async function setUp(): Promise<{ owner: Database; app: Database; appRole: string }> {
  const suffix = randomBytes(4).toString('hex')
  const [ownerRole, appRole, name] = [`escale_owner_${suffix}`, `escale_app_${suffix}`, `escale_roles_${suffix}`]
  const admin = await openPostgres(url!, { max: 1 })
  await admin.db.execute(sql.raw(`create role ${ownerRole} login; create role ${appRole} login`))
  await admin.db.execute(sql.raw(`create database ${name} owner ${ownerRole} template template0`))
  const owner = await openPostgres(urlAs(ownerRole, name), { max: 2 })
  const app = await openPostgres(urlAs(appRole, name), { max: 4 })
  after(async () => {
    await app.close()
    await owner.close()
    await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`))
    await admin.db.execute(sql.raw(`drop role if exists ${appRole}; drop role if exists ${ownerRole}`))
    await admin.close()
  })
  await runMigrations(owner)
  await owner.db.execute(sql`select access.grant_app_privileges(${appRole})`)
  return { owner, app, appRole }
}

test('the application role runs Escale but cannot rewrite, erase or unprotect the audit log', { skip }, async () => {
  const { owner, app } = await setUp()
  const base = { db: app.db, now: () => new Date(), resolveScope }
  const system = systemCtx(base, 'test')

  // Escale works as the application role: accounts, sign-in and sign-out (each audited), pages, the chain check.
  const password = 'un mot de passe assez long'
  await createUser(system, {
    email: 'roles@test.example',
    displayName: 'Rôle Test',
    password,
    role: 'admin',
    scopeKind: 'all',
  })
  const { token } = await signIn(system, { email: 'roles@test.example', password }, { address: '192.0.2.1' })
  const server = await buildApp({
    config: loadConfig({ LOG_LEVEL: 'silent' }, 'test'),
    database: app,
    sessionSecret: 'x'.repeat(40),
    logger: false,
  })
  after(() => server.close())
  const page = await server.inject({ method: 'GET', url: '/app/admin/journal', cookies: { escale_session: token } })
  assert.equal(page.statusCode, 200)
  await signOut(system, token)
  const events = await queryRows<{ action: string }>(app.db, sql`select action from access.audit_events order by id`)
  assert.deepEqual(
    events.map((e) => e.action),
    ['user.created', 'user.signed_in', 'user.signed_out'],
  )
  assert.equal((await verifyAuditChain(app.db)).intact, true)

  // What the application role may not do to the audit log (42501: insufficient privilege / must be owner).
  const refused = {
    update: sql`update access.audit_events set action = 'forged'`,
    delete: sql`delete from access.audit_events`,
    truncate: sql`truncate access.audit_events`,
    'alter table': sql`alter table access.audit_events add column note text`,
    'disable trigger': sql`alter table access.audit_events disable trigger audit_events_append_only`,
    'move the chain head': sql`update access.audit_chain_head set last_id = 0`,
    'record a migration': sql`insert into escale_meta.migrations (hash, created_at) values ('x', 0)`,
  }
  for (const [what, statement] of Object.entries(refused))
    assert.equal(await sqlState(app.db, statement), '42501', what)

  // The owner still can, which is why the chain exists: its rewrite is caught.
  await owner.db.execute(sql`alter table access.audit_events disable trigger audit_events_append_only`)
  await owner.db.execute(sql`update access.audit_events set action = 'user.created' where action = 'user.signed_out'`)
  await owner.db.execute(sql`alter table access.audit_events enable trigger audit_events_append_only`)
  assert.equal((await verifyAuditChain(app.db)).intact, false)
})

test('the application role can start Escale on an up-to-date database (migrations already applied by the owner)', {
  skip,
}, async () => {
  const { app } = await setUp()
  await runMigrations(app)
  const rows = await queryRows<{ n: number }>(app.db, sql`select count(*)::int as n from access.users`)
  assert.equal(rows[0]!.n, 0)
})
