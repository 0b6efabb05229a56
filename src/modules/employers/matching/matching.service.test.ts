import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { eq } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import {
  buildCandidateProfile,
  buildEnterprise,
  buildLabourNeed,
  buildProposal,
} from '../../../../test/factories/employers.js'
import { buildPerson } from '../../../../test/factories/people.js'
import { buildConsent } from '../../../../test/factories/referrals.js'
import { type Ctx, Scope } from '../../access/index.js'
import { withdrawConsent } from '../../people/index.js'
import { listRegions } from '../../territory/index.js'
import { candidateProfiles } from '../candidates/candidate.schema.js'
import { labourNeeds } from '../needs/labour-need.schema.js'
import { auditEvents } from '../../access/audit/audit.schema.js'
import { rankNeedRows, rankProfileRows } from './matching.queries.js'
import { rankCandidates, rankNeeds } from './matching.service.js'
import { compareRank, scoreMatch } from './score.js'
import { seeded } from '../../../../test/random.js'

const app = await buildTestApp()
const advisor = await app.userOf('advisor', 'region', '11')
const as = (scope: Scope): Ctx => ({ ...app.system, actor: advisor.actor, scope })
const gaspesie = as(Scope.ofRegions('region', ['11']))
const montreal = as(Scope.ofRegions('region', ['06']))
const regions = new Map((await listRegions(app.system.db)).map((r) => [r.code, r]))
const ids = (items: { profileId: string }[]) => items.map((i) => i.profileId)

describe('SQL ranking = score.ts', () => {
  // Broad category 3 (health) is this table's alone: the other tests use 7 and 9.
  const next = seeded(20261126) // the same varied table at every run
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!
  const maybe = <T>(value: T): T | null => (next() < 0.2 ? null : value)
  const codes = ['31301', '31302', '31300', '31102', '32101', '33102', '30010', '31390', '34999']
  const statuses = ['recognized', 'in_progress', 'not_needed', 'not_started', 'refused'] as const

  test('ranks a varied table of 80 profiles for 4 needs (and needs for 12 profiles) exactly as score.ts does', async () => {
    const consenting = new Set<string>()
    for (let i = 0; i < 80; i++) {
      const region = pick(['11', '11', '06', '03'])
      const consent = next() > 0.1
      const profile = await buildCandidateProfile(app.system, {
        person: await buildPerson(app.system, { regionCode: region }),
        consent,
        targetCnpCodes: [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(codes)))],
        frenchLevel: maybe(1 + Math.floor(next() * 12)),
        experienceYears: maybe(Math.floor(next() * 8)),
        credentialStatus: maybe(pick(statuses)),
        currentRegionCode: region,
        currentMrcCode: region === '11' ? maybe(pick(['02', '03'])) : null,
        mobilityRegionCodes: next() < 0.4 ? ['11'] : next() < 0.5 ? ['01'] : [],
        availableOn: maybe(pick(['2021-01-01', '2021-03-01', '2021-06-01'])),
        closedAt: next() < 0.05 ? new Date() : null,
      })
      if (consent) consenting.add(profile.id)
    }
    const profiles = await app.system.db.select().from(candidateProfiles)
    const enterprise = await buildEnterprise(app.system)
    const needs = [
      await buildLabourNeed(app.system, enterprise, {
        cnpCode: '31301',
        frenchLevel: 7,
        experienceYears: 3,
        regulatedProfession: true,
        credentialRequired: 'OIIQ',
      }),
      await buildLabourNeed(app.system, enterprise, { cnpCode: '33102', mrcCode: '02' }),
      await buildLabourNeed(app.system, enterprise, { cnpCode: '32101', frenchLevel: 12, experienceYears: 1 }),
      await buildLabourNeed(app.system, enterprise, { cnpCode: '30010', mrcCode: null, experienceYears: 5 }),
    ]
    for (const need of needs) {
      const sql = await rankProfileRows(app.system.db, Scope.all(), need, '2026-11-26', 1000)
      const facts = { ...need, region: regions.get(need.regionCode)! }
      const expected = profiles
        .filter((p) => consenting.has(p.id) && p.closedAt === null)
        .flatMap((p) => {
          const m = scoreMatch(facts, p)
          return m ? [{ id: p.id, score: m.score, location: m.criteria[4]!.points, availableOn: p.availableOn }] : []
        })
        .sort(compareRank)
      assert.ok(expected.length > 20, `a varied table for ${need.cnpCode}`)
      assert.deepEqual(
        sql.map((r) => [r.id, r.score, r.location]),
        expected.map((e) => [e.id, e.score, e.location]),
      )
    }
    // The other way: each of 12 profiles' needs, ranked in SQL with the needs' columns, as score.ts ranks them.
    const wanted = new Set(needs.map((n) => n.id))
    for (const profile of profiles.filter((p) => p.targetCnpCodes.some((c) => c.startsWith('3'))).slice(0, 12)) {
      const sql = (await rankNeedRows(app.system.db, Scope.all(), profile.id, 1000)).filter((r) => wanted.has(r.id))
      const expected = needs
        .flatMap((need) => {
          const m = scoreMatch({ ...need, region: regions.get(need.regionCode)! }, profile)
          if (!m) return []
          return [{ id: need.id, score: m.score, location: m.criteria[4]!.points, availableOn: need.startOn }]
        })
        .sort(compareRank)
      assert.deepEqual(
        sql.map((r) => [r.id, r.score, r.location]),
        expected.map((e) => [e.id, e.score, e.location]),
      )
    }
  })
})

