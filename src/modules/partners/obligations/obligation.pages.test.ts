import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { buildTestApp, type TestUser } from '../../../../test/build-test-app.js'
import {
  buildAgreement,
  buildDeliverable,
  buildInstalment,
  buildOrganization,
} from '../../../../test/factories/partners.js'

const app = await buildTestApp()
const director = await app.userOf('director', 'region', '11')
const otherDirector = await app.userOf('director', 'region', '09')

const form = (fields: Record<string, string>) => ({
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams(fields).toString(),
})
const get = (user: TestUser, url: string) => app.injectAs(user, { method: 'GET', url })
const post = (user: TestUser, url: string, fields: Record<string, string>) =>
  app.injectAs(user, { method: 'POST', url, ...form(fields) })

// Agreements around today, so that dates of the pages' forms (today by default) fall within them.
async function current(regionCode = '11') {
  const org = await buildOrganization(app.system, { regionCode, name: `Organisme ${Math.random()}` })
  return buildAgreement(app.system, org, {
    startOn: '2025-04-01',
    endOn: '2028-03-31',
    amounts: { 2025: 3_000_000, 2026: 3_000_000, 2027: 4_000_000 },
  })
}

test('schedule form: a wrong total answers 400 with the message, "add a row" shows one more, a good one saves', async () => {
  const a = await current()
  const url = `/app/ententes/${a.id}/versements`
  const page = await get(director, url)
  assert.equal(page.statusCode, 200)
  assert.match(page.body, /Modifier le calendrier des versements/)
  const row0 = { 'instalments.0.plannedOn': '2025-05-01', 'instalments.0.amountCents': '45 000,00' }
  const wrong = await post(director, url, { rows: '1', ...row0 })
  assert.equal(wrong.statusCode, 400)
  assert.match(wrong.body, /Les versements totalisent 45(\s|&nbsp;)000,00/)
  assert.match(wrong.body, /href="#f-instalments"/)
  assert.match(wrong.body, /id="f-instalments-error"/)
  const added = await post(director, url, { rows: '1', action: 'add', ...row0 })
  assert.equal(added.statusCode, 200)
  assert.match(added.body, /name="instalments\.1\.plannedOn"/)
  assert.match(added.body, /value="45 000,00"/)
  const after = await post(director, url, {
    rows: '2',
    ...row0,
    'instalments.1.plannedOn': '2028-04-01',
    'instalments.1.amountCents': '55000',
  })
  assert.equal(after.statusCode, 400)
  assert.match(after.body, /prévu après la fin de l’entente/)
  const saved = await post(director, url, {
    rows: '3',
    ...row0,
    'instalments.1.plannedOn': '2026-05-01',
    'instalments.1.amountCents': '55000',
    'instalments.1.condition': 'Rapport d’étape reçu',
  })
  assert.equal(saved.statusCode, 303)
  assert.equal(saved.headers.location, `/app/ententes/${a.id}?obligation=calendrier#schedule`)
  assert.match((await get(director, saved.headers.location as string)).body, /Calendrier des versements enregistré\./)
  const english = await get(director, `${url}?lang=en`)
  assert.match(english.body, /Edit the payment schedule/)
  assert.match(english.body, /value="55000\.00"/)
})

