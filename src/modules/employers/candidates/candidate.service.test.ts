import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildCandidateProfile } from '../../../../test/factories/employers.js'
import { buildPerson } from '../../../../test/factories/people.js'
import { buildConsent } from '../../../../test/factories/referrals.js'
import { type Ctx, Scope } from '../../access/index.js'
import { listMrcsOfRegionsOrThrow } from '../../territory/index.js'
import { queryRows } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/errors.js'
import type { ProfileInput } from './candidate.contracts.js'
import {
  CONSENT_MISSING,
  createProfile,
  getProfileOrThrow,
  listProfiles,
  newProfileStart,
  replaceProfile,
  setProfileClosed,
  viewProfile,
} from './candidate.service.js'

const app = await buildTestApp()
const advisor = await app.userOf('advisor', 'region', '11')
const as = (scope: Scope): Ctx => ({ ...app.system, actor: advisor.actor, scope })
const gaspesie = as(Scope.ofRegions('region', ['11']))
const [otherMrc] = await listMrcsOfRegionsOrThrow(app.system, ['01'])

const input = (personId: string, overrides: Partial<ProfileInput> = {}): ProfileInput => ({
  personId,
  targetCnpCodes: ['95106', '65201'],
  currentRegionCode: '11',
  mobilityRegionCodes: [],
  ...overrides,
})

const isError = (kind: string, field?: string) => (e: unknown) =>
  e instanceof AppError && e.kind === kind && (field === undefined || e.fields?.[field] !== undefined)

const auditOf = (entityId: string) =>
  queryRows<{ action: string; region_code: string | null; details: { changed?: string[] } | null }>(
    app.system.db,
    sql`select action, region_code, details from access.audit_events where entity_id = ${entityId} order by id`,
  )

const withdrawn = { withdrawnAt: new Date('2026-01-01T12:00:00Z') }
const expired = { givenOn: '2020-01-02', expiresOn: '2021-01-01' }
const future = { givenOn: '2199-01-01' }

describe('creating a profile', () => {
  test('records the profile of a consenting person of the region, its broad categories, and audits it', async () => {
    const person = await buildPerson(app.system, { frenchOralComprehension: 7, frenchOralProduction: 5 })
    await buildConsent(app.system, person.id, 'job_matching')
    const start = await newProfileStart(gaspesie, person.id)
    assert.equal(start.consentActive, true)
    assert.equal(start.values.frenchLevel, 5)
    assert.equal(start.values.currentRegionCode, '11')
    const profile = await createProfile(gaspesie, input(person.id, { mobilityRegionCodes: ['11', '03'] }))
    assert.deepEqual(profile.targetBroadCategories, ['9', '6'])
    assert.deepEqual(profile.mobilityRegionCodes, ['03'], 'the current region is not a mobility region')
    assert.equal(profile.personName, `${person.givenName} ${person.familyName}`)
    assert.deepEqual(
      (await auditOf(profile.id)).map((e) => [e.action, e.region_code]),
      [['candidate_profile.created', '11']],
    )
  })

  const consents: [string, Record<string, unknown> | null][] = [
    ['no consent', null],
    ['a withdrawn consent', withdrawn],
    ['an expired consent', expired],
    ['a consent given only in the future', future],
  ]
  for (const [label, consent] of consents) {
    test(`refuses a person with ${label} (conflict on personId)`, async () => {
      const person = await buildPerson(app.system)
      if (consent) await buildConsent(app.system, person.id, 'job_matching', consent)
      await assert.rejects(
        createProfile(gaspesie, input(person.id)),
        (e: unknown) => isError('conflict', 'personId')(e) && (e as AppError).code === CONSENT_MISSING,
      )
      assert.equal((await newProfileStart(gaspesie, person.id)).consentActive, false)
    })
  }

  test('refuses a person the advisor does not reach (another region) as an unknown person', async () => {
    const person = await buildPerson(app.system, { regionCode: '01' })
    await buildConsent(app.system, person.id, 'job_matching')
    await assert.rejects(
      createProfile(gaspesie, input(person.id, { currentRegionCode: '01' })),
      isError('invalid', 'personId'),
    )
    await assert.rejects(newProfileStart(gaspesie, person.id), isError('not_found'))
  })

  test('refuses a second profile for the same person', async () => {
    const existing = await buildCandidateProfile(app.system)
    await assert.rejects(createProfile(gaspesie, input(existing.personId)), isError('conflict', 'personId'))
    assert.equal((await newProfileStart(gaspesie, existing.personId)).existingId, existing.id)
  })

  const bad: [string, Partial<ProfileInput>, string][] = [
    ['an unknown CNP code', { targetCnpCodes: ['99999'] }, 'targetCnpCodes'],
    ['an unknown region', { currentRegionCode: '42' }, 'currentRegionCode'],
    ['a region outside the scope without mobility to it', { currentRegionCode: '06' }, 'currentRegionCode'],
    ['an MRC of another region', { currentMrcCode: otherMrc!.code }, 'currentMrcCode'],
    ['an unknown mobility region', { mobilityRegionCodes: ['77'] }, 'mobilityRegionCodes'],
  ]
  for (const [label, change, field] of bad) {
    test(`refuses ${label} with a message on ${field}`, async () => {
      const person = await buildPerson(app.system)
      await buildConsent(app.system, person.id, 'job_matching')
      await assert.rejects(createProfile(gaspesie, input(person.id, change)), isError('invalid', field))
    })
  }
})

