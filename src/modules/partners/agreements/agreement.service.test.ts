import assert from 'node:assert/strict'
import { test } from 'node:test'
import { AppError } from '../../../platform/errors.js'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { staffOf } from '../../../../test/factories/dossiers.js'
import { buildOrganization } from '../../../../test/factories/partners.js'
import { addAmendment, changeAgreementStatus } from './agreement-changes.service.js'
import {
  createAgreement,
  getAgreementOrThrow,
  getAgreementTotals,
  listAgreements,
  replaceAgreement,
} from './agreement.service.js'
import { validInput, voletIdOf } from './agreement.test-world.js'

const app = await buildTestApp()
const { ctx: director } = await staffOf(app, 'director', 'region', '11')

async function refusal(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  assert.fail('expected a refusal')
}

test('a director creates an agreement in preparation in the organization’s region, with its yearly amounts', async () => {
  const org = await buildOrganization(app.system)
  const created = await createAgreement(director, await validInput(app.system, org.id, { mrcCodes: ['02'] }))
  assert.equal(created.status, 'preparation')
  assert.equal(created.regionCode, '11')
  assert.equal(created.totalCents, 10_000_000)
  assert.deepEqual(created.mrcCodes, ['02'])
  assert.deepEqual(
    created.amounts.map((a) => a.fiscalYear),
    [2020, 2021],
  )
})

test('bad terms are refused with a status and a message on the field, never saved', async () => {
  const org = await buildOrganization(app.system)
  const other = await buildOrganization(app.system, { regionCode: '01' })
  const pasiVolet = await voletIdOf(app.system, 'PASI', 'AQ')
  const mdVolet = await voletIdOf(app.system, 'MD', 'G')
  const taken = await createAgreement(director, await validInput(app.system, org.id))
  const cases: [string, Parameters<typeof validInput>[2], number, string][] = [
    ['end before start', { startOn: '2021-04-01', endOn: '2020-04-01' }, 400, 'endOn'],
    ['four fiscal years', { startOn: '2019-04-01', endOn: '2022-04-01' }, 400, 'endOn'],
    ['a year missing', { amounts: [{ fiscalYear: 2020, amountCents: 1 }] }, 400, 'amounts'],
    [
      'a year outside',
      {
        amounts: [
          { fiscalYear: 2020, amountCents: 1 },
          { fiscalYear: 2021, amountCents: 1 },
          { fiscalYear: 2022, amountCents: 1 },
        ],
      },
      400,
      'amounts',
    ],
    ['a total that is not the sum', { totalCents: 1 }, 400, 'totalCents'],
    ['a volet of another program', { voletId: pasiVolet }, 400, 'voletId'],
    ['a closed program', { programCode: 'MD', voletId: mdVolet }, 400, 'programCode'],
    ['referrals funded outside PASI', { fundsReferrals: true }, 400, 'fundsReferrals'],
    ['an MRC of another region', { mrcCodes: ['07'] }, 400, 'mrcCodes'],
    ['a reference taken (other case)', { reference: taken.reference.toLowerCase() }, 409, 'reference'],
    ['another region’s organization', { organizationId: other.id }, 404, ''],
  ]
  for (const [name, overrides, status, field] of cases) {
    const error = await refusal(async () =>
      createAgreement(director, await validInput(app.system, org.id, overrides)),
    ).catch((e: Error) => {
      throw new Error(`${name}: ${e.message}`)
    })
    const code = { invalid: 400, conflict: 409, not_found: 404 }[error.kind as 'invalid']
    assert.equal(code, status, name)
    if (field) assert.ok(error.fields?.[field]?.fr, `${name}: ${JSON.stringify(error.fields)}`)
  }
  const page = await listAgreements(director, { organization: org.id })
  assert.equal(page.data.length, 1)
})

test('agents and advisors read agreements but may not create them; partners list none here (the portal)', async () => {
  const org = await buildOrganization(app.system)
  const created = await createAgreement(director, await validInput(app.system, org.id))
  for (const role of ['agent', 'advisor'] as const) {
    const { ctx } = await staffOf(app, role, 'region', '11')
    assert.equal((await getAgreementOrThrow(ctx, created.id)).id, created.id)
    assert.equal(
      (await refusal(async () => createAgreement(ctx, await validInput(app.system, org.id)))).kind,
      'forbidden',
    )
  }
  const { ctx: elsewhere } = await staffOf(app, 'director', 'region', '01')
  assert.equal((await refusal(() => getAgreementOrThrow(elsewhere, created.id))).kind, 'not_found')
  const { ctx: partner } = await staffOf(app, 'partner', 'organization', org.id)
  assert.equal((await refusal(() => getAgreementOrThrow(partner, created.id))).kind, 'forbidden')
  assert.equal((await refusal(() => listAgreements(partner, {}))).kind, 'forbidden')
})

