import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../../test/build-test-app.js'
import { buildAdvisorService, buildEnterprise } from '../../../../../test/factories/employers.js'
import { buildAgreement, buildInstalment, buildOrganization } from '../../../../../test/factories/partners.js'

// The employer-services and funding charts on the dashboard page and in its downloads (the page is the dashboards'
// feature; these check that the four charts are listed, drawn, tabulated and exported for the roles that may see them).

const app = await buildTestApp()
const enterprise = await buildEnterprise(app.system, { scianCode: '72' })
await buildAdvisorService(app.system, enterprise, { servedOn: '2020-06-15' })
const agreement = await buildAgreement(app.system, await buildOrganization(app.system))
await buildInstalment(app.system, agreement.id, { amountCents: 1_234_500, paidOn: '2020-06-01' })
const [agent, advisor, director] = [
  await app.userOf('agent', 'region', '11'),
  await app.userOf('advisor', 'region', '11'),
  await app.userOf('director', 'region', '11'),
]
const BASE = '/app/tableaux-de-bord'
const q = 'from=2020-04-01&to=2021-03-31'
const employerTitles = [
  'Entreprises accompagnées par secteur',
  'Besoins de main-d’œuvre et embauches par grande catégorie de la CNP',
  'Mobilité interrégionale des personnes embauchées',
]
const fundingTitle = 'Ententes et versements par programme et exercice financier'
const get = (user: typeof agent, url: string) => app.injectAs(user, { method: 'GET', url })

test('an advisor and a director see the employer charts; an agent sees the funding chart only', async () => {
  for (const user of [advisor, director]) {
    const res = await get(user, `${BASE}?${q}`)
    assert.equal(res.statusCode, 200)
    for (const title of employerTitles) assert.ok(res.body.includes(title), title)
    assert.match(res.body, /Services d(&#39;|'|&#x27;)hébergement et de restauration/)
  }
  const res = await get(agent, `${BASE}?${q}`)
  for (const title of employerTitles) assert.ok(!res.body.includes(title), title)
  assert.ok(res.body.includes(fundingTitle))
})

test('the funding chart downloads in dollars; the employer charts are not found for an agent', async () => {
  const csv = await get(director, `${BASE}/graphiques/ententes-par-programme.csv?${q}`)
  assert.equal(csv.statusCode, 200)
  assert.match(csv.body, /PAC/)
  assert.match(csv.body, /2020-2021/)
  assert.match(csv.body, /50000/)
  assert.match(csv.body, /12345/)
  const refused = await get(agent, `${BASE}/graphiques/entreprises-par-secteur.csv?${q}`)
  assert.equal(refused.statusCode, 404)
})
