import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildDossier, buildPerson } from '../../../../test/factories/people.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'
import { type Ctx, Scope } from '../../access/index.js'
import { queryRows } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/errors.js'
import { getPersonFile } from './person-file.service.js'
import { searchPersons } from './person-search.service.js'
import type { PersonInput } from './person.contracts.js'
import { createPerson, duplicateDetailsOf, getPersonOrThrow, replacePerson } from './person.service.js'

const app = await buildTestApp()
const agent = await app.userOf('agent', 'region', '11')
const as = (scope: Scope): Ctx => ({ ...app.system, actor: agent.actor, scope })
const region11 = as(Scope.ofRegions('region', ['11']))

const input = (overrides: Partial<PersonInput>): PersonInput => ({
  givenName: 'Mélanie',
  familyName: 'Tremblay',
  birthDate: '1988-04-12',
  regionCode: '11',
  citizenships: [],
  languages: [],
  preferredLanguage: 'fr',
  ...overrides,
})

const isError = (kind: string, field?: string) => (e: unknown) =>
  e instanceof AppError && e.kind === kind && (field === undefined || e.fields?.[field] !== undefined)

const auditOf = (entityId: string) =>
  queryRows<{ action: string; region_code: string | null; details: { changed?: string[] } | null }>(
    app.system.db,
    sql`select action, region_code, details from access.audit_events where entity_id = ${entityId} order by id`,
  )

describe('duplicate detection at intake', () => {
  const cases: [string, Partial<PersonInput>, boolean][] = [
    ['the same name without accents', { givenName: 'Melanie' }, true],
    ['one typo in the family name', { familyName: 'Tremblai' }, true],
    ['given and family names swapped', { givenName: 'Tremblay', familyName: 'Mélanie' }, true],
    ['other case and spacing', { givenName: '  MÉLANIE ', familyName: 'tremblay' }, true],
    ['the same name born another day', { birthDate: '1988-04-13' }, false],
    ['another given name (twins)', { givenName: 'Jean' }, false],
  ]
  cases.forEach(([label, overrides, duplicate], i) => {
    test(`${duplicate ? 'flags' : 'does not flag'} ${label}`, async () => {
      // Each case has its own existing person, born on a day of its own.
      const day = `1975-03-${String(i + 10).padStart(2, '0')}`
      const existing = await buildPerson(app.system, { givenName: 'Mélanie', familyName: 'Tremblay', birthDate: day })
      const shifted = overrides.birthDate ? '1975-02-01' : day
      const attempt = createPerson(region11, input({ ...overrides, birthDate: shifted }))
      if (!duplicate) return void (await attempt)
      const error = await attempt.then(
        () => assert.fail('created a duplicate'),
        (e: unknown) => e,
      )
      assert.ok(isError('conflict', 'confirmedNotDuplicate')(error))
      assert.equal((error as AppError).code, 'possible_duplicate')
      const details = duplicateDetailsOf(error)!
      assert.deepEqual(
        details.candidates.map((c) => c.id),
        [existing.id],
      )
      assert.equal(details.outsideScope, false)
    })
  })

  test('creates the person anyway once the user confirms it is someone else', async () => {
    await buildPerson(app.system, { givenName: 'Karim', familyName: 'Benali', birthDate: '1991-07-01' })
    const person = input({ givenName: 'Karim', familyName: 'Benali', birthDate: '1991-07-01' })
    await assert.rejects(createPerson(region11, person), isError('conflict'))
    const created = await createPerson(region11, { ...person, confirmedNotDuplicate: true })
    assert.equal(created.familyName, 'Benali')
  })

  test('refuses a duplicate outside the caller’s scope without saying who or where', async () => {
    await buildPerson(app.system, {
      givenName: 'Aïcha',
      familyName: 'Diallo',
      birthDate: '1993-02-02',
      regionCode: '01',
    })
    const error = await createPerson(
      region11,
      input({ givenName: 'Aicha', familyName: 'Diallo', birthDate: '1993-02-02' }),
    ).catch((e: unknown) => e)
    assert.deepEqual(duplicateDetailsOf(error), { candidates: [], outsideScope: true })
    assert.doesNotMatch((error as AppError).localized.fr, /Aïcha|Diallo|01/)
  })
})

