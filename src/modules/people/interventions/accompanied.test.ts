import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildDossier, buildIntervention, buildPerson } from '../../../../test/factories/people.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'
import { countPersonsAccompanied, listPersonsAccompanied } from './accompanied.js'

const app = await buildTestApp()
const db = app.system.db

// Each case is a small world in its own pair of regions (so cases do not see each other): the persons' interventions
// as [person, dossier, region, date], and how many persons the rule counts in region 'A' over 2021-01-01..2021-06-30.
type Case = {
  name: string
  interventions: [person: number, dossier: number, region: 'A' | 'B', on: string][]
  expected: number
}
const cases: Case[] = [
  { name: 'an intervention on the first day counts', interventions: [[1, 1, 'A', '2021-01-01']], expected: 1 },
  { name: 'an intervention on the last day counts', interventions: [[1, 1, 'A', '2021-06-30']], expected: 1 },
  { name: 'one day before the period does not count', interventions: [[1, 1, 'A', '2020-12-31']], expected: 0 },
  { name: 'one day after the period does not count', interventions: [[1, 1, 'A', '2021-07-01']], expected: 0 },
  {
    name: 'two interventions of one person count once',
    interventions: [
      [1, 1, 'A', '2021-02-01'],
      [1, 1, 'A', '2021-03-01'],
    ],
    expected: 1,
  },
  {
    name: 'two dossiers of one person count once',
    interventions: [
      [1, 1, 'A', '2021-02-01'],
      [1, 2, 'A', '2021-03-01'],
    ],
    expected: 1,
  },
  { name: 'another region’s intervention does not count', interventions: [[1, 1, 'B', '2021-02-01']], expected: 0 },
  {
    name: 'two persons count twice',
    interventions: [
      [1, 1, 'A', '2021-02-01'],
      [2, 2, 'A', '2021-02-01'],
    ],
    expected: 2,
  },
]
// Region pairs unused by other tests of this file: one pair per case.
const regionPairs = [
  ['01', '02'],
  ['03', '04'],
  ['05', '06'],
  ['07', '08'],
  ['09', '10'],
  ['12', '13'],
  ['14', '15'],
  ['16', '17'],
]

test('counts a person accompanied when one of their dossiers had an intervention in the period, in the region', async () => {
  for (const [i, c] of cases.entries()) {
    const [a, b] = regionPairs[i]!
    const regionOf = { A: a!, B: b! }
    const persons = new Map<number, string>()
    const dossiers = new Map<number, Awaited<ReturnType<typeof buildDossier>>>()
    for (const [p, d, region, on] of c.interventions) {
      if (!persons.has(p)) persons.set(p, (await buildPerson(app.system, { regionCode: a! })).id)
      if (!dossiers.has(d))
        dossiers.set(d, await buildDossier(app.system, { regionCode: a!, personId: persons.get(p)! }))
      const sp = await buildServicePoint(app.system, { regionCode: regionOf[region] })
      await buildIntervention(app.system, dossiers.get(d)!, {
        occurredOn: on,
        regionCode: regionOf[region],
        servicePointId: sp.id,
      })
    }
    const query = { regionCodes: [a!], from: '2021-01-01', to: '2021-06-30' }
    assert.equal(await countPersonsAccompanied(db, query), c.expected, c.name)
    const ids = await listPersonsAccompanied(db, query)
    assert.equal(ids.length, c.expected, c.name)
    assert.ok(
      ids.every((id) => [...persons.values()].includes(id)),
      c.name,
    )
  }
})

test('counts every region with "all", and nothing for no region', async () => {
  const d = await buildDossier(app.system, { regionCode: '11' })
  await buildIntervention(app.system, d, { occurredOn: '1999-05-05' })
  const period = { from: '1999-05-05', to: '1999-05-05' }
  assert.equal(await countPersonsAccompanied(db, { regionCodes: 'all', ...period }), 1)
  assert.equal(await countPersonsAccompanied(db, { regionCodes: [], ...period }), 0)
  assert.deepEqual(await listPersonsAccompanied(db, { regionCodes: ['11'], ...period }), [d.personId])
})
