import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eq, sql } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildAssessedDossier, buildOrganization, buildPlanStep } from '../../../../test/factories/plans.js'
import { queryRows } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/errors.js'
import { dossiers } from '../dossiers/dossier.schema.js'
import { addPlanStep, listPlanSteps, updatePlanStep } from './plan.service.js'

const app = await buildTestApp()

const fieldsOf = (e: unknown) => (e instanceof AppError && e.kind === 'invalid' ? e.fields : undefined)
const nextFollowUp = async (id: string) =>
  (await app.system.db.select().from(dossiers).where(eq(dossiers.id, id)))[0]!.nextFollowUpOn

test('a step must serve a need of its own dossier', async () => {
  const a = await buildAssessedDossier(app.system)
  const b = await buildAssessedDossier(app.system)
  await assert.rejects(
    addPlanStep(app.system, a.dossier.id, {
      needId: b.needId('housing'),
      action: 'Visiter des logements',
      responsible: 'agent',
      status: 'planned',
    }),
    (e) => fieldsOf(e)?.needId?.en === 'Choose a need assessed in this dossier.',
  )
  assert.deepEqual(await listPlanSteps(app.system, a.dossier.id), [])
})

test('a partner step names an organization of the dossier’s region, not of another region', async () => {
  const { dossier, needId } = await buildAssessedDossier(app.system)
  const here = await buildOrganization(app.system, '11')
  const elsewhere = await buildOrganization(app.system, '01')
  const step = {
    needId: needId('french_courses'),
    action: 'Inscription',
    responsible: 'partner' as const,
    status: 'planned' as const,
  }
  await assert.rejects(
    addPlanStep(app.system, dossier.id, { ...step, organizationId: elsewhere.id }),
    (e) => fieldsOf(e)?.organizationId?.fr === 'Choisissez un organisme de la région du dossier.',
  )
  await assert.rejects(addPlanStep(app.system, dossier.id, step), (e) => fieldsOf(e)?.organizationId !== undefined)
  const added = await addPlanStep(app.system, dossier.id, { ...step, organizationId: here.id })
  assert.equal(added.organizationId, here.id)
  assert.equal(added.needCode, 'french_courses')
})

test('the dossier’s next follow-up is the earliest due date of its open steps', async () => {
  const { dossier, needId } = await buildAssessedDossier(app.system)
  const later = await buildPlanStep(app.system, dossier.id, needId('housing'), '2030-03-01')
  assert.equal(await nextFollowUp(dossier.id), '2030-03-01')
  const sooner = await buildPlanStep(app.system, dossier.id, needId('french_courses'), '2030-02-01')
  assert.equal(await nextFollowUp(dossier.id), '2030-02-01')
  await updatePlanStep(app.system, sooner.id, { status: 'done' })
  assert.equal(await nextFollowUp(dossier.id), '2030-03-01')
  await updatePlanStep(app.system, later.id, { status: 'cancelled' })
  assert.equal(await nextFollowUp(dossier.id), null)
})

test('doneOn is set when a step is done, kept while it stays done, cleared when it is reopened', async () => {
  const { dossier, needId } = await buildAssessedDossier(app.system)
  const step = await buildPlanStep(app.system, dossier.id, needId('housing'))
  const done = await updatePlanStep(app.system, step.id, { status: 'done' })
  assert.match(done.doneOn ?? '', /^\d{4}-\d{2}-\d{2}$/)
  const renamed = await updatePlanStep(app.system, step.id, { action: 'Signer le bail' })
  assert.equal(renamed.doneOn, done.doneOn)
  const reopened = await updatePlanStep(app.system, step.id, { status: 'in_progress' })
  assert.equal(reopened.doneOn, null)
})

test('switching a step to a partner checks the merged step: an organization is required', async () => {
  const { dossier, needId } = await buildAssessedDossier(app.system)
  const step = await buildPlanStep(app.system, dossier.id, needId('housing'))
  await assert.rejects(
    updatePlanStep(app.system, step.id, { responsible: 'partner' }),
    (e) => fieldsOf(e)?.organizationId !== undefined,
  )
})

test('each step created or changed writes its audit event; an unchanged patch writes none', async () => {
  const { dossier, needId } = await buildAssessedDossier(app.system)
  const step = await buildPlanStep(app.system, dossier.id, needId('housing'))
  await updatePlanStep(app.system, step.id, { status: 'in_progress' })
  await updatePlanStep(app.system, step.id, { status: 'in_progress' })
  const rows = await queryRows<{ action: string }>(
    app.system.db,
    sql`select action from access.audit_events where entity_id = ${step.id} order by id`,
  )
  assert.deepEqual(
    rows.map((r) => r.action),
    ['plan_step.created', 'plan_step.updated'],
  )
})

test('an unknown step answers not found', async () => {
  await assert.rejects(
    updatePlanStep(app.system, '00000000-0000-4000-8000-000000000000', { status: 'done' }),
    (e) => e instanceof AppError && e.kind === 'not_found',
  )
})
