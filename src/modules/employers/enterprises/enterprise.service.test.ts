import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildEnterprise, buildLabourNeed, testNeq } from '../../../../test/factories/employers.js'
import { labourNeeds } from '../needs/labour-need.schema.js'
import { listLabourNeeds } from '../needs/labour-need.service.js'
import { type Ctx, Scope } from '../../access/index.js'
import { listMrcsOfRegionsOrThrow } from '../../territory/index.js'
import { AppError } from '../../../platform/errors.js'
import { parseInput } from '../../../platform/validation.js'
import {
  addContact,
  getContactOrThrow,
  getEnterpriseDetailsOrThrow,
  removeContact,
  replaceContact,
} from './enterprise-contact.service.js'
import { enterpriseInput } from './enterprise.contracts.js'
import { createEnterprise, findEnterpriseDuplicates, listEnterprises, replaceEnterprise } from './enterprise.service.js'
import { auditEvents } from '../../access/audit/audit.schema.js'
import { eq } from 'drizzle-orm'

const app = await buildTestApp()
const sys = app.system
const otherMrc = (await listMrcsOfRegionsOrThrow(sys, ['01']))[0]!.code
const input = (overrides: Record<string, unknown> = {}) =>
  parseInput(enterpriseInput, {
    legalName: 'Poissonnerie du Havre',
    scianCode: '31-33',
    city: 'Gaspé',
    mrcCode: '03',
    regionCode: '11',
    ...overrides,
  })
const advisorCtx = async (region: string): Promise<Ctx> => ({
  ...sys,
  actor: (await app.userOf('advisor', 'region', region)).actor,
  scope: Scope.ofRegions('region', [region]),
})
const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? `${e.code}:${Object.keys(e.fields ?? {}).join(',')}` : String(e)),
  )

describe('createEnterprise', () => {
  test('records an enterprise with its NEQ and postal code normalized, audited with its region', async () => {
    const neq = testNeq()
    const e = await createEnterprise(
      sys,
      input({ legalName: 'Fumoir Cap-Aux-Os', neq: `${neq.slice(0, 4)} ${neq.slice(4)}`, postalCode: 'g4x2r1' }),
    )
    assert.equal(e.neq, neq)
    assert.equal(e.postalCode, 'G4X 2R1')
    const [event] = await sys.db.select().from(auditEvents).where(eq(auditEvents.entityId, e.id))
    assert.equal(event?.action, 'enterprise.created')
    assert.equal(event?.regionCode, '11')
  })

  test('refuses the NEQ of another enterprise, naming it', async () => {
    const other = await buildEnterprise(sys, { neq: testNeq(), legalName: 'Scierie Madeleine' })
    const error = await createEnterprise(sys, input({ legalName: 'Autre nom', neq: other.neq })).catch((e) => e)
    assert.equal(error.code, 'ENTERPRISE_NEQ_TAKEN')
    assert.equal(error.details.enterprise.id, other.id)
  })

  test('refuses a similar name in the same municipality unless confirmed; another municipality is fine', async () => {
    const first = await buildEnterprise(sys, { legalName: 'Les Pêcheries Gaspésiennes inc.', city: 'Gaspé' })
    const error = await createEnterprise(sys, input({ legalName: 'Pecheries gaspesiennes inc', city: 'GASPÉ' })).catch(
      (e) => e,
    )
    assert.equal(error.code, 'possible_duplicate')
    assert.ok(error.details.candidates.some((c: { id: string }) => c.id === first.id))
    assert.equal(
      await codeOf(createEnterprise(sys, input({ legalName: 'Pecheries gaspesiennes inc', city: 'Percé' }))),
      'ok',
    )
    assert.equal(
      await codeOf(
        createEnterprise(sys, input({ legalName: 'Pecheries gaspesiennes inc', confirmedNotDuplicate: true })),
      ),
      'ok',
    )
  })

  test('findEnterpriseDuplicates finds the same NEQ and an equal folded name', async () => {
    const neq = testNeq()
    const e = await buildEnterprise(sys, { neq, legalName: 'Éoliennes du Cap', city: 'Murdochville' })
    const found = await findEnterpriseDuplicates(sys.db, { neq, legalName: 'zzz', city: 'Ailleurs' })
    assert.equal(found.sameNeq?.id, e.id)
    const byName = await findEnterpriseDuplicates(sys.db, { legalName: 'eoliennes du cap', city: 'murdochville' })
    assert.deepEqual(
      byName.similar.map((c) => c.id),
      [e.id],
    )
  })

  const bad: [string, Record<string, unknown>, string][] = [
    ['an MRC of another region', { mrcCode: otherMrc }, 'INVALID_INPUT:mrcCode'],
    ['an unknown sector', { scianCode: '99' }, 'INVALID_INPUT:scianCode'],
  ]
  for (const [name, overrides, expected] of bad)
    test(`refuses ${name}`, async () => {
      assert.equal(await codeOf(createEnterprise(sys, input({ legalName: `X ${name}`, ...overrides }))), expected)
    })

  test('refuses a region outside the caller’s scope', async () => {
    const ctx = await advisorCtx('01')
    assert.equal(await codeOf(createEnterprise(ctx, input({ legalName: 'Hors portée' }))), 'INVALID_INPUT:regionCode')
  })
})

