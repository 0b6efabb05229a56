import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { createTestDatabase } from '../../test/db.js'
import { loggableError, safeErrorText } from './log-safety.js'

const database = await createTestDatabase()

test('keeps query parameters and server details out of what is logged of a database error', async () => {
  const email = 'personne.privee@example.org'
  await database.db.execute(sql`create temporary table t (email text unique)`)
  await database.db.execute(sql`insert into t values (${email})`)
  const error = await database.db.execute(sql`insert into t values (${email})`).then(
    () => assert.fail('the duplicate insert should fail'),
    (e: unknown) => e,
  )
  const logged = JSON.stringify(loggableError(error))
  assert.doesNotMatch(logged, /personne\.privee/)
  assert.match(logged, /23505/)
})

test('keeps input values quoted in a database error message out of the log (invalid uuid, date out of range)', async () => {
  const cases = [
    { value: 'gaspe-secret-ref', query: (v: string) => sql`select ${v}::uuid` },
    { value: '0000-01-01', query: (v: string) => sql`select ${v}::date` },
    { value: 'Marie-Secrète', query: (v: string) => sql`select ${v}::int` },
  ]
  for (const c of cases) {
    const error = await database.db.execute(c.query(c.value)).then(
      () => assert.fail(`${c.value} should not parse`),
      (e: unknown) => e,
    )
    const logged = JSON.stringify(loggableError(error))
    assert.ok(!logged.includes(c.value), `${c.value} leaked: ${logged}`)
    assert.match(logged, /"code":"22/, 'the SQLSTATE stays, for diagnosis')
  }
})

test('keeps detail, where and internal query of a driver error out of the log', () => {
  const error = Object.assign(new Error('value "secret-name" is not allowed'), {
    code: '22023',
    detail: 'Key (email)=(secret@example.org) already exists.',
    where: 'PL/pgSQL function f() line 3 at RAISE, SQL statement "insert into t values (\'secret-where\')"',
    internalQuery: "select 'secret-internal'",
    table: 'users',
    constraint: 'users_email_key',
  })
  const logged = JSON.stringify(loggableError(error))
  for (const secret of ['secret-name', 'secret@example.org', 'secret-where', 'secret-internal']) {
    assert.ok(!logged.includes(secret), `${secret} leaked: ${logged}`)
  }
  assert.match(logged, /users_email_key/, 'the constraint name stays')
})

test('tells an error to a person in one line: the wrapper, the masked message, the table and SQLSTATE', () => {
  const driver = Object.assign(new Error('invalid input syntax for type integer: "Marie-Secrète"'), {
    code: '22P02',
    where: 'COPY persons, line 3, column age: "Marie-Secrète"',
    schema: 'people',
    table: 'persons',
  })
  const text = safeErrorText(new Error('loading people.persons', { cause: driver }))
  assert.ok(!text.includes('Marie'), text)
  assert.equal(
    text,
    'loading people.persons: invalid input syntax for type integer: "…" (table people.persons, SQLSTATE 22P02)',
  )
  assert.equal(safeErrorText(new Error('disk full')), 'disk full')
})
