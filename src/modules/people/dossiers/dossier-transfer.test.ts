import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { staffOf } from '../../../../test/factories/dossiers.js'
import { buildDossier, buildIntervention } from '../../../../test/factories/people.js'
import { buildServicePoint, buildStaff } from '../../../../test/factories/territory.js'
import { queryRows } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/errors.js'
import { changeDossierStatus, transferDossier } from './dossier-lifecycle.service.js'
import { getDossierOrThrow, getDossierRowForWork, listDossiers } from './dossier.service.js'
import { getDossierView } from './dossier-view.service.js'

const app = await buildTestApp()
const notFound = (e: unknown) => e instanceof AppError && e.kind === 'not_found'

test('a transfer moves the dossier to the other region and keeps its history readable where it was', async () => {
  const gaspe = await buildServicePoint(app.system, { regionCode: '11' })
  const rimouski = await buildServicePoint(app.system, { regionCode: '01' })
  const aai = await buildStaff(app.system, { regionCode: '11', role: 'agent' })
  const from = await staffOf(app, 'agent', 'region', '11')
  const pointStaff = await staffOf(app, 'agent', 'service_point', gaspe.id)
  const to = await staffOf(app, 'agent', 'region', '01')
  const third = await staffOf(app, 'agent', 'region', '06')
  const d = await buildDossier(app.system, { regionCode: '11', servicePointId: gaspe.id, agentId: aai.id })
  await buildIntervention(app.system, d, { occurredOn: '2021-02-01' })

  const out = await transferDossier(from.ctx, d.id, { servicePointId: rimouski.id, reason: 'Déménagement' })
  assert.equal(out.regionCode, '01')
  assert.equal(out.servicePointId, rimouski.id)
  assert.equal(out.agentId, null)
  assert.equal(out.workable, false)
  const [transfer] = await queryRows<Record<string, string>>(
    app.system.db,
    sql`select from_region_code, from_service_point_id, to_region_code, to_service_point_id, reason
        from people.dossier_transfers where dossier_id = ${d.id}`,
  )
  assert.deepEqual(transfer, {
    from_region_code: '11',
    from_service_point_id: gaspe.id,
    to_region_code: '01',
    to_service_point_id: rimouski.id,
    reason: 'Déménagement',
  })

  // The former region (and the former service point's staff) still read it, history included, but no longer work it.
  for (const former of [from.ctx, pointStaff.ctx]) {
    const read = await getDossierOrThrow(former, d.id)
    assert.equal(read.workable, false)
    assert.ok((await listDossiers(former, { person: d.personId })).data.some((x) => x.id === d.id))
    await assert.rejects(getDossierRowForWork(former, d.id), notFound)
    await assert.rejects(changeDossierStatus(former, d.id, { to: 'assessment' }), notFound)
  }
  const view = await getDossierView(from.ctx, d.id)
  assert.deepEqual(
    view.timeline.map((e) => e.source),
    ['intervention', 'transfer'],
  )
  // The receiving region works it; a third region sees nothing.
  assert.equal((await getDossierOrThrow(to.ctx, d.id)).workable, true)
  assert.equal((await changeDossierStatus(to.ctx, d.id, { to: 'assessment' })).status, 'assessment')
  await assert.rejects(getDossierOrThrow(third.ctx, d.id), notFound)
})

test('a transfer must go to another region, from a caller who works the dossier', async () => {
  const gaspe = await buildServicePoint(app.system, { regionCode: '11' })
  const sameRegion = await buildServicePoint(app.system, { regionCode: '11' })
  const rimouski = await buildServicePoint(app.system, { regionCode: '01' })
  const d = await buildDossier(app.system, { regionCode: '11', servicePointId: gaspe.id })
  const from = await staffOf(app, 'agent', 'region', '11')
  await assert.rejects(
    transferDossier(from.ctx, d.id, { servicePointId: sameRegion.id, reason: 'x' }),
    (e: unknown) => e instanceof AppError && e.fields?.servicePointId !== undefined,
  )
  const outsider = await staffOf(app, 'agent', 'region', '01')
  await assert.rejects(transferDossier(outsider.ctx, d.id, { servicePointId: rimouski.id, reason: 'x' }), notFound)
})
