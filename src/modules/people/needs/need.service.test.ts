import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildAssessedDossier, buildPlanStep } from '../../../../test/factories/plans.js'
import { buildDossier } from '../../../../test/factories/people.js'
import { queryRows } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/errors.js'
import { createCatalogueNeed, listNeedCatalogue, retireCatalogueNeed } from './catalogue.service.js'
import { assessNeeds, listDossierNeeds } from './need.service.js'

const app = await buildTestApp()

const events = (dossierId: string) =>
  queryRows<{ action: string; details: Record<string, string[]> }>(
    app.system.db,
    sql`select action, details from access.audit_events where entity_id = ${dossierId} and action like 'need.%'
        and action <> 'need.viewed' order by id`,
  )

const fieldsOf = (e: unknown) => (e instanceof AppError && e.kind === 'invalid' ? e.fields : undefined)

test('the seeded catalogue offers about twenty needs under the four volets, in volet order', async () => {
  const needs = await listNeedCatalogue(app.system.db, '2020-06-01')
  assert.ok(needs.length >= 20)
  assert.deepEqual([...new Set(needs.map((n) => n.volet))], ['installation', 'francisation', 'employment', 'community'])
  assert.equal(needs.find((n) => n.code === 'daycare')?.labelFr, 'Service de garde')
})

test('saves an assessment, then a re-save updates, adds and removes needs, one audit event of each kind per save', async () => {
  const dossier = await buildDossier(app.system)
  const first = await assessNeeds(app.system, dossier.id, {
    needs: [
      { code: 'housing', priority: 'high', status: 'identified', notes: 'Bail à trouver' },
      { code: 'daycare', priority: 'low', status: 'identified' },
    ],
  })
  assert.deepEqual(
    first.map((n) => [n.code, n.priority]),
    [
      ['housing', 'high'],
      ['daycare', 'low'],
    ],
  )
  const second = await assessNeeds(app.system, dossier.id, {
    needs: [
      { code: 'housing', priority: 'medium', status: 'in_progress', notes: 'Bail à trouver' },
      { code: 'job_search', priority: 'high', status: 'identified' },
    ],
  })
  assert.deepEqual(
    second.map((n) => [n.code, n.priority, n.status]),
    [
      ['housing', 'medium', 'in_progress'],
      ['job_search', 'high', 'identified'],
    ],
  )
  const log = await events(dossier.id)
  assert.deepEqual(
    log.map((e) => [e.action, e.details]),
    [
      ['need.assessed', { added: ['housing', 'daycare'] }],
      ['need.assessed', { added: ['job_search'] }],
      ['need.updated', { changed: ['housing'], removed: ['daycare'] }],
    ],
  )
})

test('an unchanged re-save writes nothing and records no event', async () => {
  const { dossier } = await buildAssessedDossier(app.system)
  const before = (await events(dossier.id)).length
  await assessNeeds(app.system, dossier.id, {
    needs: [
      { code: 'housing', priority: 'high', status: 'identified' },
      { code: 'french_courses', priority: 'medium', status: 'identified' },
    ],
  })
  assert.equal((await events(dossier.id)).length, before)
})

test('refuses an unknown need and a need listed twice, per need, writing nothing', async () => {
  const dossier = await buildDossier(app.system)
  await assert.rejects(
    assessNeeds(app.system, dossier.id, {
      needs: [
        { code: 'teleportation', priority: 'high', status: 'identified' },
        { code: 'housing', priority: 'high', status: 'identified' },
        { code: 'housing', priority: 'low', status: 'identified' },
      ],
    }),
    (e) => {
      const fields = fieldsOf(e)
      return fields?.need_teleportation !== undefined && fields.need_housing?.en === 'This need is listed twice.'
    },
  )
  assert.deepEqual(await listDossierNeeds(app.system, dossier.id), [])
})

test('a need that plan steps concern cannot be removed, only marked dropped', async () => {
  const { dossier, needId } = await buildAssessedDossier(app.system)
  await buildPlanStep(app.system, dossier.id, needId('housing'))
  await assert.rejects(
    assessNeeds(app.system, dossier.id, {
      needs: [{ code: 'french_courses', priority: 'medium', status: 'identified' }],
    }),
    (e) => fieldsOf(e)?.need_housing?.fr?.includes('abandonné') === true,
  )
  const kept = await assessNeeds(app.system, dossier.id, {
    needs: [
      { code: 'housing', priority: 'high', status: 'dropped' },
      { code: 'french_courses', priority: 'medium', status: 'identified' },
    ],
  })
  assert.equal(kept.find((n) => n.code === 'housing')?.status, 'dropped')
})

test('a retired need stays on the dossiers that had it but is offered to no new assessment', async () => {
  await createCatalogueNeed(app.system, {
    code: 'winter_clothing',
    volet: 'installation',
    labelFr: 'Vêtements d’hiver',
    labelEn: 'Winter clothing',
    sortOrder: 200,
    validFrom: '2019-01-01',
  })
  const older = await buildDossier(app.system)
  await assessNeeds(app.system, older.id, {
    needs: [{ code: 'winter_clothing', priority: 'high', status: 'identified' }],
  })
  await retireCatalogueNeed(app.system, 'winter_clothing', { validTo: '2020-01-01' })

  assert.equal(
    (await listNeedCatalogue(app.system.db, '2026-01-01')).some((n) => n.code === 'winter_clothing'),
    false,
  )
  // The older dossier keeps it and may still change it.
  const kept = await assessNeeds(app.system, older.id, {
    needs: [{ code: 'winter_clothing', priority: 'low', status: 'met' }],
  })
  assert.deepEqual(
    kept.map((n) => [n.code, n.status]),
    [['winter_clothing', 'met']],
  )
  const newer = await buildDossier(app.system)
  await assert.rejects(
    assessNeeds(app.system, newer.id, { needs: [{ code: 'winter_clothing', priority: 'high', status: 'identified' }] }),
    (e) => fieldsOf(e)?.need_winter_clothing !== undefined,
  )
})

test('retiring refuses an end date that does not follow the start', async () => {
  await assert.rejects(
    retireCatalogueNeed(app.system, 'banking', { validTo: '2019-01-01' }),
    (e) => fieldsOf(e)?.validTo !== undefined,
  )
})
