import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { createTestDatabase } from '../../../test/db.js'
import { queryRows } from './database.js'

const database = await createTestDatabase()

test('returns the same JS values on the embedded database and on PostgreSQL', async () => {
  const [row] = await queryRows<Record<string, unknown>>(
    database.db,
    sql`select 42::int8 as big, count(*) as n, '2024-02-29'::date as d, '2024-01-01T12:00:00Z'::timestamptz as ts, 1.5::numeric as num, true as b`,
  )
  assert.equal(row!.big, 42)
  assert.equal(row!.n, 1)
  assert.equal(row!.d, '2024-02-29')
  // Raw SQL keeps timestamps as text (Drizzle maps typed columns to Date); both sessions run in UTC.
  assert.equal(row!.ts, '2024-01-01 12:00:00+00')
  assert.equal(row!.b, true)
})

test('sorts French text with the fr_icu collation and has pg_trgm and unaccent', async () => {
  const rows = await queryRows<{ x: string }>(
    database.db,
    sql`select x from (values ('zèbre'), ('Élise'), ('eau'), ('école')) v(x) order by x collate fr_icu`,
  )
  assert.deepEqual(
    rows.map((r) => r.x),
    ['eau', 'école', 'Élise', 'zèbre'],
  )
  const [u] = await queryRows<{ u: string; s: number }>(
    database.db,
    sql`select unaccent('Îles-de-la-Madeleine') as u, similarity('gaspesie', 'gaspésie') > 0 as s`,
  )
  assert.equal(u!.u, 'Iles-de-la-Madeleine')
  assert.equal(u!.s, true)
})
