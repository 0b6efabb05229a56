import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import ExcelJS from 'exceljs'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { dashboardCharts } from './charts/index.js'
import { buildAqWorld, period } from './dashboard.test-world.js'

const app = await buildTestApp()
const world = await buildAqWorld(app.system, '=HYPERLINK("x") Accueil')
const [agent, advisor, director, admin] = [
  await app.userOf('agent', 'region', '11'),
  await app.userOf('advisor', 'region', '11'),
  await app.userOf('director', 'region', '11'),
  await app.userOf('admin', 'all'),
]
const pointAgent = await app.userOf('agent', 'service_point', world.pointA.id)
const q = `from=${period.from}&to=${period.to}`
const BASE = '/app/tableaux-de-bord'
const aqTitles = [
  'Nouveaux dossiers et personnes accompagnées par mois',
  'Besoins par volet',
  'Issues des références et délais de réponse par organisme',
]

const get = (user: typeof agent, url: string, cookies: Record<string, string> = {}) =>
  app.injectAs(user, { method: 'GET', url, cookies })

describe('the dashboard page, per role', () => {
  test('an agent sees the Accompagnement Québec charts with their tables and downloads, no employer chart', async () => {
    const res = await get(agent, `${BASE}?${q}`)
    assert.equal(res.statusCode, 200)
    for (const title of aqTitles) assert.ok(res.body.includes(title), title)
    for (const chart of dashboardCharts.filter((c) => !['people.read', 'partners.read'].includes(c.permission)))
      assert.ok(!res.body.includes(chart.title.fr), `not ${chart.key}`)
    assert.match(res.body, /<figure>[\s\S]*<svg[^>]*role="img"/)
    assert.match(res.body, /<figcaption>/)
    assert.match(res.body, /<caption>Données du graphique : Besoins par volet<\/caption>/)
    assert.match(res.body, /<th scope="row">Installation<\/th><td>2<\/td><td>2<\/td>/)
    assert.ok(res.body.includes(`${BASE}/graphiques/dossiers-par-mois.csv?from=2020-01-01&amp;to=2020-03-31`))
    assert.ok(res.body.includes(`${BASE}.pdf?from=2020-01-01&amp;to=2020-03-31`))
    assert.ok(
      res.body.includes('toutes les unités de service'),
      'the referral chart says the point filter does not apply',
    )
  })

  test('an advisor does not see the Accompagnement Québec charts; a director and an admin do', async () => {
    const res = await get(advisor, `${BASE}?${q}`)
    assert.equal(res.statusCode, 200)
    for (const title of aqTitles) assert.ok(!res.body.includes(title), title)
    for (const user of [director, admin]) {
      const page = await get(user, `${BASE}?${q}`)
      for (const title of aqTitles) assert.ok(page.body.includes(title), title)
    }
    const csv = await get(advisor, `${BASE}/graphiques/besoins-par-volet.csv?${q}`)
    assert.equal(csv.statusCode, 404, 'a chart the role may not see is not found')
  })

  test('without filters, the period is the current fiscal year; a chart with no rows says so', async () => {
    const res = await get(agent, BASE)
    assert.equal(res.statusCode, 200)
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date())
    const year = Number(today.slice(0, 4)) - (today.slice(5) < '04-01' ? 1 : 0)
    assert.ok(res.body.includes(`value="${year}-04-01"`), 'from April 1')
    assert.ok(res.body.includes(`value="${today}"`), 'to today')
    assert.ok(res.body.includes('Aucune donnée pour ces filtres'), 'no referral this year')
  })

  test('in English', async () => {
    const res = await get(agent, `${BASE}?${q}`, { escale_lang: 'en' })
    assert.equal(res.statusCode, 200)
    for (const title of ['New dossiers and persons accompanied per month', 'Needs by volet', 'Download the data (CSV)'])
      assert.ok(res.body.includes(title), title)
    assert.match(res.body, /<th scope="row">Settling in<\/th>/)
    assert.match(res.body, /<th scope="row">January 2020<\/th>/)
  })
})

