import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import { buildTestApp, csrfToken } from '../../../../test/build-test-app.js'
import { queryRows } from '../../../platform/db/database.js'
import { invalidInput } from '../../../platform/errors.js'
import {
  accessAuditLabels,
  type ImportSpec,
  importEntity,
  type ModuleDeps,
  recordAudit,
  registerImportPage,
} from '../index.js'

// A module's page registered through the generic helper, with a made-up entity whose rows become audit events.
const t = await buildTestApp()
const deps: ModuleDeps = {
  ...t.base,
  nav: [],
  auditLabels: accessAuditLabels,
  site: { organizationName: { fr: 'Test', en: 'Test' } },
  settings: { referralExpiryWorkingDays: 10, dossierRetentionYears: 7 },
  homeSections: [],
}

const noteRow = z.object({ note: z.string().min(2).max(50) })
const notes: ImportSpec<typeof noteRow, Set<string>> = {
  entity: 'notes',
  columns: [{ name: 'note', required: true, description: { fr: 'Une note', en: 'A note' } }],
  toInput: (row) => row,
  schema: noteRow,
  prepare: async () => new Set(['interdite']),
  async save(ctx, input, forbidden) {
    if (forbidden.has(input.note)) throw invalidInput({ note: { fr: 'Note interdite.', en: 'Forbidden note.' } })
    await recordAudit(ctx, { action: 'test.noted', entityType: 'test', details: { note: input.note } })
  },
}
const labels = { notes: { fr: 'Notes', en: 'Notes' }, others: { fr: 'Autres', en: 'Others' } }
await registerImportPage(t.app, deps, {
  path: '/app/test/importer',
  permission: 'users.manage',
  title: { fr: 'Importer des notes', en: 'Import notes' },
  entities: { notes: importEntity(labels.notes, notes), others: importEntity(labels.others, notes) },
})

function upload(entity: string, csv: string | null) {
  const boundary = '----escale-test'
  const part = (name: string, value: string, file = false) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? '; filename="n.csv"\r\nContent-Type: text/csv' : ''}\r\n\r\n${value}\r\n`
  const file = csv === null ? '' : part('file', csv, true)
  const payload = `${part('_csrf', csrfToken)}${part('entity', entity)}${file}--${boundary}--\r\n`
  return {
    method: 'POST' as const,
    url: '/app/test/importer',
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-csrf-token': '' },
  }
}

const noted = async () =>
  (
    await queryRows<{ n: number }>(
      t.system.db,
      sql`select count(*)::int as n from access.audit_events where action = 'test.noted'`,
    )
  )[0]!.n

test('a registered import page shows its entities and columns in French and English', async () => {
  const admin = await t.userOf('admin', 'all')
  const fr = await t.injectAs(admin, { method: 'GET', url: '/app/test/importer', headers: { 'x-csrf-token': '' } })
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /<h1[^>]*>Importer des notes<\/h1>/)
  assert.match(fr.body, /value="notes"[^>]*checked/)
  assert.match(fr.body, /<summary>Autres<\/summary>/)
  assert.match(fr.body, /<code>note<\/code>/)
  const en = await t.injectAs(admin, { method: 'GET', url: '/app/test/importer?lang=en' })
  assert.match(en.body, /<h1[^>]*>Import notes<\/h1>/)
  assert.match(en.body, /Expected columns/)
})

test('imports a file all-or-nothing and reports every bad row; bad forms answer 400, never 500', async () => {
  const admin = await t.userOf('admin', 'all')
  const ok = await t.injectAs(admin, upload('notes', 'note\nbonjour\nau revoir\n'))
  assert.equal(ok.statusCode, 200)
  assert.match(ok.body, /2 lignes importées/)
  assert.equal(await noted(), 2)
  const bad = await t.injectAs(admin, upload('others', 'note\nbien\nx\ninterdite\n'))
  assert.equal(bad.statusCode, 400)
  assert.match(bad.body, /2 problèmes à corriger/)
  assert.match(bad.body, /Note interdite/)
  assert.match(bad.body, /value="others"[^>]*checked/)
  assert.equal(await noted(), 2)
  for (const [entity, csv] of [
    ['unknown', 'note\nbonjour\n'],
    ['notes', null],
    ['notes', ''],
  ] as const) {
    const res = await t.injectAs(admin, upload(entity, csv))
    assert.equal(res.statusCode, 400, `${entity} ${csv}`)
    assert.match(res.body, /class="qc-notice qc-error/)
  }
})

test('the page asks for its permission', async () => {
  const director = await t.userOf('director', 'region', '11')
  assert.equal((await t.injectAs(director, { method: 'GET', url: '/app/test/importer' })).statusCode, 403)
  assert.equal((await t.injectAs(director, upload('notes', 'note\nrefusée\n'))).statusCode, 403)
  assert.equal(await noted(), 2)
})