describe('who sees a profile', () => {
  test('audits every view of a profile (API read and page), once each', async () => {
    const profile = await buildCandidateProfile(app.system)
    await getProfileOrThrow(gaspesie, profile.id)
    await viewProfile(gaspesie, profile.id)
    assert.deepEqual(
      (await auditOf(profile.id)).map((e) => [e.action, e.region_code]),
      [
        ['candidate_profile.viewed', '11'],
        ['candidate_profile.viewed', '11'],
      ],
    )
  })

  test('hides a profile of another region without declared mobility (not found, not listed)', async () => {
    const profile = await buildCandidateProfile(app.system, { currentRegionCode: '06' })
    await assert.rejects(getProfileOrThrow(gaspesie, profile.id), isError('not_found'))
    await assert.rejects(viewProfile(gaspesie, profile.id), isError('not_found'))
    assert.ok(!(await listProfiles(gaspesie)).some((p) => p.id === profile.id))
    assert.deepEqual(await auditOf(profile.id), [])
  })

  test('searches the name as typed: % and _ are letters, not wildcards', async () => {
    const profile = await buildCandidateProfile(app.system)
    assert.ok((await listProfiles(gaspesie)).some((p) => p.id === profile.id))
    assert.deepEqual(await listProfiles(gaspesie, { q: '%' }), [])
    assert.deepEqual(await listProfiles(gaspesie, { q: '_' }), [])
  })

  test('shows a profile of another region whose person would move to the advisor’s region', async () => {
    const profile = await buildCandidateProfile(app.system, { currentRegionCode: '06', mobilityRegionCodes: ['11'] })
    assert.equal((await getProfileOrThrow(gaspesie, profile.id)).currentRegionCode, '06')
    assert.ok((await listProfiles(gaspesie)).some((p) => p.id === profile.id))
  })

  for (const [label, consent] of [
    ['withdrawn', withdrawn],
    ['expired', expired],
  ] as const) {
    test(`hides the details once the consent is ${label}: not found, not listed, no view event`, async () => {
      const person = await buildPerson(app.system)
      const profile = await buildCandidateProfile(app.system, { person, consent: false })
      const given = await buildConsent(app.system, person.id, 'job_matching')
      assert.ok((await listProfiles(gaspesie)).some((p) => p.id === profile.id))
      await app.system.db.execute(
        sql`update people.consents set withdrawn_at = ${consent === withdrawn ? withdrawn.withdrawnAt : null},
          expires_on = ${consent === expired ? expired.expiresOn : null} where id = ${given.id}`,
      )
      await assert.rejects(getProfileOrThrow(gaspesie, profile.id), isError('not_found'))
      assert.deepEqual(await viewProfile(gaspesie, profile.id), { consent: false, personId: person.id })
      assert.ok(!(await listProfiles(gaspesie)).some((p) => p.id === profile.id))
      await assert.rejects(replaceProfile(gaspesie, profile.id, input(person.id)), isError('not_found'))
      assert.deepEqual(await auditOf(profile.id), [])
    })
  }

  test('hides the profile of a person whose file was anonymized (Loi 25 retention), though the consent was kept', async () => {
    const person = await buildPerson(app.system)
    const profile = await buildCandidateProfile(app.system, { person })
    assert.ok((await listProfiles(gaspesie)).some((p) => p.id === profile.id))
    await app.system.db.execute(sql`update people.persons set anonymized_at = now() where id = ${person.id}`)
    await assert.rejects(getProfileOrThrow(gaspesie, profile.id), isError('not_found'))
    assert.ok(!(await listProfiles(gaspesie)).some((p) => p.id === profile.id))
  })
})