test('pay and cancel: a date after the end answers 400; the agreement page shows the schedule and deliverables', async () => {
  const a = await current()
  const i = await buildInstalment(app.system, a.id, { plannedOn: '2025-05-01', amountCents: 10_000_000 })
  await buildDeliverable(app.system, a.id, { title: 'Bilan annuel', dueOn: '2025-06-30' })
  const url = `/app/ententes/${a.id}/versements/${i.id}/payer`
  assert.match((await get(director, url)).body, /Inscrire le paiement/)
  const late = await post(director, url, { paidOn: '2028-04-02' })
  assert.equal(late.statusCode, 400)
  assert.match(late.body, /La date de paiement/)
  const paid = await post(director, url, { paidOn: '2025-05-02' })
  assert.equal(paid.statusCode, 303)
  const form = (await get(director, `/app/ententes/${a.id}/versements`)).body
  assert.match(form, /Payé le 2 mai 2025/, 'a paid instalment is shown read-only')
  assert.match(form, /<input type="hidden" name="instalments\.0\.amountCents" value="100000,00"/)
  const notice = await get(director, `${paid.headers.location}&lang=en`.replace('#schedule', ''))
  assert.match(notice.body, /Payment recorded\./)
  const fr = await get(director, `/app/ententes/${a.id}`)
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /Calendrier des versements/)
  assert.match(fr.body, /Payé/)
  assert.match(fr.body, /Bilan annuel/)
  assert.match(fr.body, /En retard/)
  const en = await get(director, `/app/ententes/${a.id}?lang=en`)
  assert.match(en.body, /Payment schedule/)
  assert.match(en.body, /Deliverables and reporting/)
  assert.match((await get(director, url)).body, /Annuler le paiement/)
  assert.equal((await post(director, `${url}/annuler`, {})).statusCode, 303)
})

test('a schedule that no longer adds up to the total (after an amendment) shows a warning, fr and en', async () => {
  const a = await current()
  await buildInstalment(app.system, a.id, { plannedOn: '2025-05-01', amountCents: 6_000_000 })
  const fr = (await get(director, `/app/ententes/${a.id}`)).body
  assert.match(fr, /Le calendrier totalise 60[\s\u00a0\u202f]000,00[\s\u00a0\u202f]\$ ; l’entente prévoit 100/)
  const en = (await get(director, `/app/ententes/${a.id}?lang=en`)).body
  assert.match(en, /The schedule adds up to \$60,000\.00, but the agreement provides \$100,000\.00\./)
})

test('deliverables: add (bad due date → 400), receive, send back without a comment → 400, with one → returned', async () => {
  const a = await current()
  const base = `/app/ententes/${a.id}/livrables`
  assert.equal((await get(director, `${base}/nouveau`)).statusCode, 200)
  const bad = await post(director, `${base}/nouveau`, {
    kind: 'final_activity_report',
    title: 'Bilan',
    dueOn: '2029-01-01',
  })
  assert.equal(bad.statusCode, 400)
  assert.match(bad.body, /six mois/)
  const created = await post(director, `${base}/nouveau`, {
    kind: 'final_activity_report',
    title: 'Bilan final',
    dueOn: '2028-06-30',
  })
  assert.equal(created.statusCode, 303)
  assert.match((await get(director, created.headers.location as string)).body, /Livrable ajouté\./)
  const [d] = (
    await app.injectAs(director, {
      method: 'GET',
      url: `/api/v1/agreements/${a.id}/deliverables`,
      headers: { authorization: `Bearer ${director.token}` },
    })
  ).json().data
  assert.equal(d.title, 'Bilan final')
  const detail = `${base}/${d.id}`
  assert.match((await get(director, detail)).body, /Inscrire la réception/)
  assert.equal((await post(director, `${detail}/reception`, { receivedOn: '2025-06-01' })).statusCode, 303)
  const noComment = await post(director, `${detail}/revision`, { decision: 'returned' })
  assert.equal(noComment.statusCode, 400)
  assert.match(noComment.body, /Expliquez/)
  assert.equal(
    (await post(director, `${detail}/revision`, { decision: 'returned', comment: 'Chiffres manquants' })).statusCode,
    303,
  )
  const en = await get(director, `${detail}?lang=en`)
  assert.match(en.body, /Sent back/)
  assert.match(en.body, /Chiffres manquants/)
})

