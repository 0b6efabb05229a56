import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { eq, sql } from 'drizzle-orm'
import { queryRows } from '../../../platform/db/database.js'
import { buildTestApp } from '../../../../test/build-test-app.js'
import {
  buildCandidateProfile,
  buildEnterprise,
  buildLabourNeed,
  buildPlacement,
  buildProposal,
} from '../../../../test/factories/employers.js'
import { buildPerson } from '../../../../test/factories/people.js'
import { buildConsent } from '../../../../test/factories/referrals.js'
import { type Ctx, Scope } from '../../access/index.js'
import type { AppError } from '../../../platform/errors.js'
import { countMobilityFlows, countPlacements } from '../index.js'
import { labourNeeds } from '../needs/labour-need.schema.js'
import { answerProposal } from './proposal-answer.service.js'
import { createProposal, getProposalOrThrow } from './proposal.service.js'
import { listMobilityFlows } from './placement.service.js'
import { placements } from './proposal.schema.js'

const app = await buildTestApp()
const advisor = await app.userOf('advisor', 'region', '11')
/** The advisor of Gaspésie–Îles-de-la-Madeleine, at a fresh instant (each move is its own moment). */
const asAdvisor = (): Ctx => ({
  ...app.system,
  actor: advisor.actor,
  scope: Scope.ofRegions('region', ['11']),
  now: new Date(),
})
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date())

async function world(positions = 2) {
  const enterprise = await buildEnterprise(app.system)
  const need = await buildLabourNeed(app.system, enterprise, { positions })
  const profile = await buildCandidateProfile(app.system)
  return { enterprise, need, profile }
}

async function needStatus(id: string) {
  const [row] = await app.system.db
    .select({ status: labourNeeds.status })
    .from(labourNeeds)
    .where(eq(labourNeeds.id, id))
  return row!.status
}

async function placementsOf(proposalId: string) {
  return app.system.db.select().from(placements).where(eq(placements.proposalId, proposalId))
}

async function rejects(promise: Promise<unknown>, kind: string, field?: string) {
  await assert.rejects(promise, (e: { kind: string; fields?: Record<string, unknown> }) => {
    assert.equal(e.kind, kind)
    if (field) assert.ok(e.fields?.[field], `field ${field}`)
    return true
  })
}

describe('proposing a candidate', () => {
  test('records the proposal with its first event and names the candidate', async () => {
    const { need, profile } = await world()
    const p = await createProposal(asAdvisor(), { labourNeedId: need.id, profileId: profile.id })
    assert.equal(p.status, 'proposed')
    assert.equal(p.proposedOn, today())
    assert.ok(p.candidateName)
    const details = await getProposalOrThrow(asAdvisor(), p.id)
    assert.deepEqual(
      details.events.map((e) => [e.fromStatus, e.toStatus]),
      [[null, 'proposed']],
    )
  })

  test('refuses a second proposal of the same candidate for the same need (409)', async () => {
    const { need, profile } = await world()
    await createProposal(asAdvisor(), { labourNeedId: need.id, profileId: profile.id })
    await rejects(
      createProposal(asAdvisor(), { labourNeedId: need.id, profileId: profile.id }),
      'conflict',
      'profileId',
    )
  })

  test('refuses a candidate whose job-matching consent was withdrawn', async () => {
    const { need } = await world()
    const person = await buildPerson(app.system, { regionCode: '11' })
    await buildConsent(app.system, person.id, 'job_matching', { withdrawnAt: new Date() })
    const profile = await buildCandidateProfile(app.system, { person, consent: false })
    await rejects(createProposal(asAdvisor(), { labourNeedId: need.id, profileId: profile.id }), 'invalid', 'profileId')
  })

  test('refuses a candidate of another region who would not move here, accepts one who would', async () => {
    const { need } = await world()
    const away = await buildCandidateProfile(app.system, { currentRegionCode: '06' })
    await rejects(createProposal(asAdvisor(), { labourNeedId: need.id, profileId: away.id }), 'invalid', 'profileId')
    const mobile = await buildCandidateProfile(app.system, { currentRegionCode: '06', mobilityRegionCodes: ['11'] })
    const p = await createProposal(asAdvisor(), { labourNeedId: need.id, profileId: mobile.id })
    assert.equal(p.status, 'proposed')
  })

  test('with several regions, refuses a candidate who would move only to another of them (not to the need’s)', async () => {
    const { need } = await world()
    const twoRegions = { ...asAdvisor(), scope: Scope.ofRegions('region', ['01', '11']) }
    const toBasSaintLaurent = await buildCandidateProfile(app.system, {
      currentRegionCode: '06',
      mobilityRegionCodes: ['01'],
    })
    const refused = createProposal(twoRegions, { labourNeedId: need.id, profileId: toBasSaintLaurent.id })
    await assert.rejects(refused, (e: AppError) =>
      /n’a pas déclaré vouloir s’installer/.test(String(e.fields?.profileId?.fr)),
    )
    const inBasSaintLaurent = await buildCandidateProfile(app.system, { currentRegionCode: '01' })
    const p = await createProposal(twoRegions, { labourNeedId: need.id, profileId: inBasSaintLaurent.id })
    assert.equal(p.status, 'proposed', 'a candidate of the caller’s own regions is matchable')
  })

  test('refuses a filled or cancelled need (409) and hides another region’s need (404)', async () => {
    const { enterprise, profile } = await world()
    for (const status of ['filled', 'cancelled'] as const) {
      const need = await buildLabourNeed(app.system, enterprise, { status })
      await rejects(createProposal(asAdvisor(), { labourNeedId: need.id, profileId: profile.id }), 'conflict')
    }
    const elsewhere = await buildEnterprise(app.system, { regionCode: '01', mrcCode: null, city: 'Rimouski' })
    const need = await buildLabourNeed(app.system, elsewhere)
    await rejects(createProposal(asAdvisor(), { labourNeedId: need.id, profileId: profile.id }), 'not_found')
  })
})

