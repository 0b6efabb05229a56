import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import type { Ctx } from '../../access/index.js'
import { referrals } from '../../people/referrals/referral.schema.js'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildAdvisorService, buildEnterprise } from '../../../../test/factories/employers.js'
import { buildDossier, buildIntervention, buildPerson } from '../../../../test/factories/people.js'
import { buildConsent, buildOrganization } from '../../../../test/factories/referrals.js'
import type { IndicatorProgress } from './target.contracts.js'
import { listTargetProgress, setTargets } from './target.service.js'

// Each indicator's actual value against factory data, one region per indicator so the tests do not see each other.
const app = await buildTestApp()
const at = (iso: string): Ctx => ({ ...app.system, now: new Date(iso) })

async function indicatorsOf(ctx: Ctx, regionCode: string, fiscalYear = 2020) {
  const [region] = await listTargetProgress(ctx, { regionCode, fiscalYear })
  return new Map(region!.indicators.map((i): [string, IndicatorProgress] => [i.indicator, i]))
}

describe('persons and enterprises accompanied (the Bilan’s rules) in a fiscal year', () => {
  before(async () => {
    const dossier = await buildDossier(app.system, { regionCode: '12' })
    const other = await buildDossier(app.system, { regionCode: '12' })
    const outside = await buildDossier(app.system, { regionCode: '12' })
    for (const occurredOn of ['2020-04-01', '2021-03-31']) await buildIntervention(app.system, dossier, { occurredOn })
    await buildIntervention(app.system, other, { occurredOn: '2020-11-02' })
    await buildIntervention(app.system, outside, { occurredOn: '2020-03-31' })
    await buildIntervention(app.system, outside, { occurredOn: '2021-04-01' })
    const [a, b] = [
      await buildEnterprise(app.system, { regionCode: '12' }),
      await buildEnterprise(app.system, { regionCode: '12' }),
    ]
    await buildAdvisorService(app.system, a, { servedOn: '2020-05-01' })
    await buildAdvisorService(app.system, a, { servedOn: '2020-06-01' })
    await buildAdvisorService(app.system, b, { servedOn: '2021-04-02' })
  })

  test('counts each person and enterprise once, bounds of the fiscal year included', async () => {
    const i = await indicatorsOf(at('2026-11-27T15:00:00Z'), '12')
    assert.equal(i.get('persons_accompanied')!.actual, 2)
    assert.equal(i.get('enterprises_accompanied')!.actual, 1)
  })

  test('counts to date while the year runs (up to today in Québec)', async () => {
    // 2020-11-02 04:00 UTC is still November 1 in Québec: the intervention of November 2 is not counted yet.
    const [region] = await listTargetProgress(at('2020-11-02T04:00:00Z'), { regionCode: '12', fiscalYear: 2020 })
    assert.equal(region!.to, '2020-11-01')
    assert.equal(region!.indicators[0]!.actual, 1)
  })

  test('progress of a count against its target', async () => {
    await setTargets(app.system, {
      regionCode: '12',
      fiscalYear: 2020,
      targets: [
        { indicator: 'persons_accompanied', value: '4' },
        { indicator: 'enterprises_accompanied', value: '1' },
      ],
    })
    const i = await indicatorsOf(at('2026-11-27T15:00:00Z'), '12')
    assert.deepEqual([i.get('persons_accompanied')!.progress, i.get('persons_accompanied')!.reached], [0.5, false])
    assert.deepEqual([i.get('enterprises_accompanied')!.progress, i.get('enterprises_accompanied')!.reached], [1, true])
  })
})

