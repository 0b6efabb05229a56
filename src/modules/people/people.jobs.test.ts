import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eq } from 'drizzle-orm'
import { createTestDatabase } from '../../../test/db.js'
import { buildDossier, buildIntervention } from '../../../test/factories/people.js'
import { buildReferral } from '../../../test/factories/privacy.js'
import { buildConsent, buildOrganization } from '../../../test/factories/referrals.js'
import { resolveScope } from '../../server/scope-resolver.js'
import { ensureSchedules, runDueJobs, systemCtx } from '../access/index.js'
import { persons } from './persons/person.schema.js'
import { referrals } from './referrals/referral.schema.js'
import { peopleJobs } from './people.jobs.js'

const database = await createTestDatabase()
const base = { db: database.db, now: () => new Date('2025-06-02T12:00:00Z'), resolveScope }
const ctx = systemCtx(base, 'test')

test('the people jobs expire overdue referrals and anonymize expired files when due', async () => {
  const closed = await buildDossier(ctx, { status: 'closed', closedOn: '2016-01-04' })
  await buildIntervention(ctx, closed, { occurredOn: '2015-03-02' })
  const open = await buildDossier(ctx)
  const organization = await buildOrganization(ctx)
  const consent = await buildConsent(ctx, open.personId, 'referral_sharing')
  const waiting = await buildReferral(ctx, open, organization.id, consent.id, {
    status: 'sent',
    outcome: null,
    answerDueOn: '2025-05-20',
  })
  const jobs = peopleJobs({ referralExpiryWorkingDays: 10, dossierRetentionYears: 7 })
  await ensureSchedules(base.db, jobs, base.now())
  const runs = await runDueJobs(base, jobs)
  const byName = Object.fromEntries(runs.map((r) => [r.name, r.result]))
  assert.deepEqual(byName['referrals.expire'], { expired: 1 })
  assert.deepEqual(byName['dossiers.retention'], { anonymized: 1 })
  const [ref] = await ctx.db.select().from(referrals).where(eq(referrals.id, waiting.id))
  assert.equal(ref!.status, 'expired')
  const [person] = await ctx.db.select().from(persons).where(eq(persons.id, closed.personId))
  assert.ok(person!.anonymizedAt)
  assert.deepEqual(await runDueJobs(base, jobs), [])
})
