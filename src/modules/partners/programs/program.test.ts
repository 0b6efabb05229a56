import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildOrganization } from '../../../../test/factories/partners.js'
import { createAgreement } from '../agreements/agreement.service.js'
import { validInput } from '../agreements/agreement.test-world.js'
import { listPrograms } from './program.service.js'

const app = await buildTestApp()
const admin = await app.userOf('admin', 'all')
const director = await app.userOf('director', 'region', '11')
const PAGE = '/app/admin/programmes'
const post = (url: string, payload: Record<string, string>, user = admin) =>
  app.injectAs(user, { method: 'POST', url, payload })

test('an admin adds a program and a volet, closes the volet, and a new agreement can no longer use it', async () => {
  const list = await app.injectAs(admin, { method: 'GET', url: PAGE })
  assert.equal(list.statusCode, 200)
  assert.match(list.body, /PASI — Programme d’accompagnement/)
  const added = await post(`${PAGE}/nouveau`, {
    code: 'tst',
    nameFr: 'Programme essai',
    nameEn: 'Test program',
    validFrom: '2019-04-01',
  })
  assert.equal(added.statusCode, 303)
  const volet = await post(`${PAGE}/volets/nouveau`, {
    programCode: 'TST',
    code: 'A',
    nameFr: 'Volet A',
    nameEn: 'Component A',
    validFrom: '2019-04-01',
  })
  assert.equal(volet.statusCode, 303)
  const tst = (await listPrograms(app.system)).find((p) => p.code === 'TST')!
  assert.equal(tst.volets.length, 1)
  const closed = await post(`${PAGE}/volets/${tst.volets[0]!.id}/fermer`, { validTo: '2021-04-01' })
  assert.equal(closed.statusCode, 303)
  const org = await buildOrganization(app.system)
  const input = await validInput(app.system, org.id, { programCode: 'TST', voletId: tst.volets[0]!.id })
  await createAgreement(app.system, input) // starts 2020-04-01: the volet was in force
  await assert.rejects(
    createAgreement(app.system, {
      ...input,
      reference: `${input.reference}-b`,
      startOn: '2021-04-01',
      endOn: '2022-03-31',
      amounts: [{ fiscalYear: 2021, amountCents: 1 }],
    }),
    (e: { fields?: Record<string, unknown> }) => Boolean(e.fields?.voletId),
  )
  const en = await app.injectAs(admin, { method: 'GET', url: `${PAGE}?lang=en` })
  assert.match(en.body, /Closed — since April 1, 2019 until April 1, 2021/)
  const fr = await app.injectAs(admin, { method: 'GET', url: PAGE })
  assert.match(fr.body, /depuis le 1\S* avril 2019 jusqu’au 1\S* avril 2021/)
  const director = await app.userOf('director', 'region', '11')
  const form = await app.injectAs(director, { method: 'GET', url: '/app/ententes/nouvelle' })
  assert.match(form.body, /\(fermé le 1\S* avril 2021\)/)
})

test('bad program forms come back with their errors; a taken code is a conflict', async () => {
  const bad = await post(`${PAGE}/nouveau`, { code: 'a b', nameFr: '', nameEn: 'x', validFrom: '2019-13-01' })
  assert.equal(bad.statusCode, 400)
  assert.match(bad.body, /Lettres, chiffres, tirets seulement/)
  const taken = await post(`${PAGE}/nouveau`, { code: 'pac', nameFr: 'x', nameEn: 'x', validFrom: '2019-04-01' })
  assert.equal(taken.statusCode, 409)
  const early = await post(`${PAGE}/PAC/fermer`, { validTo: '2000-01-01' })
  assert.equal(early.statusCode, 400)
})

test('only admins manage programs; every staff reads them through the API', async () => {
  assert.equal((await app.injectAs(director, { method: 'GET', url: PAGE })).statusCode, 403)
  assert.equal(
    (await post(`${PAGE}/nouveau`, { code: 'X', nameFr: 'x', nameEn: 'x', validFrom: '2019-04-01' }, director))
      .statusCode,
    403,
  )
  const api = await app.injectAs(director, { method: 'GET', url: '/api/v1/programs' })
  assert.equal(api.statusCode, 200)
})