test('replaceEnterprise clears absent fields, audits what changed, and keeps a confirmed name', async () => {
  const e = await createEnterprise(sys, input({ legalName: 'Auberge du Rocher', phone: '418 555-0100' }))
  const after = await replaceEnterprise(sys, e.id, input({ legalName: 'Auberge du Rocher', sizeBand: '5-19' }))
  assert.equal(after.phone, null)
  assert.equal(after.sizeBand, '5-19')
  const events = await sys.db.select().from(auditEvents).where(eq(auditEvents.entityId, e.id))
  const updated = events.find((ev) => ev.action === 'enterprise.updated')
  assert.deepEqual((updated?.details as { changed: string[] } | undefined)?.changed.sort(), ['phone', 'sizeBand'])
})

test('an enterprise moved to another region takes its labour needs along (region, MRC dropped), each audited', async () => {
  const e = await createEnterprise(sys, input({ legalName: 'Chantier naval du Bassin', city: 'Bassin' }))
  const need = await buildLabourNeed(sys, { id: e.id, regionCode: '11', mrcCode: '03', city: 'Bassin' })
  await replaceEnterprise(
    sys,
    e.id,
    input({ legalName: 'Chantier naval du Bassin', city: 'Bassin', regionCode: '01', mrcCode: otherMrc }),
  )
  const [moved] = await sys.db.select().from(labourNeeds).where(eq(labourNeeds.id, need.id))
  assert.equal(moved!.regionCode, '01')
  assert.equal(moved!.mrcCode, null)
  const events = await sys.db.select().from(auditEvents).where(eq(auditEvents.entityId, need.id))
  assert.deepEqual(
    events.map((ev) => [ev.action, ev.regionCode]),
    [['labour_need.updated', '01']],
  )
  const bas = await advisorCtx('01')
  assert.equal((await listLabourNeeds(bas, { enterprise: e.id })).data.length, 1, 'the new region sees it')
  assert.equal((await listLabourNeeds(await advisorCtx('11'), { enterprise: e.id })).data.length, 0)
})

test('contacts: add, replace, read, remove, each audited', async () => {
  const e = await buildEnterprise(sys)
  const c = await addContact(sys, e.id, { name: 'Josée Leblanc', jobTitle: 'Directrice RH', language: 'fr' })
  await replaceContact(sys, e.id, c.id, { name: 'Josée Leblanc', email: 'jl@example.ca', language: 'en' })
  let details = await getEnterpriseDetailsOrThrow(sys, e.id)
  assert.equal(details.contacts[0]?.email, 'jl@example.ca')
  assert.equal(details.contacts[0]?.jobTitle, null)
  const viewed = await sys.db.select().from(auditEvents).where(eq(auditEvents.entityId, e.id))
  assert.ok(viewed.some((a) => a.action === 'enterprise.viewed' && a.regionCode === '11'))
  assert.equal((await getContactOrThrow(sys, e.id, c.id)).name, 'Josée Leblanc')
  await removeContact(sys, e.id, c.id)
  details = await getEnterpriseDetailsOrThrow(sys, e.id)
  assert.equal(details.contacts.length, 0)
  const actions = (await sys.db.select().from(auditEvents).where(eq(auditEvents.entityId, c.id))).map((a) => a.action)
  assert.deepEqual(actions.sort(), [
    'enterprise_contact.added',
    'enterprise_contact.removed',
    'enterprise_contact.updated',
    'enterprise_contact.viewed',
  ])
})

test('listEnterprises searches folded names and NEQ, filters by sector and MRC, within the scope', async () => {
  const neq = testNeq()
  const mine = await buildEnterprise(sys, { legalName: 'Boulangerie Él Ëncre', neq, scianCode: '44-45' })
  const far = await buildEnterprise(sys, { legalName: 'Boulangerie El Encre Nord', regionCode: '01', mrcCode: null })
  const ctx = await advisorCtx('11')
  const byName = await listEnterprises(ctx, { q: 'el encre', page: 1 })
  assert.deepEqual(
    byName.data.map((e) => e.id),
    [mine.id],
  )
  assert.ok(!byName.data.some((e) => e.id === far.id))
  assert.deepEqual(
    (await listEnterprises(ctx, { q: neq, page: 1 })).data.map((e) => e.id),
    [mine.id],
  )
  assert.equal((await listEnterprises(ctx, { q: 'el encre', sector: '11', page: 1 })).data.length, 0)
  assert.equal((await listEnterprises(ctx, { q: 'el encre', region: '01', page: 1 })).data.length, 0)
})