describe('share of first meetings within 5 working days', () => {
  before(async () => {
    const dossier = (startsOn: string, firstMeetingOn: string | null) =>
      buildDossier(app.system, { regionCode: '13', startsOn, openedOn: startsOn, firstMeetingOn })
    // Fête nationale (Wednesday 2020-06-24) is not a working day: the 5th working day after June 22 is June 30.
    await dossier('2020-06-22', '2020-06-30')
    await dossier('2020-06-22', '2020-07-02')
    await dossier('2020-09-01', null) // never met, due date long passed: counted, not on time
    await dossier('2021-03-30', null) // due 2021-04-07: not counted yet on 2021-04-01
    await dossier('2020-03-31', '2020-04-01') // opened in the previous fiscal year
  })

  test('counts on time across a statutory holiday; a dossier without a first meeting counts once it is due', async () => {
    const share = (await indicatorsOf(at('2021-04-01T15:00:00Z'), '13')).get('first_meeting_within_5_days')!
    assert.deepEqual([share.numerator, share.denominator, share.actual], [1, 3, 33.3])
    const later = (await indicatorsOf(at('2021-04-20T15:00:00Z'), '13')).get('first_meeting_within_5_days')!
    assert.deepEqual([later.numerator, later.denominator, later.actual], [1, 4, 25])
  })

  test('reached when the exact share is at least the target', async () => {
    const set = (value: string) =>
      setTargets(app.system, {
        regionCode: '13',
        fiscalYear: 2020,
        targets: [{ indicator: 'first_meeting_within_5_days', value }],
      })
    await set('33,33')
    let share = (await indicatorsOf(at('2021-04-01T15:00:00Z'), '13')).get('first_meeting_within_5_days')!
    assert.deepEqual([share.target, share.reached], [33.33, true])
    await set('33.34')
    share = (await indicatorsOf(at('2021-04-01T15:00:00Z'), '13')).get('first_meeting_within_5_days')!
    assert.deepEqual([share.target, share.reached], [33.34, false])
  })
})

describe('share of referrals closed with an outcome', () => {
  before(async () => {
    const dossier = await buildDossier(app.system, { regionCode: '14' })
    const consent = await buildConsent(app.system, dossier.personId, 'referral_sharing')
    const organization = await buildOrganization(app.system, { regionCode: '14' })
    const referral = (status: (typeof referrals.$inferInsert)['status'], outcome: string | null, sentAt: string) =>
      app.system.db.insert(referrals).values({
        dossierId: dossier.id,
        regionCode: '14',
        organizationId: organization.id,
        serviceWanted: 'Logement',
        needIds: [],
        stepIds: [],
        consentId: consent.id,
        status,
        outcome,
        answerDueOn: '2020-12-31',
        sentAt: new Date(sentAt),
      })
    await referral('completed', 'Logement trouvé.', '2020-06-01T14:00:00Z')
    await referral('not_completed', 'La personne a déménagé.', '2020-07-01T14:00:00Z')
    await referral('completed', '  ', '2020-07-02T14:00:00Z') // closed, no outcome written
    for (const status of ['declined', 'expired', 'cancelled'] as const)
      await referral(status, null, '2020-08-01T14:00:00Z')
    for (const status of ['rerouted', 'sent', 'received', 'accepted', 'in_progress'] as const)
      await referral(status, null, '2020-08-01T14:00:00Z')
    // 2020-04-01 02:00 UTC is March 31 in Québec: sent in the previous fiscal year.
    await referral('completed', 'Fait.', '2020-04-01T02:00:00Z')
  })

  test('counts closed loops (not re-routed, not open) sent in the year, and those with an outcome', async () => {
    const share = (await indicatorsOf(at('2026-11-27T15:00:00Z'), '14')).get('referrals_closed_with_outcome')!
    assert.deepEqual([share.numerator, share.denominator, share.actual], [2, 6, 33.3])
  })
})

test('a share without a denominator is no data, not 0 %; a count is 0', async () => {
  await buildPerson(app.system, { regionCode: '15' })
  const i = await indicatorsOf(at('2026-11-27T15:00:00Z'), '15')
  const share = i.get('referrals_closed_with_outcome')!
  assert.deepEqual([share.actual, share.numerator, share.denominator, share.progress], [null, 0, 0, null])
  assert.equal(i.get('first_meeting_within_5_days')!.actual, null)
  assert.equal(i.get('persons_accompanied')!.actual, 0)
})