describe('rankCandidates', () => {
  test('a withdrawn job-matching consent takes the candidate out at once', async () => {
    const enterprise = await buildEnterprise(app.system)
    const need = await buildLabourNeed(app.system, enterprise, { cnpCode: '73300' })
    const person = await buildPerson(app.system)
    const consent = await buildConsent(app.system, person.id, 'job_matching')
    const profile = await buildCandidateProfile(app.system, { person, consent: false, targetCnpCodes: ['73300'] })
    assert.deepEqual(ids((await rankCandidates(gaspesie, need.id)).items), [profile.id])
    await withdrawConsent(app.system, consent.id)
    assert.deepEqual((await rankCandidates(gaspesie, need.id)).items, [])
  })

  test('another region’s candidate appears only through declared mobility to the need’s region', async () => {
    const enterprise = await buildEnterprise(app.system)
    const need = await buildLabourNeed(app.system, enterprise, { cnpCode: '75110' })
    const local = await buildCandidateProfile(app.system, { targetCnpCodes: ['75110'], currentMrcCode: '03' })
    const mover = await buildCandidateProfile(app.system, {
      person: await buildPerson(app.system, { regionCode: '06' }),
      targetCnpCodes: ['75110'],
      mobilityRegionCodes: ['11'],
    })
    await buildCandidateProfile(app.system, {
      person: await buildPerson(app.system, { regionCode: '06' }),
      targetCnpCodes: ['75110'],
      mobilityRegionCodes: ['01'],
    })
    const result = await rankCandidates(gaspesie, need.id)
    assert.deepEqual(ids(result.items), [local.id, mover.id])
    const location = result.items[1]!.criteria.find((c) => c.criterion === 'location')!
    assert.deepEqual([location.points, location.reason.fr], [7, 'souhaite s’établir en Gaspésie–Îles-de-la-Madeleine'])
    assert.equal(result.items[1]!.regionName.fr, 'Montréal')
  })

  test('a changed need or profile changes the ranking at the next read', async () => {
    const enterprise = await buildEnterprise(app.system)
    const need = await buildLabourNeed(app.system, enterprise, { cnpCode: '75101' })
    const a = await buildCandidateProfile(app.system, { targetCnpCodes: ['75101'], frenchLevel: 9 })
    const b = await buildCandidateProfile(app.system, { targetCnpCodes: ['75101'], frenchLevel: 5 })
    const order = async () =>
      ids((await rankCandidates(gaspesie, need.id)).items).filter((id) => id === a.id || id === b.id)
    const [first] = [a, b].map((p) => p.id).sort()
    assert.deepEqual(await order(), first === a.id ? [a.id, b.id] : [b.id, a.id])
    await app.system.db.update(labourNeeds).set({ frenchLevel: 8 }).where(eq(labourNeeds.id, need.id))
    assert.deepEqual(await order(), [a.id, b.id])
    await app.system.db.update(candidateProfiles).set({ frenchLevel: 12 }).where(eq(candidateProfiles.id, b.id))
    await app.system.db.update(candidateProfiles).set({ frenchLevel: 3 }).where(eq(candidateProfiles.id, a.id))
    assert.deepEqual(await order(), [b.id, a.id])
  })

  test('shows the proposal already made and audits the read once', async () => {
    const enterprise = await buildEnterprise(app.system)
    const need = await buildLabourNeed(app.system, enterprise)
    const proposed = await buildCandidateProfile(app.system)
    await buildProposal(app.system, need, proposed, { status: 'interview' })
    const result = await rankCandidates(gaspesie, need.id)
    assert.equal(result.items.find((i) => i.profileId === proposed.id)?.proposalStatus, 'interview')
    const events = await app.system.db.select().from(auditEvents).where(eq(auditEvents.entityId, need.id))
    assert.deepEqual(
      events.map((e) => [e.action, e.regionCode]),
      [['labour_need.matches_viewed', '11']],
    )
  })

  test('a need of another region is not found; an agent is refused', async () => {
    const need = await buildLabourNeed(app.system, await buildEnterprise(app.system))
    await assert.rejects(rankCandidates(montreal, need.id), { kind: 'not_found' })
    await assert.rejects(rankCandidates(gaspesie, crypto.randomUUID()), { kind: 'not_found' })
    const agent = await app.userOf('agent', 'region', '11')
    await assert.rejects(rankCandidates({ ...gaspesie, actor: agent.actor }, need.id), { kind: 'forbidden' })
  })
})

