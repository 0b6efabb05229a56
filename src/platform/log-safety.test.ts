import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { createTestDatabase } from '../../test/db.js'
import { loggableError } from './log-safety.js'

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
