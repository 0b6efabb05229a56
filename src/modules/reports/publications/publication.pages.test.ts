import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import { buildDossier, buildIntervention } from '../../../../test/factories/people.js'
import { queryRows } from '../../../platform/db/database.js'
import { loadDemo } from '../../../seed/demo.js'
import { listPublishedBilans } from './publication.public.js'

// The demo publishes version 1 of region 11's Bilan for 2019-08-01 … 2021-06-30 (83 persons accompanied).
const app = await buildTestApp()
const db = app.system.db
const q = 'region=11&from=2019-08-01&to=2021-06-30'
const slug = 'gaspesie-iles-de-la-madeleine'
let director: TestUser
before(async () => {
  await loadDemo(app.base)
  director = await app.userOf('director', 'region', '11')
})

const get = (user: TestUser | null, url: string) => app.injectAs(user, { method: 'GET', url })
const publish = (user: TestUser, query = q) =>
  app.injectAs(user, {
    method: 'POST',
    url: `/app/bilans/publier?${query}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: `_csrf=${encodeURIComponent(csrfToken)}`,
  })
const personsOf = (body: string) => body.match(/<dt>Personnes accompagnées<\/dt><dd>([^<]*)<\/dd>/)?.[1]
/** What a Bilan's page shows of what was published: the document and the key figures (not the list of versions). */
const published = (body: string) => [body.match(/<article[\s\S]*<\/article>/)?.[0], personsOf(body)]
const bilanUrl = (id: string, lang = 'fr', ext = '') => `/${lang}/regions/${slug}/bilans/${id}${ext}`

test('agents and advisors may not publish (403); a director of another region finds no such region (404)', async () => {
  for (const role of ['agent', 'advisor'] as const) {
    const user = await app.userOf(role, 'region', '11')
    assert.equal((await get(user, `/app/bilans/publier?${q}`)).statusCode, 403, role)
    assert.equal((await publish(user)).statusCode, 403, role)
  }
  const other = await app.userOf('director', 'region', '01')
  assert.equal((await get(other, `/app/bilans/publier?${q}`)).statusCode, 404)
  assert.equal((await publish(other)).statusCode, 404)
  assert.equal((await listPublishedBilans(db, '11')).length, 1, 'only the demo version')
})

test('the confirmation shows the period, the key figures and the version to be created', async () => {
  const res = await get(director, `/app/bilans/publier?${q}`)
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /1er août 2019 – 30 juin 2021/)
  assert.equal(personsOf(res.body), '83')
  assert.match(res.body, /Publier la version 2 de ce bilan/)
  assert.equal((await get(director, '/app/bilans/publier?region=11&from=2021-01-01&to=2020-01-01')).statusCode, 400)
})

test('a published version does not change when the data does; the next version says the new figure', async () => {
  const [v1] = await listPublishedBilans(db, '11')
  const before = await Promise.all([get(null, bilanUrl(v1!.id)), get(null, bilanUrl(v1!.id, 'fr', '.pdf'))])
  const docx = await get(null, bilanUrl(v1!.id, 'en', '.docx'))
  assert.equal(personsOf(before[0].body), '83')
  const dossier = await buildDossier(app.system, { regionCode: '11' })
  await buildIntervention(app.system, dossier, { occurredOn: '2021-06-30' })
  const res = await publish(director)
  assert.equal(res.statusCode, 303)
  assert.equal(res.headers.location, '/app/bilans/publications?region=11&published=2')
  const after = await Promise.all([get(null, bilanUrl(v1!.id)), get(null, bilanUrl(v1!.id, 'fr', '.pdf'))])
  assert.ok(published(before[0].body)[0], 'the page shows the document')
  assert.deepEqual(published(after[0].body), published(before[0].body), 'the document is the same, byte for byte')
  assert.equal(personsOf(after[0].body), '83')
  assert.ok(after[1].rawPayload.equals(before[1].rawPayload), 'the PDF is the same')
  assert.ok((await get(null, bilanUrl(v1!.id, 'en', '.docx'))).rawPayload.equals(docx.rawPayload), 'the DOCX too')
  const [v2] = await listPublishedBilans(db, '11')
  assert.equal(v2!.version, 2)
  assert.equal(v2!.figures.personsAccompanied, 84)
  const page = await get(null, bilanUrl(v2!.id))
  assert.equal(personsOf(page.body), '84')
  assert.match(page.body, /Version 2 de 2/)
  assert.match(page.body, new RegExp(`href="${bilanUrl(v1!.id)}">Version 1 de 2</a>`))
})

test('the database refuses to update or delete a publication or its files', async () => {
  const [latest] = await listPublishedBilans(db, '11')
  const attempts = [
    sql`update reports.bilan_publications set version = 99 where id = ${latest!.id}`,
    sql`delete from reports.bilan_publications where id = ${latest!.id}`,
    sql`update reports.bilan_publication_files set content = '\\x00' where publication_id = ${latest!.id}`,
    sql`delete from reports.bilan_publication_files where publication_id = ${latest!.id}`,
  ]
  const immutable = (e: unknown) => /immutable/.test(String((e as Error).cause ?? '') + String((e as Error).message))
  for (const attempt of attempts) await assert.rejects(db.execute(attempt), immutable)
  assert.equal((await listPublishedBilans(db, '11'))[0]!.version, latest!.version)
})

test('every publication is audited with its region, period and version', async () => {
  const events = await queryRows<{ region_code: string; details: Record<string, unknown> }>(
    db,
    sql`select region_code, details from access.audit_events where action = 'bilan.published' order by id`,
  )
  assert.deepEqual(
    events.map((e) => [e.region_code, e.details.from, e.details.to, e.details.version]),
    [
      ['11', '2019-08-01', '2021-06-30', 1],
      ['11', '2019-08-01', '2021-06-30', 2],
    ],
  )
})

test("the publications list shows the caller's versions newest first, with links to the public pages", async () => {
  const res = await get(director, '/app/bilans/publications?region=11&published=2')
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /La version 2 du bilan est publiée/)
  const versions = [...res.body.matchAll(/<th scope="row">(\d+)<\/th>/g)].map((m) => m[1])
  assert.deepEqual(versions, ['2', '1'])
  const [v2] = await listPublishedBilans(db, '11')
  assert.match(res.body, new RegExp(`href="${bilanUrl(v2!.id, 'en')}"`))
  const other = await app.userOf('director', 'region', '01')
  assert.doesNotMatch((await get(other, '/app/bilans/publications')).body, /<th scope="row">/)
  assert.equal((await get(other, '/app/bilans/publications?region=11')).statusCode, 404)
})

test("the region's public page lists its Bilans newest first with their key figures, in French and English", async () => {
  const fr = await get(null, `/fr/regions/${slug}`)
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /<h2 id="bilans">Bilans des réalisations<\/h2>/)
  const list = await listPublishedBilans(db, '11')
  const links = [...fr.body.matchAll(/href="\/fr\/regions\/[a-z-]+\/bilans\/([0-9a-f-]{36})"/g)].map((m) => m[1])
  assert.deepEqual(
    links,
    list.map((b) => b.id),
  )
  assert.deepEqual(
    list.map((b) => b.version),
    [2, 1],
  )
  assert.match(fr.body, /Version 2 · Publié le/)
  assert.match(fr.body, /<dt>Ententes<\/dt><dd>7<\/dd>/)
  const en = await get(null, `/en/regions/${slug}`)
  assert.match(en.body, /<h2 id="bilans">Bilans of achievements<\/h2>/)
  assert.match(en.body, /<dt>Persons accompanied<\/dt><dd>84<\/dd>/)
})

test("a Bilan's page: the document in the page's language, its version, downloads and the other language", async () => {
  const [v2] = await listPublishedBilans(db, '11')
  const fr = await get(null, bilanUrl(v2!.id))
  assert.match(fr.body, /<h1>Bilan des réalisations[^<]*<\/h1>/)
  assert.match(fr.body, /Personnel du MIFI dans la région/)
  assert.match(fr.body, new RegExp(`href="${bilanUrl(v2!.id, 'fr', '.pdf')}"`))
  assert.match(fr.body, new RegExp(`href="${bilanUrl(v2!.id, 'fr', '.docx')}"`))
  assert.match(fr.body, new RegExp(`href="${bilanUrl(v2!.id, 'en')}" lang="en"`))
  const en = await get(null, bilanUrl(v2!.id, 'en'))
  assert.equal(en.statusCode, 200)
  assert.match(en.body, /Version 2 of 2/)
  assert.doesNotMatch(en.body, /Personnel du MIFI dans la région/)
})

test('the PDF and DOCX downloads are the stored documents, with their content type and file name', async () => {
  const [v2] = await listPublishedBilans(db, '11')
  const pdf = await get(null, bilanUrl(v2!.id, 'fr', '.pdf'))
  assert.equal(pdf.statusCode, 200)
  assert.equal(pdf.headers['content-type'], 'application/pdf')
  assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-')
  assert.match(
    String(pdf.headers['content-disposition']),
    /filename="bilan-gaspesie-iles-de-la-madeleine-2019-08-01-2021-06-30-v2-fr\.pdf"/,
  )
  const docx = await get(null, bilanUrl(v2!.id, 'en', '.docx'))
  assert.match(String(docx.headers['content-type']), /officedocument\.wordprocessingml\.document/)
  assert.equal(docx.rawPayload.subarray(0, 2).toString(), 'PK')
})

test("another region's Bilan, an unknown id, a malformed id or format answer 404", async () => {
  const [v2] = await listPublishedBilans(db, '11')
  const urls = [
    `/fr/regions/bas-saint-laurent/bilans/${v2!.id}`,
    `/fr/regions/bas-saint-laurent/bilans/${v2!.id}.pdf`,
    `/fr/regions/${slug}/bilans/00000000-0000-4000-8000-000000000000`,
    `/en/regions/${slug}/bilans/00000000-0000-4000-8000-000000000000.docx`,
    `/fr/regions/${slug}/bilans/not-a-uuid`,
    `/fr/regions/${slug}/bilans/${v2!.id}.txt`,
    `/fr/regions/nowhere/bilans/${v2!.id}`,
  ]
  for (const url of urls) assert.equal((await get(null, url)).statusCode, 404, url)
})
