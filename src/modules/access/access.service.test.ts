import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { eq, sql } from 'drizzle-orm'
import { buildTestApp, csrfToken } from '../../../test/build-test-app.js'
import { queryRows } from '../../platform/db/database.js'
import { AppError } from '../../platform/errors.js'
import { auditEvents } from './audit/audit.schema.js'
import {
  createApiToken,
  createUser,
  findSessionActor,
  findTokenActor,
  inTransaction,
  revokeApiToken,
  signIn,
  signOut,
} from './index.js'
import { users } from './users/user.schema.js'

const app = await buildTestApp()
const sys = app.system
const password = 'un mot de passe assez long'

async function newUser(email: string) {
  return inTransaction(sys, (ctx) =>
    createUser(ctx, {
      email,
      displayName: 'Personne Test',
      password,
      role: 'agent',
      scopeKind: 'region',
      scopeRef: '11',
    }),
  )
}

async function rejects(promise: Promise<unknown>, code: string) {
  await assert.rejects(promise, (e: unknown) => e instanceof AppError && e.code === code)
}

describe('accounts', () => {
  test('stores an argon2id hash, never the password, and audits the creation', async () => {
    const user = await newUser('hash@test.example')
    const [row] = await sys.db.select().from(users).where(eq(users.id, user.id))
    assert.match(row!.passwordHash, /^\$argon2id\$/)
    const events = await sys.db.select().from(auditEvents).where(eq(auditEvents.entityId, user.id))
    assert.deepEqual(
      events.map((e) => e.action),
      ['user.created'],
    )
  })

  test('refuses a second account with the same email in another case', async () => {
    await newUser('dup@test.example')
    await rejects(newUser('DUP@test.example'), 'USER_EMAIL_TAKEN')
  })

  test('requires a scope reference except for the "all" scope', async () => {
    await assert.rejects(
      inTransaction(sys, (ctx) =>
        createUser(ctx, {
          email: 'noscope@test.example',
          displayName: 'X',
          password,
          role: 'agent',
          scopeKind: 'region',
        }),
      ),
      (e: unknown) => e instanceof AppError && e.fields?.scopeRef !== undefined,
    )
  })
})

describe('sign-in', () => {
  test('opens a session that resolves to the actor, and closes it on sign-out', async () => {
    await newUser('session@test.example')
    const { token } = await signIn(sys, { email: 'Session@test.example', password })
    const actor = await findSessionActor(sys.db, token, new Date())
    assert.equal(actor?.kind === 'user' && actor.email, 'session@test.example')
    await signOut(sys, token)
    assert.equal(await findSessionActor(sys.db, token, new Date()), null)
  })

  test('answers the same error for an unknown email and a wrong password', async () => {
    await newUser('wrong@test.example')
    await rejects(signIn(sys, { email: 'nobody@test.example', password }), 'BAD_CREDENTIALS')
    await rejects(signIn(sys, { email: 'wrong@test.example', password: 'not the password' }), 'BAD_CREDENTIALS')
  })

  // Throttling (growing delays instead of a lock): sessions/sign-in.test.ts.

  test('expires sessions after their lifetime', async () => {
    await newUser('expire@test.example')
    const { token } = await signIn(sys, { email: 'expire@test.example', password })
    assert.equal(await findSessionActor(sys.db, token, new Date(Date.now() + 8 * 86_400_000)), null)
  })
})

describe('API tokens', () => {
  test('are stored hashed, resolve to their account, and stop working once revoked', async () => {
    await newUser('token@test.example')
    const { id, token } = await inTransaction(sys, (ctx) =>
      createApiToken(ctx, { email: 'token@test.example', name: 'intégrateur' }),
    )
    const stored = await queryRows<{ token_hash: string }>(
      sys.db,
      sql`select token_hash from access.api_tokens where id = ${id}`,
    )
    assert.notEqual(stored[0]!.token_hash, token)
    assert.equal((await findTokenActor(sys.db, token, new Date()))?.kind, 'user')
    await inTransaction(sys, (ctx) => revokeApiToken(ctx, id))
    assert.equal(await findTokenActor(sys.db, token, new Date()), null)
  })
})

describe('audit log', () => {
  test('is append-only: updates and deletes are refused by the database', async () => {
    await newUser('audit@test.example')
    await assert.rejects(sys.db.execute(sql`update access.audit_events set action = 'forged'`))
    await assert.rejects(sys.db.execute(sql`delete from access.audit_events`))
  })

  test('rolls back with the change it records', async () => {
    await assert.rejects(
      inTransaction(sys, async (ctx) => {
        await createUser(ctx, {
          email: 'rollback@test.example',
          displayName: 'R',
          password,
          role: 'agent',
          scopeKind: 'all',
        })
        throw new Error('abort')
      }),
    )
    const rows = await sys.db.select().from(users).where(eq(users.email, 'rollback@test.example'))
    assert.equal(rows.length, 0)
    const events = await queryRows<{ n: number }>(
      sys.db,
      sql`select count(*)::int as n from access.audit_events e where not exists (select 1 from access.users u where u.id::text = e.entity_id) and e.entity_type = 'user'`,
    )
    assert.equal(events[0]!.n, 0)
  })
})

describe('own password change (/app/compte)', () => {
  const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }
  const post = (user: Awaited<ReturnType<typeof app.userOf>>, data: Record<string, string>, cookie = user.cookie) =>
    app.injectAs(
      { ...user, cookie },
      {
        method: 'POST',
        url: '/app/compte/mot-de-passe',
        headers: formHeaders,
        payload: new URLSearchParams({ _csrf: csrfToken, ...data }).toString(),
      },
    )

  test('checks the current password and the confirmation, then ends the other sessions only', async () => {
    const user = await app.userOf('agent', 'region', '11')
    const { token: otherSession } = await signIn(sys, { email: user.email, password: user.password })
    const wrong = await post(user, {
      currentPassword: 'nope',
      newPassword: 'une nouvelle phrase de passe',
      confirmation: 'une nouvelle phrase de passe',
    })
    assert.equal(wrong.statusCode, 400)
    assert.match(wrong.body, /Mot de passe actuel incorrect/)
    const mismatch = await post(user, {
      currentPassword: user.password,
      newPassword: 'une nouvelle phrase de passe',
      confirmation: 'autre chose',
    })
    assert.equal(mismatch.statusCode, 400)
    assert.match(mismatch.body, /La confirmation ne correspond pas/)
    const ok = await post(user, {
      currentPassword: user.password,
      newPassword: 'une nouvelle phrase de passe',
      confirmation: 'une nouvelle phrase de passe',
    })
    assert.equal(ok.statusCode, 303)
    assert.notEqual(await findSessionActor(sys.db, user.cookie, new Date()), null, 'the current session stays')
    assert.equal(await findSessionActor(sys.db, otherSession, new Date()), null, 'other sessions end')
    await rejects(signIn(sys, { email: user.email, password: user.password }), 'BAD_CREDENTIALS')
    assert.ok((await signIn(sys, { email: user.email, password: 'une nouvelle phrase de passe' })).token)
  })
})
