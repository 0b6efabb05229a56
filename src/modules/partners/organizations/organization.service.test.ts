import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { AppError } from '../../../platform/errors.js'
import { listPublicOrganizations } from './organization.queries.js'
import { createOrganization } from './organization.service.js'

const app = await buildTestApp()
let n = 0
const organization = (website: string) =>
  createOrganization(app.system, { name: `Organisme ${++n}`, kind: 'community', regionCode: '11', website })

test('refuses a website that is not an http(s) address, with a message in both languages on the field', async () => {
  for (const website of [
    'javascript:alert(1)',
    ' JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:info@example.org',
    'ftp://example.org/',
    'www.example.org',
    '/fr/regions/laval',
  ]) {
    await assert.rejects(organization(website), (e: unknown) => {
      assert.ok(e instanceof AppError, website)
      assert.equal(e.kind, 'invalid', website)
      assert.match(e.fields?.website?.fr ?? '', /^Adresse Web invalide : .*https:\/\//, website)
      assert.match(e.fields?.website?.en ?? '', /^Invalid web address: .*https:\/\//, website)
      return true
    })
  }
  const listed = await listPublicOrganizations(app.system.db, '11')
  assert.deepEqual(listed, [], 'nothing was created')
})

test('accepts https and http addresses, trimmed, and lists them publicly', async () => {
  const secure = await organization('  https://www.accueil-perce.example/fr  ')
  const plain = await organization('http://carrefour.example')
  const listed = await listPublicOrganizations(app.system.db, '11')
  assert.equal(listed.find((o) => o.id === secure.id)?.website, 'https://www.accueil-perce.example/fr')
  assert.equal(listed.find((o) => o.id === plain.id)?.website, 'http://carrefour.example')
})

test('a website stored before addresses were checked is not given to the public site as a link', async () => {
  const org = await organization('https://avant.example')
  await app.system.db.execute(
    sql`update partners.organizations set website = 'javascript:alert(1)' where id = ${org.id}`,
  )
  const listed = await listPublicOrganizations(app.system.db, '11')
  const found = listed.find((o) => o.id === org.id)
  assert.ok(found, 'the organization is still listed')
  assert.equal(found.website, null)
})