describe('answers and hires', () => {
  test('interview then hire writes a placement and the need follows (partially filled, then filled)', async () => {
    const { need, profile } = await world(2)
    const p = await createProposal(asAdvisor(), { labourNeedId: need.id, profileId: profile.id })
    await answerProposal(asAdvisor(), p.id, { move: 'interview', on: today() })
    const hired = await answerProposal(asAdvisor(), p.id, { move: 'hired', on: today() })
    assert.equal(hired.status, 'hired')
    assert.ok(hired.placementId)
    const [placement] = await placementsOf(p.id)
    assert.equal(placement!.positionTitle, need.title)
    assert.equal(placement!.cnpCode, need.cnpCode)
    assert.equal(placement!.regionCode, '11')
    assert.equal(placement!.originRegionCode, '11')
    assert.equal(await needStatus(need.id), 'partially_filled')
    const other = await buildCandidateProfile(app.system)
    const p2 = await createProposal(asAdvisor(), { labourNeedId: need.id, profileId: other.id })
    await answerProposal(asAdvisor(), p2.id, {
      move: 'hired',
      on: today(),
      positionTitle: 'Trancheur',
      employmentType: 'permanent',
    })
    assert.equal(await needStatus(need.id), 'filled')
    const [second] = await placementsOf(p2.id)
    assert.equal(second!.positionTitle, 'Trancheur')
    assert.equal(second!.employmentType, 'permanent')
  })

  test('taking back a hire removes its placement and re-derives the need’s status', async () => {
    const { need, profile } = await world(1)
    const p = await createProposal(asAdvisor(), { labourNeedId: need.id, profileId: profile.id })
    await answerProposal(asAdvisor(), p.id, { move: 'interview', on: today() })
    await answerProposal(asAdvisor(), p.id, { move: 'hired', on: today() })
    assert.equal(await needStatus(need.id), 'filled')
    const back = await answerProposal(asAdvisor(), p.id, { move: 'revert', on: today() })
    assert.equal(back.status, 'interview')
    assert.equal(back.placementId, null)
    assert.equal((await placementsOf(p.id)).length, 0)
    assert.equal(await needStatus(need.id), 'open')
    const again = await answerProposal(asAdvisor(), p.id, { move: 'revert', on: today() })
    assert.equal(again.status, 'proposed')
    assert.equal(again.answeredOn, null)
    const details = await getProposalOrThrow(asAdvisor(), p.id)
    assert.deepEqual(
      details.events.map((e) => e.toStatus),
      ['proposed', 'interview', 'hired', 'interview', 'proposed'],
    )
  })

  test('a decline needs a reason; taken back, the proposal waits again', async () => {
    const { need, profile } = await world()
    const p = await createProposal(asAdvisor(), { labourNeedId: need.id, profileId: profile.id })
    await rejects(answerProposal(asAdvisor(), p.id, { move: 'declined', on: today() }), 'invalid', 'declineReason')
    const declined = await answerProposal(asAdvisor(), p.id, { move: 'declined', on: today(), declineReason: 'wage' })
    assert.equal(declined.declineReason, 'wage')
    const back = await answerProposal(asAdvisor(), p.id, { move: 'revert', on: today() })
    assert.equal(back.status, 'proposed')
    assert.equal(back.declineReason, null)
  })

  test('refuses illegal moves (409) and impossible dates (400)', async () => {
    const { need, profile } = await world()
    const p = await createProposal(asAdvisor(), { labourNeedId: need.id, profileId: profile.id })
    await rejects(answerProposal(asAdvisor(), p.id, { move: 'revert', on: today() }), 'conflict', 'move')
    await rejects(answerProposal(asAdvisor(), p.id, { move: 'interview', on: '2999-01-01' }), 'invalid', 'on')
    await rejects(answerProposal(asAdvisor(), p.id, { move: 'interview', on: '2000-01-01' }), 'invalid', 'on')
    await answerProposal(asAdvisor(), p.id, { move: 'declined', on: today(), declineReason: 'skills' })
    await rejects(answerProposal(asAdvisor(), p.id, { move: 'hired', on: today() }), 'conflict', 'move')
  })

  test('takes back the answer of a proposal recorded without history (import, factory)', async () => {
    const { need, profile } = await world()
    const p = await buildProposal(app.system, need, profile, { status: 'declined', declineReason: 'wage' })
    const back = await answerProposal(asAdvisor(), p.id, { move: 'revert', on: today() })
    assert.equal(back.status, 'proposed')
  })

  test('a hire of a candidate from another region records the region of origin', async () => {
    const { need } = await world()
    const mobile = await buildCandidateProfile(app.system, { currentRegionCode: '06', mobilityRegionCodes: ['11'] })
    const p = await createProposal(asAdvisor(), { labourNeedId: need.id, profileId: mobile.id })
    await answerProposal(asAdvisor(), p.id, { move: 'hired', on: today() })
    const [placement] = await placementsOf(p.id)
    assert.equal(placement!.originRegionCode, '06')
    assert.equal(placement!.regionCode, '11')
  })
})

