import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildDossier, buildPerson } from '../../../../test/factories/people.js'
import { buildAgreement } from '../../../../test/factories/partners.js'
import { buildConsent, buildOrganization } from '../../../../test/factories/referrals.js'
import { referralResponseTime } from './referral-response.queries.js'
import { referrals } from './referral.schema.js'

const app = await buildTestApp()
const agent = await app.userOf('agent', 'region', '11')
const page = (url: string) => app.injectAs(agent, { method: 'GET', url })

/** Referrals to one organization: sent and answered at these instants (Québec noon unless an instant is given). */
async function world(sent: [sentOn: string, answeredOn: string | null][]) {
  const org = await buildOrganization(app.system)
  const person = await buildPerson(app.system)
  const dossier = await buildDossier(app.system, { personId: person.id })
  const consent = await buildConsent(app.system, person.id, 'referral_sharing')
  const at = (d: string) => new Date(`${d}T16:00:00Z`)
  for (const [sentOn, answeredOn] of sent)
    await app.system.db.insert(referrals).values({
      dossierId: dossier.id,
      regionCode: '11',
      organizationId: org.id,
      serviceWanted: 'Logement',
      needIds: [],
      stepIds: [],
      consentId: consent.id,
      status: answeredOn ? 'accepted' : 'sent',
      answerDueOn: sentOn,
      sentAt: at(sentOn),
      answeredAt: answeredOn ? at(answeredOn) : null,
    })
  return org
}

test('the median of the days to answer, over referrals sent in the period, and those still unanswered', async () => {
  const org = await world([
    ['2020-05-01', '2020-05-03'], // 2 days
    ['2020-06-01', '2020-06-11'], // 10 days
    ['2020-07-01', '2020-07-05'], // 4 days
    ['2020-08-01', null],
    ['2019-01-01', '2019-03-01'], // before the period: left out
  ])
  const time = await referralResponseTime(app.system.db, org.id, '2020-04-01', '2021-03-31')
  assert.deepEqual(time, { answered: 3, unanswered: 1, medianDays: 4 })
})

test('an even count takes the middle of the two middle delays; no referral gives no median', async () => {
  const org = await world([
    ['2020-05-01', '2020-05-02'],
    ['2020-05-01', '2020-05-04'],
  ])
  assert.equal((await referralResponseTime(app.system.db, org.id, '2020-01-01', '2020-12-31')).medianDays, 2)
  const empty = await referralResponseTime(app.system.db, org.id, '2022-01-01', '2022-12-31')
  assert.deepEqual(empty, { answered: 0, unanswered: 0, medianDays: null })
})

test('the agreement page shows the response time when the agreement funds referrals (the people section), not otherwise', async () => {
  const org = await world([['2020-05-01', null]])
  const funding = await buildAgreement(app.system, org, { programCode: 'PASI', fundsReferrals: true })
  const fr = await page(`/app/ententes/${funding.id}`)
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /Délai de réponse aux références/)
  assert.match(fr.body, /<dt>Références sans réponse<\/dt><dd>1<\/dd>/)
  const en = await page(`/app/ententes/${funding.id}?lang=en`)
  assert.match(en.body, /Referral response time/)
  const other = await buildAgreement(app.system, org)
  assert.doesNotMatch((await page(`/app/ententes/${other.id}`)).body, /Délai de réponse/)
})
