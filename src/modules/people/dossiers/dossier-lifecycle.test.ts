import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { sql } from 'drizzle-orm'
import type { Ctx } from '../../access/index.js'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { staffOf } from '../../../../test/factories/dossiers.js'
import { buildDossier, buildPerson } from '../../../../test/factories/people.js'
import { buildServicePoint, buildStaff } from '../../../../test/factories/territory.js'
import { queryRows } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/errors.js'
import { assignDossier, changeDossierStatus, closeDossier, reopenDossier } from './dossier-lifecycle.service.js'
import { transitionKind } from './dossier.policy.js'
import { dossierStatuses } from './dossier.schema.js'
import { findDossier } from './dossier.queries.js'

const app = await buildTestApp()
const db = app.system.db
let agent: Ctx

before(async () => {
  agent = (await staffOf(app, 'agent', 'region', '11')).ctx
})

const lastEvent = async (dossierId: string) =>
  (
    await queryRows<{ kind: string; from_status: string | null; to_status: string | null }>(
      db,
      sql`select kind, from_status, to_status from people.dossier_events where dossier_id = ${dossierId}
          order by at desc limit 1`,
    )
  )[0]
const audits = async (dossierId: string) =>
  (
    await queryRows<{ action: string }>(db, sql`select action from access.audit_events where entity_id = ${dossierId}`)
  ).map((r) => r.action)

/** Tries the move through the service the policy gives it (status change, close or reopen; status when refused). */
function attempt(ctx: Ctx, id: string, from: string, to: (typeof dossierStatuses)[number]) {
  if (to === 'closed') return closeDossier(ctx, id, { closureReason: 'goals_met' })
  if (from === 'closed' && to === 'open') return reopenDossier(ctx, id, {})
  return changeDossierStatus(ctx, id, { to })
}

test('every transition of the policy table is applied with its event and audit; every other one is refused', async () => {
  for (const from of dossierStatuses) {
    for (const to of dossierStatuses) {
      const d = await buildDossier(app.system, { regionCode: '11', status: from })
      const kind = transitionKind(from, to)
      if (kind) {
        const out = await attempt(agent, d.id, from, to)
        assert.equal(out.status, to, `${from} → ${to}`)
        const event = await lastEvent(d.id)
        assert.deepEqual(event, {
          kind: { status: 'status_changed', close: 'closed', reopen: 'reopened' }[kind],
          from_status: from,
          to_status: to,
        })
        assert.deepEqual(await audits(d.id), [`dossier.${event!.kind}`])
      } else {
        await assert.rejects(
          attempt(agent, d.id, from, to),
          (e: unknown) => e instanceof AppError && e.code === 'DOSSIER_TRANSITION_NOT_ALLOWED' && e.kind === 'conflict',
          `${from} → ${to} must be refused`,
        )
        assert.equal((await findDossier(db, d.id))!.status, from)
        assert.deepEqual(await audits(d.id), [])
      }
    }
  }
})

test('the refusal names both statuses in French and in English', async () => {
  const d = await buildDossier(app.system, { regionCode: '11', status: 'open' })
  await assert.rejects(changeDossierStatus(agent, d.id, { to: 'follow_up' }), (e: unknown) => {
    assert.ok(e instanceof AppError)
    assert.match(e.localized.fr, /« Ouvert ».*« En suivi »/)
    assert.match(e.localized.en, /“Open”.*“In follow-up”/)
    return true
  })
})

test('closing records the reason and the date; reopening clears them and goes back to open', async () => {
  const d = await buildDossier(app.system, { regionCode: '11', status: 'follow_up' })
  const closed = await closeDossier(agent, d.id, { closureReason: 'moved_out_of_region', note: 'Départ pour Montréal' })
  assert.equal(closed.closureReason, 'moved_out_of_region')
  assert.equal(closed.closureNote, 'Départ pour Montréal')
  assert.ok(closed.closedOn)
  const reopened = await reopenDossier(agent, d.id, {})
  assert.equal(reopened.status, 'open')
  assert.equal(reopened.closureReason, null)
  assert.equal(reopened.closedOn, null)
})

test('assigns an agent and a service point of the dossier’s region; refuses another region’s', async () => {
  const d = await buildDossier(app.system, { regionCode: '11' })
  const sp = await buildServicePoint(app.system, { regionCode: '11' })
  const aai = await buildStaff(app.system, { regionCode: '11', role: 'agent' })
  const out = await assignDossier(agent, d.id, { servicePointId: sp.id, agentId: aai.id })
  assert.equal(out.agentId, aai.id)
  assert.equal(out.servicePointId, sp.id)
  assert.deepEqual(await audits(d.id), ['dossier.assigned'])
  const elsewhere = await buildServicePoint(app.system, { regionCode: '01' })
  await assert.rejects(
    assignDossier(agent, d.id, { servicePointId: elsewhere.id }),
    (e: unknown) => e instanceof AppError && e.fields?.servicePointId !== undefined,
  )
  const advisor = await buildStaff(app.system, { regionCode: '11', role: 'advisor' })
  await assert.rejects(
    assignDossier(agent, d.id, { servicePointId: sp.id, agentId: advisor.id }),
    (e: unknown) => e instanceof AppError && e.fields?.agentId !== undefined,
  )
})

test('a director reads dossiers but may not change them', async () => {
  const director = (await staffOf(app, 'director', 'region', '11')).ctx
  const person = await buildPerson(app.system, { regionCode: '11' })
  const d = await buildDossier(app.system, { regionCode: '11', personId: person.id })
  await assert.rejects(
    changeDossierStatus(director, d.id, { to: 'assessment' }),
    (e: unknown) => e instanceof AppError && e.kind === 'forbidden',
  )
})
