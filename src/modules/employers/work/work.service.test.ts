import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { type Ctx, Scope } from '../../access/index.js'
import { buildTestApp, type TestUser } from '../../../../test/build-test-app.js'
import {
  buildAdvisorService,
  buildCandidateProfile,
  buildEnterprise,
  buildLabourNeed,
  buildProposal,
} from '../../../../test/factories/employers.js'
import { submitEmployerRequest } from '../requests/employer-request.service.js'
import { getEmployerWork } from './work.service.js'

const app = await buildTestApp()
// Thursday 26 November 2026, Québec time; each test works in a region of its own so its counts are its own.
const NOW = new Date('2026-11-26T17:00:00Z')
const TODAY = '2026-11-26'
let advisor: TestUser
let colleague: TestUser
let director: TestUser

const userId = (u: TestUser) => (u.actor.kind === 'user' ? u.actor.userId : '')
const ctxOf = (user: TestUser, region: string): Ctx => ({
  ...app.system,
  actor: user.actor,
  scope: Scope.ofRegions('region', [region]),
  now: NOW,
})
const titles = (items: { title: string }[]) => items.map((i) => i.title)

before(async () => {
  advisor = await app.userOf('advisor', 'region', '05')
  colleague = await app.userOf('advisor', 'region', '05')
  director = await app.userOf('director', 'region', '05')
})

const enterpriseIn = (regionCode: string, legalName: string) =>
  buildEnterprise(app.system, { regionCode, mrcCode: null, city: 'Sherbrooke', legalName })

describe('follow-ups due', () => {
  test('lists follow-ups up to seven days ahead, overdue ones flagged; not done ones only; not another region’s', async () => {
    const e = await enterpriseIn('04', 'Suivis inc.')
    const other = await enterpriseIn('06', 'Ailleurs inc.')
    const cases: [string, string, boolean][] = [
      ['2026-11-25', 'yesterday', true],
      ['2026-11-26', 'today', true],
      ['2026-12-03', 'in seven days', true],
      ['2026-12-04', 'in eight days', false],
    ]
    for (const [followUpOn, outcome] of cases)
      await buildAdvisorService(app.system, e, { followUpOn, outcome, servedOn: '2026-11-01' })
    await buildAdvisorService(app.system, e, { followUpOn: '2026-11-20', servedOn: '2026-11-01', followUpDoneAt: NOW })
    await buildAdvisorService(app.system, other, { followUpOn: TODAY, servedOn: '2026-11-01' })
    const user = await app.userOf('advisor', 'region', '04')
    const work = await getEmployerWork(ctxOf(user, '04'))
    const list = work.follow_up
    assert.equal(list.total, 3)
    assert.equal(list.overdue, 1, 'only the one dated before today')
    assert.deepEqual(
      list.items.map((i) => [i.on, i.overdue]),
      [
        ['2026-11-25', true],
        ['2026-11-26', false],
        ['2026-12-03', false],
      ],
    )
    assert.ok(list.items.every((i) => i.linkId === e.id && i.title === 'Suivis inc.'))
  })
})

describe('open needs without a proposal', () => {
  test('lists open and partially filled needs nobody was proposed for; not filled, cancelled or proposed ones', async () => {
    const e = await enterpriseIn('07', 'Besoins inc.')
    await buildLabourNeed(app.system, e, { title: 'Ouvert sans proposition' })
    await buildLabourNeed(app.system, e, { title: 'Partiel sans proposition', status: 'partially_filled' })
    await buildLabourNeed(app.system, e, { title: 'Pourvu', status: 'filled' })
    await buildLabourNeed(app.system, e, { title: 'Annulé', status: 'cancelled' })
    const proposed = await buildLabourNeed(app.system, e, { title: 'Avec proposition' })
    await buildProposal(app.system, proposed, await buildCandidateProfile(app.system), { status: 'declined' })
    const user = await app.userOf('advisor', 'region', '07')
    const work = await getEmployerWork(ctxOf(user, '07'))
    assert.deepEqual(titles(work.need_without_proposal.items).sort(), [
      'Ouvert sans proposition',
      'Partiel sans proposition',
    ])
    assert.ok(work.need_without_proposal.items.every((i) => i.enterprise === 'Besoins inc.' && i.detail === '95106'))
  })
})

describe('proposals waiting for an answer', () => {
  test('lists proposed and interview ones, oldest first; not hired or declined ones', async () => {
    const e = await enterpriseIn('08', 'Propositions inc.')
    const need = await buildLabourNeed(app.system, e, { title: 'Poste attendu' })
    const statuses = [
      ['proposed', '2026-11-10'],
      ['interview', '2026-10-01'],
      ['hired', '2026-09-01'],
      ['declined', '2026-09-02'],
    ] as const
    const made = []
    for (const [status, proposedOn] of statuses)
      made.push(await buildProposal(app.system, need, await buildCandidateProfile(app.system), { status, proposedOn }))
    const user = await app.userOf('advisor', 'region', '08')
    const work = await getEmployerWork(ctxOf(user, '08'))
    assert.deepEqual(
      work.proposal_waiting.items.map((i) => [i.id, i.on, i.detail]),
      [
        [made[1]!.id, '2026-10-01', 'interview'],
        [made[0]!.id, '2026-11-10', 'proposed'],
      ],
    )
  })
})

describe('new employer requests and whose items', () => {
  test('lists new requests (not handled ones) to advisors only; the caller’s own items first, or only theirs', async () => {
    const e = await enterpriseIn('05', 'Mes suivis inc.')
    await buildAdvisorService(app.system, e, { followUpOn: '2026-11-20', servedOn: '2026-11-01', outcome: 'theirs' })
    const mine = await buildAdvisorService(app.system, e, {
      followUpOn: '2026-11-24',
      servedOn: '2026-11-01',
      advisorId: userId(advisor),
    })
    await buildAdvisorService(app.system, e, {
      followUpOn: '2026-11-21',
      servedOn: '2026-11-01',
      advisorId: userId(colleague),
    })
    const base = {
      city: 'Magog',
      regionCode: '05',
      contactName: 'Ana',
      email: 'a@b.example',
      language: 'fr',
      message: 'Aide',
    } as const
    const request = await submitEmployerRequest(app.system, { ...base, enterpriseName: 'Nouvelle demande' })
    const work = await getEmployerWork(ctxOf(advisor, '05'))
    assert.equal(work.follow_up.items[0]!.id, mine.id, 'mine first')
    assert.ok(work.follow_up.items[0]!.mine)
    assert.equal(work.follow_up.items.length, 3)
    assert.deepEqual(
      work.request.items.map((i) => i.linkId),
      [request.id],
    )
    const onlyMine = await getEmployerWork(ctxOf(advisor, '05'), 'mine')
    assert.deepEqual(
      onlyMine.follow_up.items.map((i) => i.id),
      [mine.id],
    )
    assert.equal(onlyMine.request.total, 1, 'requests nobody holds stay in “mine”')
    const directors = await getEmployerWork(ctxOf(director, '05'))
    assert.equal(directors.follow_up.total, 3)
    assert.equal(directors.request.total, 0, 'directors do not handle employer requests')
  })

  test('refuses callers without employers.read', async () => {
    const agent = await app.userOf('agent', 'region', '05')
    await assert.rejects(getEmployerWork(ctxOf(agent, '05')), { kind: 'forbidden' })
  })
})