describe('changing a profile', () => {
  test('replaces the fields, audits what changed, and an unchanged form writes nothing', async () => {
    const profile = await buildCandidateProfile(app.system)
    const next = input(profile.personId, { targetCnpCodes: ['65201'], frenchLevel: 8 })
    const changed = await replaceProfile(gaspesie, profile.id, next)
    assert.deepEqual(changed.targetBroadCategories, ['6'])
    await replaceProfile(gaspesie, profile.id, next)
    const events = await auditOf(profile.id)
    assert.deepEqual(
      events.map((e) => e.action),
      ['candidate_profile.updated'],
    )
    assert.deepEqual(events[0]!.details?.changed, ['targetCnpCodes', 'frenchLevel'])
  })

  test('closes and reopens a profile, each audited; a closed profile leaves the default list', async () => {
    const profile = await buildCandidateProfile(app.system)
    assert.equal((await setProfileClosed(gaspesie, profile.id, true)).closed, true)
    await setProfileClosed(gaspesie, profile.id, true)
    assert.ok(!(await listProfiles(gaspesie)).some((p) => p.id === profile.id))
    assert.ok((await listProfiles(gaspesie, { closed: true })).some((p) => p.id === profile.id))
    assert.equal((await setProfileClosed(gaspesie, profile.id, false)).closed, false)
    assert.deepEqual(
      (await auditOf(profile.id)).map((e) => e.action),
      ['candidate_profile.closed', 'candidate_profile.reopened'],
    )
  })

  test('refuses changing or closing a profile seen only through the person’s declared mobility', async () => {
    const person = await buildPerson(app.system, { regionCode: '06' })
    const profile = await buildCandidateProfile(app.system, {
      person,
      currentRegionCode: '06',
      mobilityRegionCodes: ['11'],
    })
    assert.equal((await getProfileOrThrow(gaspesie, profile.id)).id, profile.id, 'seen through mobility')
    const moved = input(person.id, { currentRegionCode: '06', mobilityRegionCodes: ['11'], frenchLevel: 3 })
    await assert.rejects(replaceProfile(gaspesie, profile.id, moved), isError('forbidden'))
    await assert.rejects(setProfileClosed(gaspesie, profile.id, true), isError('forbidden'))
    const montreal = as(Scope.ofRegions('region', ['06']))
    assert.equal((await setProfileClosed(montreal, profile.id, true)).closed, true, 'its own region may')
    assert.deepEqual(
      (await auditOf(profile.id)).map((e) => e.action),
      ['candidate_profile.viewed', 'candidate_profile.closed'],
    )
  })

  test('refuses a director (no candidates.write) and a partner (no read)', async () => {
    const profile = await buildCandidateProfile(app.system)
    const director = await app.userOf('director', 'region', '11')
    const partner = await app.userOf('partner', 'all')
    const directorCtx = { ...gaspesie, actor: director.actor }
    await assert.rejects(setProfileClosed(directorCtx, profile.id, true), isError('forbidden'))
    assert.equal((await getProfileOrThrow(directorCtx, profile.id)).id, profile.id)
    await assert.rejects(getProfileOrThrow({ ...gaspesie, actor: partner.actor }, profile.id), isError('forbidden'))
  })
})