describe('rankNeeds', () => {
  test('ranks the open needs of the caller’s scope only, with the same score', async () => {
    const here = await buildEnterprise(app.system)
    const there = await buildEnterprise(app.system, { regionCode: '01', mrcCode: null, city: 'Rimouski' })
    const exact = await buildLabourNeed(app.system, here, { cnpCode: '72100' })
    const near = await buildLabourNeed(app.system, here, { cnpCode: '72101', status: 'partially_filled' })
    const filled = await buildLabourNeed(app.system, here, { cnpCode: '72100', status: 'filled' })
    const away = await buildLabourNeed(app.system, there, { cnpCode: '72100' })
    const mine = new Set([exact.id, near.id, filled.id, away.id])
    const profile = await buildCandidateProfile(app.system, { targetCnpCodes: ['72100'], mobilityRegionCodes: ['01'] })
    const result = await rankNeeds(gaspesie, profile.id)
    // Same region but no MRC declared: 10 location points of 15.
    assert.deepEqual(
      result.items.filter((i) => mine.has(i.labourNeedId)).map((i) => [i.labourNeedId, i.score]),
      [
        [exact.id, 95],
        [near.id, 85],
      ],
    )
  })

  test('a profile without consent or out of reach is not found', async () => {
    const hidden = await buildCandidateProfile(app.system, { consent: false })
    await assert.rejects(rankNeeds(gaspesie, hidden.id), { kind: 'not_found' })
    const elsewhere = await buildCandidateProfile(app.system, {
      person: await buildPerson(app.system, { regionCode: '06' }),
    })
    await assert.rejects(rankNeeds(gaspesie, elsewhere.id), { kind: 'not_found' })
    const mover = await buildCandidateProfile(app.system, {
      person: await buildPerson(app.system, { regionCode: '06' }),
      mobilityRegionCodes: ['11'],
    })
    assert.equal((await rankNeeds(gaspesie, mover.id)).profileId, mover.id)
  })
})
