import assert from 'node:assert/strict'
import { test } from 'node:test'
import { and, eq, inArray, sql } from 'drizzle-orm'
import { createTestDatabase } from '../../../../test/db.js'
import { buildDossier, buildIntervention, buildPerson } from '../../../../test/factories/people.js'
import { buildConsent, buildNeed, buildOrganization, buildPlanStep } from '../../../../test/factories/referrals.js'
import { resolveScope } from '../../../server/scope-resolver.js'
import { queryRows } from '../../../platform/db/database.js'
import { createUser, systemCtx } from '../../access/index.js'
import { auditEvents } from '../../access/audit/audit.schema.js'
import { consents } from '../consents/consent.schema.js'
import { dossierNeeds } from '../needs/need.schema.js'
import { interventions } from '../interventions/intervention.schema.js'
import { persons } from '../persons/person.schema.js'
import { planSteps } from '../plans/plan.schema.js'
import { referralEvents, referrals } from '../referrals/referral.schema.js'
import { supportRequests } from '../requests/request.schema.js'
import { anonymizeExpiredDossiers } from './retention.service.js'
import { buildReferral, buildSupportRequest } from '../../../../test/factories/privacy.js'

const database = await createTestDatabase()
const ctx = systemCtx({ db: database.db, now: () => new Date('2025-06-01T12:00:00Z'), resolveScope }, 'test')
const TODAY = '2025-06-01'
const REGION = '11'

/** The counting rule of the Bilan: persons with an intervention of one of their dossiers in the period, by region. */
async function countAccompanied(from: string, to: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    ctx.db,
    sql`select count(distinct d.person_id)::int as n from people.interventions i join people.dossiers d on d.id = i.dossier_id
        where i.region_code = ${REGION} and i.occurred_on between ${from} and ${to}`,
  )
  return row!.n
}

/** A person with one closed dossier (closed on `closedOn`) holding an intervention, a need, a plan step, a referral. */
async function personWithClosedDossier(closedOn: string) {
  const person = await buildPerson(ctx, {
    givenName: 'Élodie',
    familyName: 'Tremblay',
    birthDate: '1988-07-14',
    email: 'elodie@example.org',
    phone: '418 555-0101',
    streetAddress: '12, rue des Érables',
    city: 'Gaspé',
    postalCode: 'G4X 1A1',
    householdId: crypto.randomUUID(),
    householdRelation: 'principal',
  })
  const dossier = await buildDossier(ctx, {
    personId: person.id,
    status: 'closed',
    closedOn,
    closureReason: 'goals_met',
    closureNote: 'Déménage chez sa sœur.',
  })
  await buildIntervention(ctx, dossier, {
    occurredOn: '2014-06-10',
    summary: 'Parle de sa santé.',
    durationMinutes: 50,
  })
  return { person, dossier }
}

