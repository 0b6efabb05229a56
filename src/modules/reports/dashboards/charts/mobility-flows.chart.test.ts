import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderChartSvg } from '../plot-svg.js'
import { buildTestApp } from '../../../../../test/build-test-app.js'
import { buildPerson } from '../../../../../test/factories/people.js'
import {
  buildCandidateProfile,
  buildEnterprise,
  buildLabourNeed,
  buildPlacement,
} from '../../../../../test/factories/employers.js'
import { mobilityFlowsChart as chart } from './mobility-flows.chart.js'

const app = await buildTestApp()
const db = app.system.db
const period = { from: '2019-08-01', to: '2021-06-30' }

/** A hire on a day of a candidate living in `origin` for a position in `region`. */
async function hire(origin: string, region: string, hiredOn: string) {
  const enterprise = await buildEnterprise(app.system, { regionCode: region, mrcCode: null, city: 'Ailleurs' })
  const need = await buildLabourNeed(app.system, enterprise)
  const person = await buildPerson(app.system, { regionCode: origin })
  const profile = await buildCandidateProfile(app.system, { person })
  return buildPlacement(app.system, need, profile, { hiredOn })
}

test('counts the hires from another region by origin and destination, bounds included', async () => {
  await hire('06', '11', '2019-08-01') // the period's first day
  await hire('06', '11', '2021-06-30') // its last day
  await hire('06', '11', '2019-07-31') // the day before: not counted
  await hire('06', '11', '2021-07-01') // the day after: not counted
  await hire('03', '11', '2020-10-10')
  await hire('11', '11', '2020-10-10') // lived in the region: not a move
  await hire('11', '09', '2020-10-10') // a move out of the region, to a position elsewhere: not the region's
  const rows = await chart.rows(db, { regionCodes: ['11'], ...period })
  assert.deepEqual(rows, [
    { originCode: '06', regionCode: '11', flow: 'Montréal → Gaspésie–Îles-de-la-Madeleine', hires: 2 },
    { originCode: '03', regionCode: '11', flow: 'Capitale-Nationale → Gaspésie–Îles-de-la-Madeleine', hires: 1 },
  ])
})

test('keeps the regions asked for: several, all, none; zero rows when nothing moved', async () => {
  await hire('01', '02', '2020-01-01')
  await hire('01', '04', '2020-01-01')
  const flows = async (regionCodes: 'all' | string[]) =>
    (await chart.rows(db, { regionCodes, ...period })).filter((r) => r.originCode === '01').map((r) => r.regionCode)
  assert.deepEqual(await flows(['02', '04']), ['02', '04'])
  assert.deepEqual(await flows(['04']), ['04'])
  assert.deepEqual(await flows('all'), ['02', '04'])
  assert.deepEqual(await chart.rows(db, { regionCodes: [], ...period }), [])
  assert.deepEqual(await chart.rows(db, { regionCodes: ['17'], ...period }), [])
})

test('draws each flow with its count, axis in French and English', async () => {
  await hire('13', '12', '2020-01-01')
  await hire('13', '12', '2020-02-01')
  await hire('13', '12', '2020-03-01')
  const rows = await chart.rows(db, { regionCodes: ['12'], ...period })
  const fr = renderChartSvg(chart.plot(rows, 'fr'), { title: chart.title.fr, description: chart.description.fr })
  assert.match(fr, /<svg[^>]*role="img"/)
  assert.match(fr, /Laval → Chaudière-Appalaches/)
  assert.match(fr, />3</)
  assert.match(fr, /Embauches interrégionales/)
  const en = renderChartSvg(chart.plot(rows, 'en'), { title: chart.title.en, description: chart.description.en })
  assert.match(en, /Laval → Chaudière-Appalaches/)
  assert.match(en, /Interregional hires/)
})
