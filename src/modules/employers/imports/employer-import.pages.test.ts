import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eq } from 'drizzle-orm'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import { buildEnterprise, testNeq } from '../../../../test/factories/employers.js'
import { labourNeeds } from '../needs/labour-need.schema.js'

const app = await buildTestApp()
const PAGE = '/app/admin/import-entreprises'

function upload(entity: string, csv: string) {
  const boundary = '----escale-test'
  const part = (name: string, value: string, file = false) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? '; filename="e.csv"\r\nContent-Type: text/csv' : ''}\r\n\r\n${value}\r\n`
  const payload = `${part('_csrf', csrfToken)}${part('entity', entity)}${part('file', csv, true)}--${boundary}--\r\n`
  const headers = { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-csrf-token': '' }
  return { method: 'POST' as const, url: PAGE, payload, headers }
}
const page = (user: TestUser, query = '') => app.injectAs(user, { method: 'GET', url: `${PAGE}${query}` })

test('admins open the employers import page in French and English, with both entities, their columns and the nav link', async () => {
  const admin = await app.userOf('admin', 'all')
  const fr = await page(admin)
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /<h1[^>]*>Importer des entreprises et des besoins de main-d’œuvre<\/h1>/)
  for (const label of ['Entreprises', 'Besoins de main-d’œuvre']) assert.match(fr.body, new RegExp(`>${label}<`))
  assert.match(fr.body, /value="enterprises"[^>]*checked/)
  for (const column of ['legal_name', 'neq', 'enterprise_neq', 'cnp_code'])
    assert.match(fr.body, new RegExp(`<code>${column}</code>`))
  assert.match(fr.body, new RegExp(`href="${PAGE}"`))
  const en = await page(admin, '?lang=en')
  assert.match(en.body, /<h1[^>]*>Import enterprises and labour needs<\/h1>/)
  assert.match(en.body, />Labour needs</)
})

test('a labour needs file is imported; a bad row refuses the whole file with its line and column', async () => {
  const admin = await app.userOf('admin', 'all')
  const enterprise = await buildEnterprise(app.system, { neq: testNeq() })
  const header = 'enterprise_neq,title,cnp_code,positions,employment_type'
  const good = `${enterprise.neq},Préposé importé,94142,3,seasonal`
  const refused = await app.injectAs(
    admin,
    upload('labour-needs', `${header}\n${good}\n${enterprise.neq},Aucun,94142,0,seasonal`),
  )
  assert.equal(refused.statusCode, 400)
  assert.match(refused.body, /<td>3<\/td><td>positions<\/td><td>Un nombre entier de postes, de 1 à 10 000\.<\/td>/)
  const count = async () =>
    (await app.system.db.select().from(labourNeeds).where(eq(labourNeeds.enterpriseId, enterprise.id))).length
  assert.equal(await count(), 0)
  const ok = await app.injectAs(admin, upload('labour-needs', `${header}\n${good}\n`))
  assert.equal(ok.statusCode, 200)
  assert.match(ok.body, /Une ligne importée/)
  assert.equal(await count(), 1)
})

test('staff without employers.import may not open the page nor post a file', async () => {
  for (const role of ['agent', 'advisor', 'director'] as const) {
    const user = await app.userOf(role, 'region', '11')
    assert.equal((await page(user)).statusCode, 403, role)
    assert.equal((await app.injectAs(user, upload('enterprises', 'legal_name\nX'))).statusCode, 403, role)
  }
})
