import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildAgreement, buildOrganization } from '../../../../test/factories/partners.js'
import { buildDossier, buildIntervention } from '../../../../test/factories/people.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'

const t = await buildTestApp()
const get = (url: string) => t.injectAs(null, { method: 'GET', url })

// Fiscal year 2020-2021: 3 persons in Gaspésie (11), 9 in Côte-Nord (09); a program whose name looks like a formula.
for (const [region, count] of [
  ['11', 3],
  ['09', 9],
] as const) {
  const point = await buildServicePoint(t.system, { regionCode: region })
  for (let i = 0; i < count; i++) {
    const dossier = await buildDossier(t.system, { regionCode: region, servicePointId: point.id })
    await buildIntervention(t.system, dossier, { occurredOn: '2020-10-01' })
  }
}
await t.system.db.execute(
  sql`insert into partners.programs (code, name_fr, name_en, valid_from) values ('ZZ', '=1+1', '@SUM(A1)', '2019-04-01')`,
)
await buildAgreement(t.system, await buildOrganization(t.system, { regionCode: '11' }), { programCode: 'ZZ' })

test('the French and English pages describe the data, the suppression rule, each set and its downloads', async () => {
  for (const [url, words] of [
    [
      '/fr/donnees-ouvertes',
      [
        'Données ouvertes',
        '« &lt;5 »',
        'personnes_accompagnees',
        '/fr/donnees-ouvertes/embauches.csv',
        'CC BY 4.0',
        'Période couverte : 2019-2020 …',
      ],
    ],
    ['/en/open-data', ['Open data', '&lt;5', 'Persons accompanied', '/en/open-data/dictionnaire.json', 'operator']],
  ] as const) {
    const res = await get(url)
    assert.equal(res.statusCode, 200, url)
    for (const w of words) assert.ok(res.body.includes(w), `${url} lacks ${w}`)
    assert.match(res.body, /<caption>/)
  }
  // The file names are the sets' stable identifiers (French in both URLs); the English page's link texts are English.
  const en = (await get('/en/open-data')).body
  assert.match(
    en,
    /<a href="\/en\/open-data\/personnes-accompagnees\.csv" download>Download Persons accompanied \(CSV\)<\/a>/,
  )
  assert.match(en, /<a href="\/en\/open-data\/dictionnaire\.json" download>Download Data dictionary \(JSON\)<\/a>/)
  for (const link of en.matchAll(/<a [^>]*href="\/en\/open-data\/[^"]*"[^>]*>([^<]*)<\/a>/g))
    assert.doesNotMatch(link[1]!, /dictionnaire|personnes|ententes|embauches|Télécharger/, link[1])
  const home = await get('/fr')
  assert.match(home.body, /href="\/fr\/donnees-ouvertes"/, 'the footer links to the open data')
})

test('a set downloads as CSV and JSON, computed live, with "<5", its complementary cell and the Québec total', async () => {
  const csv = await get('/fr/donnees-ouvertes/personnes-accompagnees.csv')
  assert.equal(csv.statusCode, 200)
  assert.match(String(csv.headers['content-type']), /text\/csv/)
  const lines = csv.body.trim().split('\r\n')
  assert.equal(lines[0], 'annee_financiere,code_region,region_fr,region_en,personnes_accompagnees')
  assert.ok(lines.some((l) => l.startsWith('2020-2021,11,') && l.endsWith(',<5')))
  assert.ok(lines.some((l) => l.startsWith('2020-2021,09,') && l.endsWith(',x')))
  assert.ok(lines.some((l) => l.startsWith('2020-2021,00,Ensemble du Québec,') && l.endsWith(',12')))

  const json = await get('/en/open-data/personnes-accompagnees.json')
  assert.equal(json.statusCode, 200)
  const body = json.json() as { dataset: string; rows: Record<string, unknown>[] }
  assert.equal(body.dataset, 'personnes-accompagnees')
  const row = body.rows.find((r) => r.annee_financiere === '2020-2021' && r.code_region === '00')
  assert.equal(row?.personnes_accompagnees, 12)
})

test('formula-looking names are guarded in CSV', async () => {
  const csv = await get('/en/open-data/ententes.csv')
  assert.equal(csv.statusCode, 200)
  assert.ok(csv.body.includes(",ZZ,'=1+1,'@SUM(A1),"), 'the program names are prefixed with a quote')
})

test('the dictionary downloads as CSV and JSON; an unknown set or file is 404', async () => {
  const dict = await get('/fr/donnees-ouvertes/dictionnaire.json')
  assert.equal(dict.statusCode, 200)
  const names = (dict.json() as { datasets: { name: string }[] }).datasets.map((d) => d.name)
  assert.ok(names.includes('embauches') && names.includes('actions-locales'))
  const csv = await get('/en/open-data/dictionnaire.csv')
  assert.match(csv.body, /^jeu_de_donnees,colonne,type/)
  for (const url of ['/fr/donnees-ouvertes/inconnu.csv', '/en/open-data/embauches.xlsx', '/en/open-data/..%2Fetc.csv'])
    assert.equal((await get(url)).statusCode, 404, url)
})
