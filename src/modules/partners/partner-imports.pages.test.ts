import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eq } from 'drizzle-orm'
import { buildTestApp, csrfToken, type TestUser } from '../../../test/build-test-app.js'
import { buildAgreement, buildOrganization } from '../../../test/factories/partners.js'
import { localActions } from './actions/action.schema.js'

const app = await buildTestApp()
const PAGE = '/app/partenaires/importer'

function upload(entity: string, csv: string) {
  const boundary = '----escale-test'
  const part = (name: string, value: string, file = false) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? '; filename="a.csv"\r\nContent-Type: text/csv' : ''}\r\n\r\n${value}\r\n`
  const payload = `${part('_csrf', csrfToken)}${part('entity', entity)}${part('file', csv, true)}--${boundary}--\r\n`
  const headers = { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-csrf-token': '' }
  return { method: 'POST' as const, url: PAGE, payload, headers }
}
const page = (user: TestUser, query = '') => app.injectAs(user, { method: 'GET', url: `${PAGE}${query}` })

test('directors open the partners import page in French and English, with its three entities and the nav link', async () => {
  const director = await app.userOf('director', 'region', '11')
  const fr = await page(director)
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /<h1[^>]*>Importer des organismes, ententes et actions<\/h1>/)
  for (const label of ['Organismes', 'Ententes', 'Actions locales']) assert.match(fr.body, new RegExp(`>${label}<`))
  assert.match(fr.body, /value="organizations"[^>]*checked/)
  assert.match(fr.body, new RegExp(`href="${PAGE}"`))
  const en = await page(director, '?lang=en')
  assert.match(en.body, /<h1[^>]*>Import organizations, agreements and actions<\/h1>/)
  assert.match(en.body, />Local actions</)
})

test('a file of local actions naming an agreement of the region is imported; a bad row refuses the file', async () => {
  const director = await app.userOf('director', 'region', '11')
  const organization = await buildOrganization(app.system)
  const agreement = await buildAgreement(app.system, organization)
  const header = 'agreement_reference,kind,title,start_on,end_on,immigrant_participants,total_participants'
  const good = `${agreement.reference},intercultural_meals,Souper importé,2020-10-01,2020-10-01,12,40`
  const refused = await app.injectAs(
    director,
    upload('actions', `${header}\n${good}\nINCONNUE,pairing,Jumelage,2020-11-01,2020-11-01,,`),
  )
  assert.equal(refused.statusCode, 400)
  assert.match(refused.body, /agreement_reference/)
  const count = async () =>
    (await app.system.db.select().from(localActions).where(eq(localActions.agreementId, agreement.id))).length
  assert.equal(await count(), 0)
  const ok = await app.injectAs(director, upload('actions', `${header}\n${good}\n`))
  assert.equal(ok.statusCode, 200)
  assert.match(ok.body, /Une ligne importée/)
  assert.equal(await count(), 1)
})

test('staff without partners.manage may not import', async () => {
  for (const role of ['agent', 'advisor'] as const) {
    const user = await app.userOf(role, 'region', '11')
    assert.equal((await page(user)).statusCode, 403, role)
    assert.equal((await app.injectAs(user, upload('actions', 'agreement_reference\nX'))).statusCode, 403, role)
  }
})
