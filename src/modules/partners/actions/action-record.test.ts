import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eq } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildAgreement, buildOrganization } from '../../../../test/factories/partners.js'
import { inTransaction } from '../../access/index.js'
import { AppError } from '../../../platform/errors.js'
import { partnerReports } from '../reporting/report.schema.js'
import { recordReportedActions, reportedActionInput } from './action-record.js'
import { localActions } from './action.schema.js'

const app = await buildTestApp()

async function arrange() {
  const organization = await buildOrganization(app.system)
  const agreement = await buildAgreement(app.system, organization)
  const [report] = await app.system.db
    .insert(partnerReports)
    .values({ agreementId: agreement.id, organizationId: organization.id, narrative: 'Bilan', submittedAt: new Date() })
    .returning()
  return { agreement, report: report! }
}

const supper = { kindCode: 'intercultural_meals', title: 'Souper', startOn: '2020-10-01', endOn: '2020-10-01' }

test('records the actions a partner declares, tied to the report and the agreement’s region', async () => {
  const { agreement, report } = await arrange()
  const input = reportedActionInput.parse({
    ...supper,
    municipality: 'Gaspé',
    immigrantParticipants: 12,
    totalParticipants: 30,
  })
  const ids = await inTransaction(app.system, (tx) => recordReportedActions(tx, agreement, report.id, [input]))
  assert.equal(ids.length, 1)
  const [row] = await app.system.db.select().from(localActions).where(eq(localActions.id, ids[0]!))
  assert.equal(row?.reportId, report.id)
  assert.equal(row?.regionCode, '11')
  assert.equal(row?.immigrantParticipants, 12)
})

test('reports every problem of every action at once and records none', async () => {
  const { agreement, report } = await arrange()
  const bad = [
    { ...supper, kindCode: 'no_such_kind' },
    { ...supper, startOn: '2019-01-01', endOn: '2023-01-01' },
  ]
  await assert.rejects(
    inTransaction(app.system, (tx) => recordReportedActions(tx, agreement, report.id, bad)),
    (e: unknown) => {
      assert.ok(e instanceof AppError)
      assert.equal(e.kind, 'invalid')
      assert.deepEqual(Object.keys(e.fields ?? {}).sort(), [
        'actions.0.kindCode',
        'actions.1.endOn',
        'actions.1.startOn',
      ])
      return true
    },
  )
  const rows = await app.system.db.select().from(localActions).where(eq(localActions.reportId, report.id))
  assert.equal(rows.length, 0)
})

test('the reported action schema refuses an end before the start and more immigrants than participants', () => {
  const result = reportedActionInput.safeParse({
    ...supper,
    endOn: '2020-09-30',
    immigrantParticipants: 5,
    totalParticipants: 3,
  })
  assert.equal(result.success, false)
  const paths = result.error?.issues.map((i) => i.path.join('.')).sort()
  assert.deepEqual(paths, ['endOn', 'immigrantParticipants'])
})