describe('the filters', () => {
  const cases: [string, string, RegExp][] = [
    ['a date that is not one', 'from=2020-02-30&to=2020-03-31', /Entrez une date valide/],
    [
      'a period that ends before it starts',
      'from=2020-03-01&to=2020-01-31',
      /La fin de la période doit suivre son début/,
    ],
    ['an unknown region', `${q}&region=99`, /Région inconnue ou hors de votre portée/],
    ['a region outside the scope', `${q}&region=09`, /Région inconnue ou hors de votre portée/],
    ['a service point of another region', `${q}&servicePoint=${world.pointC.id}`, /Point de services inconnu/],
    ['a service point that is not an id', `${q}&servicePoint=abc`, /Point de services inconnu/],
  ]
  for (const [what, query, message] of cases) {
    test(`${what}: 400 with the message on the page, and on the downloads`, async () => {
      const res = await get(agent, `${BASE}?${query}`)
      assert.equal(res.statusCode, 400)
      assert.match(res.body, message)
      assert.ok(!res.body.includes('<svg'), 'no chart for a wrong filter')
      const csv = await get(agent, `${BASE}/graphiques/dossiers-par-mois.csv?${query}`)
      assert.equal(csv.statusCode, 400)
      const pdf = await get(agent, `${BASE}.pdf?${query}`)
      assert.equal(pdf.statusCode, 400)
    })
  }

  test('a service point narrows the charts of service points; an agent of one point is kept to it', async () => {
    const res = await get(agent, `${BASE}/graphiques/dossiers-par-mois.csv?${q}&servicePoint=${world.pointB.id}`)
    assert.equal(res.statusCode, 200)
    assert.ok(res.body.includes('2020-01,0,0\r\n2020-02,0,0\r\n2020-03,1,1'), res.body)
    const own = await get(pointAgent, `${BASE}/graphiques/dossiers-par-mois.csv?${q}`)
    assert.ok(own.body.includes('2020-01,1,1\r\n2020-02,0,0\r\n2020-03,0,0'), own.body)
    const other = await get(pointAgent, `${BASE}?${q}&servicePoint=${world.pointB.id}`)
    assert.equal(other.statusCode, 400)
  })
})

describe('the downloads', () => {
  test('CSV: UTF-8 with a BOM, comma-separated, the header in the reader’s language, formulas defused', async () => {
    const res = await get(agent, `${BASE}/graphiques/references-par-organisme.csv?${q}`)
    assert.equal(res.statusCode, 200)
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/)
    assert.match(String(res.headers['content-disposition']), /references-par-organisme_2020-01-01_2020-03-31\.csv/)
    const lines = res.body.split('\r\n')
    assert.equal(lines[0]!.charCodeAt(0), 0xfeff)
    assert.ok(lines[0]!.startsWith('\uFEFFOrganisme,Envoyées,En attente de réponse'))
    assert.equal(lines[1], `"'=HYPERLINK(""x"") Accueil",3,1,0,1,0,1,0,0,2`)
    const en = await get(agent, `${BASE}/graphiques/besoins-par-volet.csv?${q}`, { escale_lang: 'en' })
    assert.ok(en.body.startsWith('\uFEFFVolet,Needs assessed,Dossiers\r\nSettling in,2,2\r\n'))
  })

  test('XLSX: a header row and numbers typed as numbers, read back with exceljs', async () => {
    const res = await get(agent, `${BASE}/graphiques/dossiers-par-mois.xlsx?${q}`)
    assert.equal(res.statusCode, 200)
    assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    const sheet = book.worksheets[0]!
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), [
      'Mois',
      'Nouveaux dossiers',
      'Personnes accompagnées',
    ])
    assert.deepEqual((sheet.getRow(2).values as unknown[]).slice(1), ['2020-01', 1, 1])
    assert.deepEqual((sheet.getRow(3).values as unknown[]).slice(1), ['2020-02', 0, 0])
    assert.equal(sheet.rowCount, 4)
  })

  test('an unknown chart or file is not found; an anonymous visitor is sent to sign in whatever the file', async () => {
    for (const file of ['nope.csv', 'dossiers-par-mois.pdf', 'dossiers-par-mois']) {
      assert.equal((await get(agent, `${BASE}/graphiques/${file}?${q}`)).statusCode, 404, file)
      const anonymous = await app.injectAs(null, { method: 'GET', url: `${BASE}/graphiques/${file}?${q}` })
      assert.equal(anonymous.statusCode, 303, file)
      assert.match(String(anonymous.headers.location), /^\/app\/connexion/)
    }
  })

  test('the PDF of the dashboards', async () => {
    for (const lang of ['fr', 'en']) {
      const res = await get(director, `${BASE}.pdf?${q}`, { escale_lang: lang })
      assert.equal(res.statusCode, 200)
      assert.equal(res.headers['content-type'], 'application/pdf')
      assert.equal(res.rawPayload.subarray(0, 5).toString(), '%PDF-')
    }
  })
})
