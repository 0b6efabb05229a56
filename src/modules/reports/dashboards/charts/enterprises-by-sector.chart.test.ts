import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderChartSvg } from '../plot-svg.js'
import { buildTestApp } from '../../../../../test/build-test-app.js'
import { buildAdvisorService, buildEnterprise } from '../../../../../test/factories/employers.js'
import { enterprisesBySectorChart as chart } from './enterprises-by-sector.chart.js'

const app = await buildTestApp()
const db = app.system.db
const period = { from: '2019-08-01', to: '2021-06-30' }

async function enterpriseServedOn(regionCode: string, scianCode: string, ...dates: string[]) {
  const enterprise = await buildEnterprise(app.system, { regionCode, scianCode, mrcCode: null, city: 'Ailleurs' })
  for (const servedOn of dates) await buildAdvisorService(app.system, enterprise, { servedOn })
  return enterprise
}

test('counts the enterprises served in the period once each, by sector, bounds included', async () => {
  await enterpriseServedOn('02', '31-33', '2019-08-01') // the period's first day
  await enterpriseServedOn('02', '31-33', '2021-06-30', '2020-01-10') // its last day, twice served: counted once
  await enterpriseServedOn('02', '72', '2020-05-05')
  await enterpriseServedOn('02', '72', '2019-07-31') // the day before: not counted
  await enterpriseServedOn('02', '11', '2021-07-01') // the day after: not counted
  await enterpriseServedOn('02', '62') // never served
  await enterpriseServedOn('03', '72', '2020-05-05') // another region
  const rows = await chart.rows(db, { regionCodes: ['02'], ...period })
  assert.deepEqual(rows, [
    { sectorCode: '31-33', sectorFr: 'Fabrication', sectorEn: 'Manufacturing', enterprises: 2 },
    {
      sectorCode: '72',
      sectorFr: "Services d'hébergement et de restauration",
      sectorEn: 'Accommodation and food services',
      enterprises: 1,
    },
  ])
})

test('keeps the regions asked for: several, all, none', async () => {
  await enterpriseServedOn('04', '22', '2020-02-02')
  await enterpriseServedOn('05', '22', '2020-02-03')
  const count = async (regionCodes: 'all' | string[]) =>
    (await chart.rows(db, { regionCodes, ...period })).find((r) => r.sectorCode === '22')?.enterprises ?? 0
  assert.equal(await count(['04', '05']), 2)
  assert.equal(await count(['05']), 1)
  assert.equal(await count('all'), 2)
  assert.deepEqual(await chart.rows(db, { regionCodes: [], ...period }), [])
})

test('gives no rows for a region without enterprises served', async () => {
  await enterpriseServedOn('06', '31-33', '2018-01-01')
  assert.deepEqual(await chart.rows(db, { regionCodes: ['06'], ...period }), [])
})

test('draws the sectors and counts with French and English labels', async () => {
  await enterpriseServedOn('07', '72', '2020-05-05')
  await enterpriseServedOn('07', '72', '2020-06-05')
  await enterpriseServedOn('07', '11', '2020-06-05')
  const rows = await chart.rows(db, { regionCodes: ['07'], ...period })
  const fr = renderChartSvg(chart.plot(rows, 'fr'), { title: chart.title.fr, description: chart.description.fr })
  assert.match(fr, /<svg[^>]*role="img"/)
  assert.match(fr, /Agriculture, foresterie, pêche et chasse/)
  assert.match(fr, /Entreprises accompagnées/)
  assert.match(fr, />2</)
  const en = renderChartSvg(chart.plot(rows, 'en'), { title: chart.title.en, description: chart.description.en })
  assert.match(en, /Agriculture, forestry, fishing and hunting/)
  assert.match(en, /Enterprises accompanied/)
  assert.doesNotMatch(en, /foresterie/)
})