describe('searching persons', () => {
  test('finds "melanie tremblai" for Mélanie Tremblay, and not a person of another region', async () => {
    const here = await buildPerson(app.system, {
      givenName: 'Mélanie',
      familyName: 'Tremblay',
      birthDate: '1960-01-01',
    })
    const there = await buildPerson(app.system, {
      givenName: 'Mélanie',
      familyName: 'Tremblay',
      birthDate: '1960-01-02',
      regionCode: '01',
    })
    const ids = (await searchPersons(region11, { q: 'melanie tremblai' })).data.map((p) => p.id)
    assert.ok(ids.includes(here.id))
    assert.ok(!ids.includes(there.id))
  })

  test('finds a person by dossier number and by date of birth', async () => {
    const dossier = await buildDossier(app.system, { regionCode: '11' })
    const byNumber = await searchPersons(region11, { q: dossier.number.toLowerCase() })
    assert.deepEqual(
      byNumber.data.map((p) => p.id),
      [dossier.personId],
    )
    const numbered = await buildDossier(app.system, { regionCode: '11', number: 'AQ-2026-004321' })
    const withoutPrefix = await searchPersons(region11, { q: '2026-004321' })
    assert.deepEqual(
      withoutPrefix.data.map((p) => p.id),
      [numbered.personId],
    )
    const born = await buildPerson(app.system, { birthDate: '1944-06-06' })
    const byDate = await searchPersons(region11, { q: '1944-06-06' })
    assert.deepEqual(
      byDate.data.map((p) => p.id),
      [born.id],
    )
  })

  test('pages through the list by family name with a cursor: every person once, even after an insert', async () => {
    const region06 = as(Scope.ofRegions('region', ['06']))
    for (let i = 0; i < 30; i++)
      await buildPerson(app.system, { familyName: `Famille${String(i).padStart(2, '0')}`, regionCode: '06' })
    const first = await searchPersons(region06, {})
    assert.equal(first.data.length, 25)
    assert.ok(first.nextCursor)
    // A person sorted before the cursor, added between two pages, does not shift the next page.
    await buildPerson(app.system, { familyName: 'Famille00a', regionCode: '06' })
    const second = await searchPersons(region06, { cursor: first.nextCursor })
    assert.equal(second.nextCursor, null)
    const names = [...first.data, ...second.data].map((p) => p.familyName)
    assert.deepEqual(
      names,
      Array.from({ length: 30 }, (_, i) => `Famille${String(i).padStart(2, '0')}`),
    )
  })

  test('refuses a cursor it did not make', async () => {
    await assert.rejects(searchPersons(region11, { cursor: 'bm90IGEgY3Vyc29y' }), isError('invalid', 'cursor'))
  })
})

describe('reading and changing a person', () => {
  test('answers not found for a person of another region, and audits a read with the person’s region', async () => {
    const other = await buildPerson(app.system, { regionCode: '01' })
    await assert.rejects(getPersonOrThrow(region11, other.id), isError('not_found'))
    const mine = await buildPerson(app.system, { regionCode: '11' })
    await getPersonOrThrow(region11, mine.id)
    assert.deepEqual(
      (await auditOf(mine.id)).map((e) => [e.action, e.region_code]),
      [['person.viewed', '11']],
    )
  })

  test('a service point’s agent records persons in its region only, and reads those with a dossier there', async () => {
    const sp = await buildServicePoint(app.system, { regionCode: '11' })
    const spAgent = as(Scope.ofServicePoint(sp.id, '11'))
    const created = await createPerson(
      spAgent,
      input({ givenName: 'Lin', familyName: 'Zhao', birthDate: '1999-09-09' }),
    )
    assert.equal(created.regionCode, '11')
    await assert.rejects(
      createPerson(spAgent, input({ givenName: 'Lin', familyName: 'Wu', birthDate: '1999-09-09', regionCode: '01' })),
      isError('invalid', 'regionCode'),
    )
    await assert.rejects(getPersonOrThrow(spAgent, created.id), isError('not_found'))
    await buildDossier(app.system, { personId: created.id, servicePointId: sp.id, regionCode: '11' })
    assert.equal((await getPersonOrThrow(spAgent, created.id)).id, created.id)
  })

  test('refuses an MRC of another region and a birth in the future, field by field', async () => {
    await assert.rejects(createPerson(region11, input({ mrcCode: '07' })), isError('invalid', 'mrcCode'))
    await assert.rejects(createPerson(region11, input({ birthDate: '2199-01-01' })), isError('invalid', 'birthDate'))
  })

  test('a replacement audits the names of the changed fields only, never their values', async () => {
    const created = await createPerson(
      region11,
      input({ givenName: 'Olga', familyName: 'Petrova', birthDate: '1985-05-05', languages: ['ru'] }),
    )
    const { id, householdId: _h, createdAt: _c, updatedAt: _u, ...fields } = created
    const same = { ...fields, citizenships: [], languages: ['ru'] } as PersonInput
    await replacePerson(region11, id, same)
    await replacePerson(region11, id, { ...same, phone: '418 555-0101', languages: ['ru', 'uk'] })
    const events = await auditOf(id)
    assert.deepEqual(
      events.map((e) => e.action),
      ['person.created', 'person.updated'],
    )
    assert.deepEqual(events[1]!.details!.changed!.sort(), ['languages', 'phone'])
    assert.doesNotMatch(JSON.stringify(events), /555/)
  })

  test('links a person to another person’s household, shown on both pages', async () => {
    const principal = await buildPerson(app.system, { givenName: 'Samir', familyName: 'Haddad' })
    const child = await createPerson(
      region11,
      input({
        givenName: 'Lina',
        familyName: 'Haddad',
        birthDate: '2015-03-03',
        householdPersonId: principal.id,
        householdRelation: 'child',
      }),
    )
    assert.equal(child.householdId, principal.id)
    const file = await getPersonFile(region11, principal.id)
    assert.deepEqual(
      file.household.map((m) => [m.id, m.householdRelation]),
      [[child.id, 'child']],
    )
    assert.equal(file.person.householdRelation, 'principal')
  })
})
