import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildAdvisorService, buildEnterprise } from '../../../../test/factories/employers.js'
import { buildDossier, buildIntervention } from '../../../../test/factories/people.js'
import { buildStaff } from '../../../../test/factories/territory.js'
import { DEMO_DIRECTORATE, loadDemo } from '../../../seed/demo.js'
import { findDirectorateByName } from '../../territory/index.js'
import type { BilanModel } from './bilan.model.js'
import { computeBilan, publicBilan } from './bilan.service.js'

const app = await buildTestApp()
const db = app.database.db
const now = new Date('2026-11-27T15:00:00Z')
const period = { from: '2019-08-01', to: '2021-06-30' }
const demoBilan = () => computeBilan(db, { regionCode: '11', ...period }, now)
before(() => loadDemo(app.base))

test("the demo region's Bilan states the seed's figures", async () => {
  const m = await demoBilan()
  assert.equal(m.audience, 'staff')
  assert.deepEqual(m.region, {
    code: '11',
    slug: 'gaspesie-iles-de-la-madeleine',
    nameFr: 'Gaspésie–Îles-de-la-Madeleine',
    nameEn: m.region.nameEn,
    locativeFr: m.region.locativeFr,
  })
  assert.deepEqual(m.period, period)
  assert.equal(m.dataAsOf, now.toISOString())
  assert.equal(m.directorate?.nameFr, DEMO_DIRECTORATE)
  assert.equal(m.personsAccompanied, 83)
  assert.equal(m.enterprisesAccompanied, 19)
  assert.equal(m.agreements, 7)
  assert.deepEqual(m.team, { advisors: 2, agents: 2 })
  assert.equal(m.servicePoints.length, 3)
  const addresses = m.servicePoints.map((p) => p.streetAddress).sort()
  assert.deepEqual(addresses, [
    '11, rue de la Cathédrale',
    '314, boulevard Perron',
    '96 Montée de Sandy Beach, bureau 2.11',
  ])
  assert.ok(m.servicePoints.every((p) => p.hostName === 'Services Québec' && p.city && p.hostKind))
  assert.equal(m.actionKinds.length, 12)
  assert.ok(m.actionKinds.every((k) => k.count > 0 && k.labelFr && k.labelEn))
  assert.equal(m.resourceOrganizations.length, 4)
  assert.ok(m.resourceOrganizations.some((o) => o.name === 'Pouvoir des mots de Gaspé'))
  assert.deepEqual(m.contact, { email: 'accompagnement_qcdrbslgim@mifi.gouv.qc.ca', phone: '1 833 273-4667' })
  assert.ok(m.committedAmounts.length > 0)
  assert.ok(m.committedAmounts.every((a) => a.programNameFr && a.amountCents > 0))
})

test('changing one record changes the figure (a person, an enterprise)', async () => {
  const before = await demoBilan()
  const servicePointId = before.servicePoints[0]!.id
  const dossier = await buildDossier(app.system, { regionCode: '11', servicePointId })
  await buildIntervention(app.system, dossier, { occurredOn: '2021-06-30' })
  const enterprise = await buildEnterprise(app.system)
  await buildAdvisorService(app.system, enterprise, { servedOn: '2019-08-01' })
  const outside = await buildDossier(app.system, { regionCode: '11', servicePointId })
  await buildIntervention(app.system, outside, { occurredOn: '2021-07-01' })
  const after = await demoBilan()
  assert.equal(after.personsAccompanied, (before.personsAccompanied as number) + 1)
  assert.equal(after.enterprisesAccompanied, (before.enterprisesAccompanied as number) + 1)
})

test('the team is the one in post at the end of the period', async () => {
  const before = await demoBilan()
  await buildStaff(app.system, { role: 'advisor', validFrom: '2019-01-01', validTo: '2021-05-01' })
  await buildStaff(app.system, { role: 'advisor', validFrom: '2021-07-01' })
  assert.deepEqual((await demoBilan()).team, before.team, 'left before the end, or arrived after: not counted')
  await buildStaff(app.system, { role: 'agent', validFrom: '2020-01-01', validTo: '2021-07-01' })
  assert.equal((await demoBilan()).team.agents, before.team.agents + 1)
})

test("a directorate's Bilan covers its regions 01 and 11", async () => {
  const directorate = await findDirectorateByName(db, DEMO_DIRECTORATE)
  const m = await computeBilan(db, { directorateId: directorate!.id, ...period }, now)
  assert.deepEqual(
    m.regions.map((r) => r.code),
    ['01', '11'],
  )
  assert.equal(m.region.code, '01')
  assert.equal(m.directorate?.nameFr, DEMO_DIRECTORATE)
  const region = await demoBilan()
  assert.equal(m.personsAccompanied, region.personsAccompanied, 'the demo has no persons in region 01')
  assert.equal(m.servicePoints.length, region.servicePoints.length)
})

test('unknown region or directorate: not found; bad or reversed dates: invalid input per field', async () => {
  const kind = (e: unknown) => (e as { kind?: string }).kind
  await assert.rejects(computeBilan(db, { regionCode: '99', ...period }, now), (e) => kind(e) === 'not_found')
  await assert.rejects(
    computeBilan(db, { directorateId: '00000000-0000-4000-8000-000000000000', ...period }, now),
    (e) => kind(e) === 'not_found',
  )
  await assert.rejects(computeBilan(db, { directorateId: 'x', ...period }, now), (e) => kind(e) === 'not_found')
  const fields = (e: unknown) => Object.keys((e as { fields?: object }).fields ?? {})
  await assert.rejects(
    computeBilan(db, { regionCode: '11', from: '2021-13-01', to: '2021-02-30' }, now),
    (e) => kind(e) === 'invalid' && fields(e).join() === 'from,to',
  )
  await assert.rejects(
    computeBilan(db, { regionCode: '11', from: '2021-06-30', to: '2019-08-01' }, now),
    (e) => kind(e) === 'invalid' && fields(e).join() === 'to',
  )
})

test('the public Bilan suppresses persons and enterprises of 1 to 4, and only them', async () => {
  const m: BilanModel = { ...(await demoBilan()), personsAccompanied: 3, enterprisesAccompanied: 0, agreements: 2 }
  const p = publicBilan(m)
  assert.equal(p.audience, 'public')
  assert.equal(p.personsAccompanied, '<5')
  assert.equal(p.enterprisesAccompanied, 0)
  assert.equal(p.agreements, 2)
  assert.deepEqual(p.team, m.team)
  assert.equal(publicBilan({ ...m, personsAccompanied: 5, enterprisesAccompanied: 1 }).personsAccompanied, 5)
  assert.equal(publicBilan({ ...m, personsAccompanied: 5, enterprisesAccompanied: 1 }).enterprisesAccompanied, '<5')
  assert.equal(publicBilan(publicBilan(m)).personsAccompanied, '<5')
})
