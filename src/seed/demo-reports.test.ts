import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../test/build-test-app.js'
import { listPublishedBilans } from '../modules/reports/index.js'
import { queryRows } from '../platform/db/database.js'
import { loadDemo } from './demo.js'

const app = await buildTestApp()
before(() => loadDemo(app.base))

test("the demo publishes region 11's Bilan for 2019-08-01 … 2021-06-30 once, as the demo director", async () => {
  const list = await listPublishedBilans(app.system.db, '11')
  assert.equal(list.length, 1)
  const [b] = list
  assert.equal(b!.version, 1)
  assert.deepEqual(b!.period, { from: '2019-08-01', to: '2021-06-30' })
  assert.deepEqual(b!.figures, { personsAccompanied: 83, enterprisesAccompanied: 19, agreements: 7 })
  assert.equal(b!.documents.fr.title, 'Bilan des réalisations 2019-2021 de la Gaspésie–Îles-de-la-Madeleine')
  const [by] = await queryRows<{ email: string }>(
    app.system.db,
    sql`select u.email from reports.bilan_publications p join access.users u on u.id = p.published_by`,
  )
  assert.equal(by?.email, 'director@escale.example')
  const page = await app.injectAs(null, { method: 'GET', url: '/fr/regions/gaspesie-iles-de-la-madeleine' })
  assert.match(page.body, /Bilans des réalisations/)
  assert.match(page.body, /\/fr\/regions\/gaspesie-iles-de-la-madeleine\/bilans\//)
})