test('the lifecycle moves with dates; an illegal move is a conflict, a bad date a 400; each move is an event', async () => {
  const org = await buildOrganization(app.system)
  const { id } = await createAgreement(director, await validInput(app.system, org.id))
  await changeAgreementStatus(director, id, { to: 'signed', on: '2020-03-20' })
  assert.equal(
    (await refusal(() => changeAgreementStatus(director, id, { to: 'signed', on: '2020-03-21' }))).kind,
    'conflict',
  )
  const early = await refusal(() => changeAgreementStatus(director, id, { to: 'in_progress', on: '2020-03-19' }))
  assert.equal(early.kind, 'invalid')
  assert.ok(early.fields?.on)
  const future = await refusal(() => changeAgreementStatus(director, id, { to: 'in_progress', on: '2199-01-01' }))
  assert.ok(future.fields?.on)
  const noReason = await refusal(() => changeAgreementStatus(director, id, { to: 'terminated', on: '2020-06-01' }))
  assert.ok(noReason.fields?.reason)
  await changeAgreementStatus(director, id, { to: 'in_progress', on: '2020-04-01' })
  const done = await changeAgreementStatus(director, id, {
    to: 'terminated',
    on: '2021-01-15',
    reason: 'Organisme dissous',
  })
  assert.equal(done.status, 'terminated')
  assert.equal(done.terminatedOn, '2021-01-15')
  assert.equal(done.terminationReason, 'Organisme dissous')
  assert.deepEqual(
    done.events.map((e) => e.toStatus),
    ['signed', 'in_progress', 'terminated'],
  )
})

test('in preparation the terms are replaced directly; once signed, only an amendment changes them', async () => {
  const org = await buildOrganization(app.system)
  const input = await validInput(app.system, org.id)
  const { id } = await createAgreement(director, input)
  const edited = await replaceAgreement(director, id, { ...input, title: 'Nouveau titre' })
  assert.equal(edited.title, 'Nouveau titre')
  await changeAgreementStatus(director, id, { to: 'signed', on: '2020-03-20' })
  assert.equal((await refusal(() => replaceAgreement(director, id, input))).kind, 'conflict')
  const amendedOnce = await addAmendment(director, id, {
    signedOn: '2021-02-01',
    summary: 'Prolongation d’un an',
    endOn: '2023-03-31',
    amounts: [
      { fiscalYear: 2020, amountCents: 5_000_000 },
      { fiscalYear: 2021, amountCents: 5_000_000 },
      { fiscalYear: 2022, amountCents: 2_500_000 },
    ],
  })
  assert.equal(amendedOnce.endOn, '2023-03-31')
  assert.equal(amendedOnce.totalCents, 12_500_000)
  const bad = await refusal(() =>
    addAmendment(director, id, { signedOn: '2021-03-01', summary: 'x', endOn: '2024-03-31' }),
  )
  assert.ok(bad.fields?.endOn)
  const before = await refusal(() => addAmendment(director, id, { signedOn: '2020-01-01', summary: 'x' }))
  assert.ok(before.fields?.signedOn)
  const second = await addAmendment(director, id, { signedOn: '2021-06-01', summary: 'Mise à jour des objectifs' })
  assert.deepEqual(
    second.amendments.map((a) => a.number),
    [1, 2],
  )
  assert.deepEqual(Object.keys(second.amendments[0]!.changes).sort(), ['amounts', 'endOn'])
  assert.deepEqual(second.amendments[0]!.changes.endOn, { before: '2022-03-31', after: '2023-03-31' })
  assert.deepEqual(second.amendments[1]!.changes, {})
})

test('totals sum the yearly amounts of agreements past preparation by program and by region, in scope only', async () => {
  const { ctx: scoped } = await staffOf(app, 'director', 'region', '09')
  const org = await buildOrganization(app.system, { regionCode: '09' })
  const a = await createAgreement(scoped, await validInput(app.system, org.id))
  await createAgreement(scoped, await validInput(app.system, org.id))
  await changeAgreementStatus(scoped, a.id, { to: 'signed', on: '2020-03-01' })
  const totals = await getAgreementTotals(scoped)
  assert.deepEqual(totals.byRegion, [
    { regionCode: '09', fiscalYear: 2020, amountCents: 5_000_000, agreements: 1 },
    { regionCode: '09', fiscalYear: 2021, amountCents: 5_000_000, agreements: 1 },
  ])
  assert.deepEqual(
    totals.byProgram.map((r) => [r.programCode, r.fiscalYear, r.amountCents]),
    [
      ['PAC', 2020, 5_000_000],
      ['PAC', 2021, 5_000_000],
    ],
  )
})
