import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderChartSvg } from '../plot-svg.js'
import { buildTestApp } from '../../../../../test/build-test-app.js'
import {
  buildCandidateProfile,
  buildEnterprise,
  buildLabourNeed,
  buildPlacement,
} from '../../../../../test/factories/employers.js'
import { labourNeedsByCnpChart as chart } from './labour-needs-by-cnp.chart.js'

const app = await buildTestApp()
const db = app.system.db
const period = { from: '2019-08-01', to: '2021-06-30' }

/** A labour need of a region recorded at an instant, for `positions` positions of a unit group. */
async function needOf(regionCode: string, cnpCode: string, positions: number, createdAt: string) {
  const enterprise = await buildEnterprise(app.system, { regionCode, mrcCode: null, city: 'Ailleurs' })
  return buildLabourNeed(app.system, enterprise, { cnpCode, positions, createdAt: new Date(createdAt) })
}

async function hire(need: Awaited<ReturnType<typeof needOf>>, hiredOn: string) {
  const profile = await buildCandidateProfile(app.system)
  return buildPlacement(app.system, need, profile, { hiredOn })
}

test('sums the positions opened and counts the hires of the period by broad category, bounds included', async () => {
  // Québec civil dates: 2019-08-01 00:30 in Québec is 04:30 UTC; 2019-07-31 23:30 there is 03:30 UTC.
  const first = await needOf('02', '95106', 3, '2019-08-01T04:30:00Z')
  await needOf('02', '95106', 5, '2019-08-01T03:30:00Z') // still July 31 in Québec: not counted
  await needOf('02', '73300', 2, '2021-07-01T03:59:00Z') // June 30, 23:59 in Québec: counted
  await needOf('02', '73300', 7, '2021-07-01T04:00:00Z') // July 1 in Québec: not counted
  await needOf('03', '95106', 11, '2020-01-01T12:00:00Z') // another region
  await hire(first, '2019-08-01')
  await hire(first, '2021-06-30')
  await hire(first, '2021-07-01') // after the period
  const old = await needOf('02', '31301', 1, '2018-01-01T12:00:00Z') // opened before: only its hire counts
  await hire(old, '2020-03-03')
  const rows = await chart.rows(db, { regionCodes: ['02'], ...period })
  assert.deepEqual(
    rows.map((r) => [r.categoryCode, r.positions, r.hires]),
    [
      ['3', 0, 1],
      ['7', 2, 0],
      ['9', 3, 2],
    ],
  )
  const nine = rows.find((r) => r.categoryCode === '9')!
  assert.equal(nine.categoryEn, 'Occupations in manufacturing and utilities')
  assert.match(String(nine.categoryFr), /fabrication/i)
})

test('keeps the regions asked for: several, all, none; zero rows when nothing happened', async () => {
  await needOf('04', '41200', 4, '2020-02-02T12:00:00Z')
  await needOf('05', '41200', 6, '2020-02-02T12:00:00Z')
  const positions = async (regionCodes: 'all' | string[]) =>
    (await chart.rows(db, { regionCodes, ...period })).find((r) => r.categoryCode === '4')?.positions
  assert.equal(await positions(['04', '05']), 10)
  assert.equal(await positions(['05']), 6)
  assert.equal(await positions('all'), 10)
  assert.deepEqual(await chart.rows(db, { regionCodes: [], ...period }), [])
  assert.deepEqual(await chart.rows(db, { regionCodes: ['06'], ...period }), [])
})

test('draws both series with their words, in French and English', async () => {
  const need = await needOf('07', '95106', 4, '2020-02-02T12:00:00Z')
  await hire(need, '2020-03-01')
  const rows = await chart.rows(db, { regionCodes: ['07'], ...period })
  const fr = renderChartSvg(chart.plot(rows, 'fr'), { title: chart.title.fr, description: chart.description.fr })
  assert.match(fr, /<svg[^>]*role="img"/)
  assert.match(fr, /4 postes/)
  assert.match(fr, /1 embauche</)
  assert.match(fr, new RegExp(String(rows[0]!.categoryFr).slice(0, 12)))
  const en = renderChartSvg(chart.plot(rows, 'en'), { title: chart.title.en, description: chart.description.en })
  assert.match(en, /4 positions/)
  assert.match(en, /1 hire</)
  assert.match(en, /Occupations in manufacturing/)
})