test('anonymizes the files whose every dossier closed past the retention period, and only those', async () => {
  const staff = await createUser(ctx, {
    email: `agent-${Date.now()}@test.example`,
    displayName: 'Agente',
    password: 'correct horse battery staple',
    role: 'agent',
    scopeKind: 'region',
    scopeRef: REGION,
  })
  const expired = await personWithClosedDossier('2015-03-01')
  const need = await buildNeed(ctx, expired.dossier)
  await buildPlanStep(ctx, expired.dossier, need)
  const organization = await buildOrganization(ctx)
  const consent = await buildConsent(ctx, expired.person.id, 'referral_sharing', { recordedBy: staff.id })
  const referral = await buildReferral(ctx, expired.dossier, organization.id, consent.id)
  await buildSupportRequest(ctx, { dossierId: expired.dossier.id, status: 'converted' })

  const openToo = await personWithClosedDossier('2015-03-01')
  await buildDossier(ctx, { personId: openToo.person.id, status: 'active_plan' })
  const recent = await personWithClosedDossier('2019-01-10')
  const waiting = await personWithClosedDossier('2015-03-01')
  await buildSupportRequest(ctx, { dossierId: waiting.dossier.id, status: 'assigned' })
  const noDossier = await buildPerson(ctx, { givenName: 'Sans', familyName: 'Dossier' })

  const countBefore = await countAccompanied('2014-01-01', '2014-12-31')
  const result = await anonymizeExpiredDossiers(ctx, { today: TODAY, retentionYears: 7 })
  assert.equal(result.anonymized, 1)

  const rows = await ctx.db
    .select()
    .from(persons)
    .where(
      inArray(persons.id, [expired.person.id, openToo.person.id, recent.person.id, waiting.person.id, noDossier.id]),
    )
  const byId = new Map(rows.map((r) => [r.id, r]))
  const gone = byId.get(expired.person.id)!
  assert.equal(gone.givenName, 'Anonymisé')
  assert.equal(gone.familyName, `#${expired.person.id.slice(0, 8)}`)
  assert.equal(gone.birthDate, '1988-01-01')
  for (const field of ['email', 'phone', 'streetAddress', 'city', 'postalCode', 'householdId'] as const)
    assert.equal(gone[field], null, field)
  assert.ok(gone.anonymizedAt)
  for (const kept of [openToo.person.id, recent.person.id, waiting.person.id, noDossier.id]) {
    assert.equal(byId.get(kept)!.anonymizedAt, null)
    assert.notEqual(byId.get(kept)!.givenName, 'Anonymisé')
  }

  const [intervention] = await ctx.db
    .select()
    .from(interventions)
    .where(eq(interventions.dossierId, expired.dossier.id))
  assert.deepEqual(
    [intervention!.summary, intervention!.occurredOn, intervention!.regionCode, intervention!.mode],
    ['[anonymisé]', '2014-06-10', REGION, 'in_person'],
  )
  assert.equal(intervention!.durationMinutes, 50)
  const [needRow] = await ctx.db.select().from(dossierNeeds).where(eq(dossierNeeds.id, need.id))
  assert.equal(needRow!.notes, '[anonymisé]')
  const [step] = await ctx.db.select().from(planSteps).where(eq(planSteps.dossierId, expired.dossier.id))
  assert.equal(step!.action, '[anonymisé]')
  const [ref] = await ctx.db.select().from(referrals).where(eq(referrals.id, referral.id))
  assert.deepEqual([ref!.message, ref!.outcome, ref!.status], ['[anonymisé]', '[anonymisé]', 'completed'])
  const events = await ctx.db.select().from(referralEvents).where(eq(referralEvents.referralId, referral.id))
  assert.ok(events.every((e) => e.comment === null || e.comment === '[anonymisé]'))
  const [consentRow] = await ctx.db.select().from(consents).where(eq(consents.id, consent.id))
  assert.deepEqual([consentRow!.recordedBy, consentRow!.givenOn], [null, consent.givenOn])
  const [request] = await ctx.db.select().from(supportRequests).where(eq(supportRequests.dossierId, expired.dossier.id))
  assert.deepEqual([request!.givenName, request!.email, request!.message], ['Anonymisé', null, '[anonymisé]'])

  assert.equal(await countAccompanied('2014-01-01', '2014-12-31'), countBefore)
  const audits = await ctx.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'person.anonymized'), eq(auditEvents.entityId, expired.person.id)))
  assert.equal(audits.length, 1)
  assert.deepEqual([audits[0]!.actorUserId, audits[0]!.regionCode], [null, REGION])
})

test('a second run changes nothing and writes no audit event', async () => {
  await personWithClosedDossier('2016-01-01')
  const first = await anonymizeExpiredDossiers(ctx, { today: TODAY, retentionYears: 7 })
  assert.ok(first.anonymized >= 1)
  const countAfterFirst = await countAccompanied('2014-01-01', '2014-12-31')
  const auditsBefore = await ctx.db.$count(auditEvents, eq(auditEvents.action, 'person.anonymized'))
  const second = await anonymizeExpiredDossiers(ctx, { today: TODAY, retentionYears: 7 })
  assert.equal(second.anonymized, 0)
  assert.equal(await ctx.db.$count(auditEvents, eq(auditEvents.action, 'person.anonymized')), auditsBefore)
  assert.equal(await countAccompanied('2014-01-01', '2014-12-31'), countAfterFirst)
})

test('the retention period is counted from the latest closure, to the day', async () => {
  const onTheDay = await personWithClosedDossier('2018-06-01')
  const dayAfter = await personWithClosedDossier('2018-06-02')
  await anonymizeExpiredDossiers(ctx, { today: TODAY, retentionYears: 7 })
  const rows = await ctx.db
    .select({ id: persons.id, at: persons.anonymizedAt })
    .from(persons)
    .where(inArray(persons.id, [onTheDay.person.id, dayAfter.person.id]))
  const at = new Map(rows.map((r) => [r.id, r.at]))
  assert.ok(at.get(onTheDay.person.id))
  assert.equal(at.get(dayAfter.person.id), null)
})
