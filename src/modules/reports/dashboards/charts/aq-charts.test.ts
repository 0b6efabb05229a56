import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp, type TestApp } from '../../../../../test/build-test-app.js'
import type { DashboardFilter } from '../chart.js'
import { buildAqWorld, period } from '../dashboard.test-world.js'
import { renderChartSvg } from '../plot-svg.js'
import { dossiersPerMonthChart } from './dossiers-per-month.chart.js'
import { needsByVoletChart } from './needs-by-volet.chart.js'
import { referralOutcomesChart } from './referral-outcomes.chart.js'

const app: TestApp = await buildTestApp()
const world = await buildAqWorld(app.system)
const region11: DashboardFilter = { regionCodes: ['11'], ...period }

test('new dossiers and persons accompanied per month: every month of the period, zeros included, region 11 only', async () => {
  const rows = await dossiersPerMonthChart.rows(app.system.db, region11)
  assert.deepEqual(rows, [
    { month: '2020-01', newDossiers: 1, personsAccompanied: 1 },
    { month: '2020-02', newDossiers: 0, personsAccompanied: 0 },
    { month: '2020-03', newDossiers: 1, personsAccompanied: 1 },
  ])
})

test('per month: the service-point filter keeps its own dossiers and interventions; every region adds Côte-Nord', async () => {
  const pointB = await dossiersPerMonthChart.rows(app.system.db, { ...region11, servicePointId: world.pointB.id })
  assert.deepEqual(
    pointB.map((r) => [r.newDossiers, r.personsAccompanied]),
    [
      [0, 0],
      [0, 0],
      [1, 1],
    ],
  )
  const all = await dossiersPerMonthChart.rows(app.system.db, { ...region11, regionCodes: 'all' })
  assert.deepEqual(all[0], { month: '2020-01', newDossiers: 2, personsAccompanied: 2 })
  const none = await dossiersPerMonthChart.rows(app.system.db, { ...region11, regionCodes: [] })
  assert.deepEqual(
    none.map((r) => r.newDossiers),
    [0, 0, 0],
  )
})

test('needs by volet: the four volets in the plan’s order, needs and dossiers counted, another region left out', async () => {
  const rows = await needsByVoletChart.rows(app.system.db, region11)
  assert.deepEqual(rows, [
    { volet: 'installation', needs: 2, dossiers: 2 },
    { volet: 'francisation', needs: 1, dossiers: 1 },
    { volet: 'employment', needs: 0, dossiers: 0 },
    { volet: 'community', needs: 0, dossiers: 0 },
  ])
  const pointA = await needsByVoletChart.rows(app.system.db, { ...region11, servicePointId: world.pointA.id })
  assert.deepEqual(
    pointA.map((r) => r.needs),
    [1, 1, 0, 0],
  )
  const february = await needsByVoletChart.rows(app.system.db, { ...region11, from: '2020-02-01', to: '2020-02-29' })
  assert.deepEqual(
    february.map((r) => r.needs),
    [0, 0, 0, 0],
  )
})

test('referral outcomes by organization: counts per outcome and the median days to answer, in the period', async () => {
  const rows = await referralOutcomesChart.rows(app.system.db, region11)
  assert.equal(rows.length, 1, 'the Côte-Nord organization is left out')
  assert.deepEqual(rows[0], {
    organization: 'Accueil Gaspé',
    sent: 3,
    awaiting: 1,
    accepted: 0,
    completed: 1,
    notCompleted: 0,
    declined: 1,
    expired: 0,
    withdrawn: 0,
    medianDays: 2,
  })
  const all = await referralOutcomesChart.rows(app.system.db, { ...region11, regionCodes: 'all' })
  assert.deepEqual(
    all.map((r) => [r.organization, r.sent]),
    [
      ['Accueil Gaspé', 3],
      ['Organisme de Sept-Îles', 1],
    ],
  )
})

test('each chart draws an SVG with role="img", its title and description, and its figures as text', async () => {
  for (const chart of [dossiersPerMonthChart, needsByVoletChart, referralOutcomesChart]) {
    for (const lang of ['fr', 'en'] as const) {
      const rows = await chart.rows(app.system.db, region11)
      const svg = renderChartSvg(chart.plot(rows, lang), {
        title: chart.title[lang],
        description: chart.description[lang],
        id: chart.key,
      })
      assert.match(svg, /^<svg[^>]*role="img"/)
      assert.match(svg, new RegExp(`<title id="chart-${chart.key}-title">`))
      assert.ok(svg.includes('<desc'), 'a description')
      assert.ok(!/<script/i.test(svg), 'no script')
      assert.ok(!svg.includes('<style'), 'no inline style (the pages’ Content-Security-Policy refuses it)')
      assert.equal(
        svg,
        renderChartSvg(chart.plot(rows, lang), {
          title: chart.title[lang],
          description: chart.description[lang],
          id: chart.key,
        }),
        'stable markup',
      )
    }
  }
  const fr = renderChartSvg(needsByVoletChart.plot(await needsByVoletChart.rows(app.system.db, region11), 'fr'), {
    title: 'Besoins',
    description: 'Par volet',
  })
  for (const label of ['Installation', 'Francisation', 'Intégration à la collectivité', '>2<', '>1<']) {
    assert.ok(fr.includes(label), `the SVG shows ${label}`)
  }
  const en = renderChartSvg(
    dossiersPerMonthChart.plot(await dossiersPerMonthChart.rows(app.system.db, region11), 'en'),
    {
      title: 'Monthly',
      description: 'Two series',
    },
  )
  assert.ok(en.includes('New dossiers') && en.includes('Persons accompanied'), 'series named in the chart')
  assert.ok(en.includes('stroke-dasharray'), 'the second series is dashed, not only coloured')
  assert.ok(en.includes('Jan 2020') && en.includes('Feb 2020'), 'months named on the axis')
})

test('the SVG escapes what it names', () => {
  const svg = renderChartSvg(
    referralOutcomesChart.plot(
      [{ organization: '<script>alert(1)</script> & Cie', sent: 1, awaiting: 1, medianDays: null }],
      'fr',
    ),
    { title: 'A <b>title</b>', description: 'x & y' },
  )
  assert.ok(!svg.includes('<script>'))
  assert.ok(svg.includes('&lt;script&gt;'))
  assert.ok(svg.includes('A &lt;b&gt;title&lt;/b&gt;'))
})