test('another region’s agreement answers 404; agents and advisors get no forms and cannot post', async () => {
  const a = await current()
  const i = await buildInstalment(app.system, a.id)
  assert.equal((await get(otherDirector, `/app/ententes/${a.id}/versements`)).statusCode, 404)
  assert.equal(
    (await post(otherDirector, `/app/ententes/${a.id}/versements/${i.id}/payer`, { paidOn: '2025-06-01' })).statusCode,
    404,
  )
  for (const role of ['agent', 'advisor'] as const) {
    const staff = await app.userOf(role, 'region', '11')
    const page = await get(staff, `/app/ententes/${a.id}`)
    assert.equal(page.statusCode, 200, role)
    assert.match(page.body, /Calendrier des versements/)
    assert.doesNotMatch(page.body, /versements\/[0-9a-f-]+\/payer|Modifier le calendrier/, role)
    assert.equal((await get(staff, `/app/ententes/${a.id}/versements`)).statusCode, 403, role)
    assert.equal(
      (await post(staff, `/app/ententes/${a.id}/versements/${i.id}/payer`, { paidOn: '2025-06-01' })).statusCode,
      403,
      role,
    )
  }
})

test('API: schedule sum ≠ total → 400, payment after the end → 400, another region → 404', async () => {
  const a = await current()
  const api = (user: TestUser, method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
    app.app.inject({ method, url, payload: payload as object, headers: { authorization: `Bearer ${user.token}` } })
  const wrong = await api(director, 'PUT', `/api/v1/agreements/${a.id}/instalments`, {
    instalments: [{ plannedOn: '2025-05-01', amountCents: 4_500_000 }],
  })
  assert.equal(wrong.statusCode, 400)
  assert.match(wrong.json().error.fields.instalments, /Les versements totalisent/)
  const ok = await api(director, 'PUT', `/api/v1/agreements/${a.id}/instalments`, {
    instalments: [{ plannedOn: '2025-05-01', amountCents: 10_000_000, condition: 'Signature' }],
  })
  assert.equal(ok.statusCode, 200)
  const id = ok.json().instalments[0].id
  const late = await api(director, 'POST', `/api/v1/agreements/${a.id}/instalments/${id}/payment`, {
    paidOn: '2028-04-01',
  })
  assert.equal(late.statusCode, 400)
  assert.equal(
    (await api(director, 'POST', `/api/v1/agreements/${a.id}/instalments/${id}/payment`, { paidOn: '2025-05-03' }))
      .statusCode,
    200,
  )
  assert.equal((await api(director, 'DELETE', `/api/v1/agreements/${a.id}/instalments/${id}/payment`)).statusCode, 200)
  assert.equal((await api(otherDirector, 'GET', `/api/v1/agreements/${a.id}/instalments`)).statusCode, 404)
  assert.equal((await api(director, 'GET', '/api/v1/agreements/aging')).statusCode, 200)
  const spec = (await app.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
  for (const path of [
    '/api/v1/agreements/{id}/instalments',
    '/api/v1/agreements/{id}/instalments/{instalmentId}/payment',
    '/api/v1/agreements/aging',
  ]) {
    assert.ok(spec.paths[path], path)
  }
  assert.deepEqual(spec.paths['/api/v1/agreements/{id}/deliverables/{deliverableId}/review'].post.tags, ['agreements'])
})

test('aging page and the director’s home, in French and English; nothing on the home of an agent', async () => {
  const a = await current()
  await buildDeliverable(app.system, a.id, { title: 'Rapport oublié', dueOn: '2025-09-30' })
  await buildInstalment(app.system, a.id, { plannedOn: '2025-06-01', amountCents: 1_234_500 })
  const fr = await get(director, '/app/ententes/echeances')
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /Livrables en retard/)
  assert.match(fr.body, /Rapport oublié/)
  assert.match(fr.body, /Plus de 90 jours/)
  const en = await get(director, '/app/ententes/echeances?lang=en')
  assert.match(en.body, /Overdue deliverables/)
  assert.match(en.body, /\$12,345\.00/)
  assert.doesNotMatch(fr.body, new RegExp(`${(await current('09')).reference}`))
  const home = await get(director, '/app')
  assert.match(home.body, /Suivi des ententes/)
  assert.match(home.body, /Rapport oublié/)
  const agent = await app.userOf('agent', 'region', '11')
  assert.doesNotMatch((await get(agent, '/app')).body, /Suivi des ententes/)
  assert.equal((await get(agent, '/app/ententes/echeances')).statusCode, 200)
})

test('finance export: two sheets read back with exceljs, money as numbers, dates as dates, scope-filtered', async () => {
  const a = await current()
  await buildInstalment(app.system, a.id, {
    plannedOn: '2025-05-01',
    amountCents: 2_500_050,
    condition: 'Signature',
    paidOn: '2025-05-02',
  })
  const hidden = await current('09')
  const res = await get(director, '/app/ententes/export.xlsx')
  assert.equal(res.statusCode, 200)
  assert.match(String(res.headers['content-type']), /spreadsheetml/)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
  const sheet = book.getWorksheet('Ententes')!
  const header = sheet.getRow(1).values as unknown[]
  assert.ok(header.includes('Référence') && header.includes('2025-2026') && header.includes('2027-2028'))
  const rows = sheet.getSheetValues().slice(2) as unknown[][]
  const mine = rows.find((r) => r?.[1] === a.reference)!
  assert.ok(mine, 'the agreement is listed')
  assert.equal(mine[9], 100_000)
  assert.equal(mine[5], 'Gaspésie–Îles-de-la-Madeleine', 'the region by name, not its code')
  assert.ok(mine[6] instanceof Date)
  assert.equal((mine[6] as Date).toISOString().slice(0, 10), '2025-04-01')
  assert.ok(!rows.some((r) => r?.[1] === hidden.reference), 'another region is left out')
  const payments = book.getWorksheet('Versements')!
  const p = (payments.getSheetValues().slice(2) as unknown[][]).find((r) => r?.[1] === a.reference)!
  assert.equal(p[4], 25_000.5)
  assert.equal(p[5], 'Signature')
  assert.equal((p[6] as Date).toISOString().slice(0, 10), '2025-05-02')
  assert.equal(payments.getCell('D2').numFmt.includes('0.00'), true)
  const api = await app.app.inject({
    method: 'GET',
    url: '/api/v1/agreements/export.xlsx',
    headers: { authorization: `Bearer ${director.token}` },
  })
  assert.equal(api.statusCode, 200)
  assert.match(String(api.headers['content-type']), /spreadsheetml/)
  const english = await get(director, '/app/ententes/export.xlsx?lang=en')
  const enBook = new ExcelJS.Workbook()
  await enBook.xlsx.load(english.rawPayload as unknown as ArrayBuffer)
  assert.deepEqual(
    enBook.worksheets.map((w) => w.name),
    ['Agreements', 'Payments'],
  )
  assert.ok((enBook.getWorksheet('Agreements')!.getRow(1).values as unknown[]).includes('Reference'))
  const audited = await app.system.db.execute(
    sql`select count(*)::int as n from access.audit_events where action = 'agreements.exported'`,
  )
  assert.ok((audited as unknown as { rows: { n: number }[] }).rows[0]!.n >= 2, 'each export is audited')
})

test('bad input: each answers 4xx with a message, never 500', async () => {
  const a = await current()
  const i = await buildInstalment(app.system, a.id)
  const d = await buildDeliverable(app.system, a.id, { dueOn: '2025-06-30' })
  const row = { plannedOn: '2025-05-01', amountCents: 10_000_000 }
  const cases: [string, 'PUT' | 'POST', string, unknown][] = [
    [
      'negative amount',
      'PUT',
      `/api/v1/agreements/${a.id}/instalments`,
      { instalments: [{ ...row, amountCents: -5 }] },
    ],
    ['zero amount', 'PUT', `/api/v1/agreements/${a.id}/instalments`, { instalments: [{ ...row, amountCents: 0 }] }],
    [
      'amount as text',
      'PUT',
      `/api/v1/agreements/${a.id}/instalments`,
      { instalments: [{ ...row, amountCents: 'many' }] },
    ],
    [
      'impossible date',
      'PUT',
      `/api/v1/agreements/${a.id}/instalments`,
      { instalments: [{ ...row, plannedOn: '2025-02-30' }] },
    ],
    ['no date', 'PUT', `/api/v1/agreements/${a.id}/instalments`, { instalments: [{ amountCents: 10_000_000 }] }],
    [
      'deliverable not a uuid',
      'PUT',
      `/api/v1/agreements/${a.id}/instalments`,
      { instalments: [{ ...row, deliverableId: 'x' }] },
    ],
    ['nine instalments', 'PUT', `/api/v1/agreements/${a.id}/instalments`, { instalments: Array(9).fill(row) }],
    ['no body', 'PUT', `/api/v1/agreements/${a.id}/instalments`, {}],
    ['payment date not a date', 'POST', `/api/v1/agreements/${a.id}/instalments/${i.id}/payment`, { paidOn: 'hier' }],
    [
      'payment before the start',
      'POST',
      `/api/v1/agreements/${a.id}/instalments/${i.id}/payment`,
      { paidOn: '2020-01-01' },
    ],
    [
      'unknown kind',
      'POST',
      `/api/v1/agreements/${a.id}/deliverables`,
      { kind: 'poem', title: 'X', dueOn: '2026-01-01' },
    ],
    [
      'empty title',
      'POST',
      `/api/v1/agreements/${a.id}/deliverables`,
      { kind: 'other', title: ' ', dueOn: '2026-01-01' },
    ],
    [
      'due before the start',
      'POST',
      `/api/v1/agreements/${a.id}/deliverables`,
      { kind: 'other', title: 'X', dueOn: '2025-01-01' },
    ],
    [
      'received in the future',
      'POST',
      `/api/v1/agreements/${a.id}/deliverables/${d.id}/receipt`,
      { receivedOn: '2199-01-01' },
    ],
    ['unknown decision', 'POST', `/api/v1/agreements/${a.id}/deliverables/${d.id}/review`, { decision: 'maybe' }],
    [
      'review before receipt',
      'POST',
      `/api/v1/agreements/${a.id}/deliverables/${d.id}/review`,
      { decision: 'accepted' },
    ],
  ]
  for (const [name, method, url, payload] of cases) {
    const res = await app.app.inject({
      method,
      url,
      payload: payload as object,
      headers: { authorization: `Bearer ${director.token}` },
    })
    assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${name}: ${res.statusCode} ${res.body}`)
    assert.ok(res.json().error.message, name)
  }
  const forms: Record<string, string>[] = [
    { rows: '1', 'instalments.0.plannedOn': '2025-05-01', 'instalments.0.amountCents': 'beaucoup' },
    { rows: '1', 'instalments.0.amountCents': '100000' },
    { rows: '1', 'instalments.0.plannedOn': '2025-02-30', 'instalments.0.amountCents': '100000' },
    {
      rows: '1',
      'instalments.0.plannedOn': '2025-05-01',
      'instalments.0.amountCents': '100000',
      'instalments.0.condition': 'x'.repeat(301),
    },
    { rows: '99', 'instalments.0.plannedOn': '1er mai', 'instalments.0.amountCents': '100000' },
    {
      rows: '1',
      'instalments.0.plannedOn': '2025-05-01',
      'instalments.0.amountCents': '100000',
      'instalments.0.deliverableId': 'nope',
    },
  ]
  for (const fields of forms) {
    const res = await post(director, `/app/ententes/${a.id}/versements`, fields)
    assert.equal(res.statusCode, 400, JSON.stringify(fields))
    assert.match(res.body, /qc-form-error|error-summary/)
  }
  assert.equal((await get(director, '/app/ententes/pas-un-id/versements')).statusCode, 404)
})