describe('audit', () => {
  test('audits each move and each view with the need’s region; a hire taken back audits its placement’s removal', async () => {
    const { need, profile } = await world()
    const p = await createProposal(asAdvisor(), { labourNeedId: need.id, profileId: profile.id })
    await answerProposal(asAdvisor(), p.id, { move: 'hired', on: today() })
    const placementId = (await placementsOf(p.id))[0]!.id
    await answerProposal(asAdvisor(), p.id, { move: 'revert', on: today() })
    await getProposalOrThrow(asAdvisor(), p.id)
    const events = await queryRows<{ action: string; region_code: string; entity_id: string }>(
      app.system.db,
      sql`select action, region_code, entity_id from access.audit_events
          where entity_id in (${p.id}, ${placementId}) order by occurred_at, action`,
    )
    assert.deepEqual(events.map((e) => e.action).sort(), [
      'placement.created',
      'placement.removed',
      'proposal.created',
      'proposal.hired',
      'proposal.reverted',
      'proposal.viewed',
    ])
    assert.ok(events.every((e) => e.region_code === '11'))
  })
})

describe('interregional mobility', () => {
  test('counts hires from other regions by region of origin, in the period and the caller’s regions', async () => {
    const { enterprise } = await world()
    const need = await buildLabourNeed(app.system, enterprise, { positions: 10 })
    const period = { from: '1999-01-01', to: '1999-12-31' }
    for (const [origin, hiredOn] of [
      ['06', '1999-03-01'],
      ['06', '1999-04-01'],
      ['03', '1999-05-01'],
      ['11', '1999-06-01'],
      ['06', '1998-12-31'],
    ] as const) {
      const profile = await buildCandidateProfile(app.system, { currentRegionCode: origin })
      await buildPlacement(app.system, need, profile, { hiredOn })
    }
    const elsewhere = await buildEnterprise(app.system, { regionCode: '01', mrcCode: null, city: 'Rimouski' })
    const far = await buildLabourNeed(app.system, elsewhere)
    await buildPlacement(app.system, far, await buildCandidateProfile(app.system, { currentRegionCode: '06' }), {
      hiredOn: '1999-03-01',
    })
    const flows = await listMobilityFlows(asAdvisor(), period)
    assert.deepEqual(flows, [
      { originRegionCode: '06', regionCode: '11', count: 2 },
      { originRegionCode: '03', regionCode: '11', count: 1 },
    ])
    assert.equal(await countPlacements(app.system.db, { regionCodes: ['11'], ...period }), 4)
    const all = await countMobilityFlows(app.system.db, { regionCodes: ['11', '01'], ...period })
    assert.deepEqual(
      all.map((f) => [f.originRegionCode, f.regionCode, f.count]),
      [
        ['06', '11', 2],
        ['03', '11', 1],
        ['06', '01', 1],
      ],
    )
  })
})
