import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { buildTestApp, type TestUser } from '../../../../test/build-test-app.js'
import { buildDossier } from '../../../../test/factories/people.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'

const app = await buildTestApp()
let agent: TestUser

before(async () => {
  agent = await app.userOf('agent', 'region', '11')
})

const get = (url: string) => app.injectAs(agent, { method: 'GET', url })

test('with no service point open in another region, the transfer page says so and shows no form', async () => {
  const d = await buildDossier(app.system, { regionCode: '11' })
  const none = await get(`/app/dossiers/${d.id}/transfert`)
  assert.equal(none.statusCode, 200)
  assert.match(none.body, /class="qc-notice qc-information"/)
  assert.match(none.body, /Aucun point de services d’une autre région n’est en activité/)
  assert.doesNotMatch(none.body, /name="servicePointId"/)
  assert.match(none.body, new RegExp(`href="/app/dossiers/${d.id}">Retour au dossier`))
  const en = await get(`/app/dossiers/${d.id}/transfert?lang=en`)
  assert.match(en.body, /No service point of another region is in operation/)

  await buildServicePoint(app.system, { regionCode: '01', name: 'Rimouski centre' })
  const some = await get(`/app/dossiers/${d.id}/transfert`)
  assert.match(some.body, /name="servicePointId"/)
  assert.match(some.body, /Rimouski centre/)
})

test('reopening a dossier that is not closed answers 409 with the reason, and no confirmation', async () => {
  const d = await buildDossier(app.system, { regionCode: '11' })
  const res = await get(`/app/dossiers/${d.id}/rouvrir`)
  assert.equal(res.statusCode, 409)
  assert.match(res.body, /Ce dossier n’est pas fermé : il n’y a rien à rouvrir\./)
  assert.doesNotMatch(res.body, /Rouvrir ce dossier \?/)
  const closed = await buildDossier(app.system, { regionCode: '11', status: 'closed', closedOn: '2021-05-03' })
  const confirm = await get(`/app/dossiers/${closed.id}/rouvrir`)
  assert.equal(confirm.statusCode, 200)
  assert.match(confirm.body, /Rouvrir ce dossier \?/)
})

test('a closed dossier shows when and why it closed, and no next follow-up', async () => {
  const d = await buildDossier(app.system, {
    regionCode: '11',
    status: 'closed',
    closedOn: '2021-05-03',
    closureReason: 'goals_met',
    nextFollowUpOn: '2001-01-01',
  })
  const fr = (await get(`/app/dossiers/${d.id}`)).body
  assert.match(fr, /<dt>Fermé le<\/dt><dd>3 mai 2021<\/dd>/)
  assert.match(fr, /<dt>Raison de la fermeture<\/dt><dd>Objectifs atteints<\/dd>/)
  assert.doesNotMatch(fr, /Prochain suivi/)
  const en = (await get(`/app/dossiers/${d.id}?lang=en`)).body
  assert.match(en, /<dt>Closed on<\/dt><dd>May 3, 2021<\/dd>/)

  const open = await buildDossier(app.system, { regionCode: '11', nextFollowUpOn: '2031-01-06' })
  assert.match((await get(`/app/dossiers/${open.id}`)).body, /<dt>Prochain suivi<\/dt><dd>6 janvier 2031<\/dd>/)
})
