import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildAction, buildAgreement, buildOrganization } from '../../../../test/factories/partners.js'
import { countActionsByKind, listActionsInPeriod } from '../index.js'

const app = await buildTestApp()
// Each test uses its own region so their actions never mix.
async function agreementIn(regionCode: string) {
  return buildAgreement(app.system, await buildOrganization(app.system, { regionCode }))
}

test('counts an action when its dates overlap the period, both ends included', async () => {
  const agreement = await agreementIn('02')
  const cases: [string, string, boolean][] = [
    ['2020-06-30', '2020-06-30', false], // ends the day before the period
    ['2020-06-25', '2020-07-01', true], // ends on its first day
    ['2020-07-15', '2020-07-15', true], // inside
    ['2020-06-01', '2020-09-30', true], // spans the whole period
    ['2020-08-31', '2020-09-02', true], // starts on its last day
    ['2020-09-01', '2020-09-01', false], // starts the day after
  ]
  for (const [startOn, endOn, counted] of cases) {
    await buildAction(app.system, agreement, { startOn, endOn, title: `${startOn} ${endOn} ${counted}` })
  }
  const listed = await listActionsInPeriod(app.system.db, ['02'], '2020-07-01', '2020-08-31')
  const expected = cases.filter(([, , counted]) => counted).map(([s, e]) => `${s} ${e} true`)
  assert.deepEqual(listed.map((a) => a.title).sort(), expected.sort())
  const [meals] = await countActionsByKind(app.system.db, ['02'], '2020-07-01', '2020-08-31')
  assert.equal(meals?.count, 4)
})

test('counts per kind in catalogue order, kinds without actions absent, participants summed (unknown as 0)', async () => {
  const agreement = await agreementIn('03')
  const at = { startOn: '2020-10-10', endOn: '2020-10-10' }
  await buildAction(app.system, agreement, {
    ...at,
    kindCode: 'welcome_guides',
    immigrantParticipants: null,
    totalParticipants: null,
  })
  await buildAction(app.system, agreement, {
    ...at,
    kindCode: 'pairing',
    immigrantParticipants: 5,
    totalParticipants: 10,
  })
  await buildAction(app.system, agreement, {
    ...at,
    kindCode: 'pairing',
    immigrantParticipants: 7,
    totalParticipants: 7,
  })
  await buildAction(app.system, agreement, { ...at, kindCode: 'intercultural_meals' })
  const counts = await countActionsByKind(app.system.db, ['03'], '2020-04-01', '2021-03-31')
  assert.deepEqual(
    counts.map((c) => [c.code, c.count, c.immigrantParticipants, c.totalParticipants]),
    [
      ['intercultural_meals', 1, 20, 45],
      ['pairing', 2, 12, 17],
      ['welcome_guides', 1, 0, 0],
    ],
  )
  assert.equal(counts[1]?.nameFr, 'Jumelage linguistique et interculturel')
})

test('counts only the regions asked for, and nothing for no region', async () => {
  const agreement = await agreementIn('04')
  await buildAction(app.system, agreement, { startOn: '2020-10-10', endOn: '2020-10-10' })
  assert.equal((await countActionsByKind(app.system.db, ['05'], '2020-01-01', '2021-12-31')).length, 0)
  assert.equal((await countActionsByKind(app.system.db, [], '2020-01-01', '2021-12-31')).length, 0)
  assert.equal((await countActionsByKind(app.system.db, ['04', '05'], '2020-01-01', '2021-12-31'))[0]?.count, 1)
})
