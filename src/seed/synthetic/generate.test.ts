import assert from 'node:assert/strict'
import { test } from 'node:test'
import { copyLine } from './copy.js'
import { dossierPlan } from './dossiers.js'
import { personColumns, personRow } from './persons.js'
import { shareOf, uuidFor } from './random.js'
import { stubWorld } from './synthetic.fixtures.js'

const given = personColumns.indexOf('given_name')
const birth = personColumns.indexOf('birth_date')

test('the same seed gives the same persons, another seed other persons', () => {
  const a = personRow(stubWorld(7), 0)
  assert.deepEqual(personRow(stubWorld(7), 0), a)
  const others = [1, 2, 3].map((i) => personRow(stubWorld(8), i))
  assert.notDeepEqual(personRow(stubWorld(8), 0).slice(given, birth + 1), a.slice(given, birth + 1))
  assert.ok(others.some((p) => p[given] !== a[given]))
})

test('names come from many origins, with accents and hyphens', () => {
  const names = Array.from({ length: 2000 }, (_, i) => personRow(stubWorld(1), i)).map(
    (p) => `${p[given]} ${p[given + 1]}`,
  )
  assert.ok(
    names.some((n) => /[éèêëïîôöüçñãõạ-ỹ]/i.test(n)),
    'some names carry accents',
  )
  assert.ok(
    names.some((n) => n.includes('-')),
    'some names carry hyphens',
  )
  assert.ok(new Set(names).size > 1000, 'names vary')
})

test('splits a total exactly over slots, unevenly', () => {
  const counts = Array.from({ length: 2401 }, (_, i) => shareOf(3, 1, 24_000, 2401, i))
  assert.equal(
    counts.reduce((s, n) => s + n, 0),
    24_000,
  )
  assert.ok(new Set(counts).size > 5)
})

test('gives each kind and index its own UUID', () => {
  const ids = new Set(Array.from({ length: 50_000 }, (_, i) => uuidFor(1, 3, i)))
  assert.equal(ids.size, 50_000)
  assert.match(uuidFor(1, 3, 0), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
})

test('a second dossier of a person opens after the first one', () => {
  const world = stubWorld(1)
  for (let d = world.sizes.persons; d < world.sizes.dossiers; d++) {
    const second = dossierPlan(world, d)
    assert.ok(second.opened > dossierPlan(world, second.personIndex).opened)
  }
})

test('escapes tabs, line breaks and backslashes in COPY rows, and writes null as \\N', () => {
  assert.equal(copyLine(['a\tb', 'c\nd\\', null, 3, true]), 'a\\tb\tc\\nd\\\\\t\\N\t3\ttrue\n')
})
