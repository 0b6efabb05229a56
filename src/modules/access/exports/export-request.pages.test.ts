import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { eq } from 'drizzle-orm'
import { buildTestApp, csrfToken } from '../../../../test/build-test-app.js'
import { runQueuedExports } from './export.runner.js'
import { exportJobs } from './export.schema.js'
import { numbersSource } from './export.test-sources.js'

// The numbers source as a list would declare it: labelled filters and the list the form comes from.
const labelled = {
  ...numbersSource(),
  filterLabels: { n: { fr: 'Nombre de lignes', en: 'Number of rows' }, note: { fr: 'Note', en: 'Note' } },
  listHref: '/app/personnes',
}
const sources = [labelled]
const t = await buildTestApp({ exportSources: sources, env: { EXPORT_RETENTION_HOURS: '48' } })
const agent = await t.userOf('agent', 'all')
const page = (url: string) => t.injectAs(agent, { method: 'GET', url })
const form = (payload: Record<string, string>, lang = '') =>
  t.injectAs(agent, { method: 'POST', url: `/app/exports${lang}`, payload: { _csrf: csrfToken, ...payload } })
const cancel = (id: string) =>
  t.injectAs(agent, { method: 'POST', url: `/app/exports/${id}/annuler`, payload: { _csrf: csrfToken } })

/** Every error-summary link of a page reaches an element with that id. */
function assertLinksReach(body: string) {
  const links = [...body.matchAll(/<li><a href="#([^"]+)">/g)].map((m) => m[1]!)
  assert.ok(links.length > 0, 'an error summary')
  for (const id of links) assert.match(body, new RegExp(`id="${id}"`), `#${id} exists`)
  return links
}

/** Asks for an export and runs it; its id. */
async function doneExport(n: string) {
  const res = await form({ source: 'numbers', format: 'csv', n })
  assert.equal(res.statusCode, 303)
  await runQueuedExports(t.base, sources, 48)
  return String(res.headers.location).split('/').at(-1)!
}

describe('the export form after an error', () => {
  it('shows the form again (400): title, labelled fields with the values sent, links that reach them, way back', async () => {
    const res = await form({ source: 'numbers', format: 'pdf', n: 'beaucoup', note: 'x'.repeat(30) })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /<h1>Demander une exportation — Nombres<\/h1>/)
    assert.deepEqual(assertLinksReach(res.body).sort(), ['f-format', 'f-n', 'f-note'])
    assert.match(res.body, /Nombre de lignes : Valeur du mauvais type\./)
    assert.match(res.body, /Note : Au plus 20 caractères\./)
    assert.match(res.body, /<input id="f-n" name="n" type="text" value="beaucoup"/)
    assert.match(res.body, /type="hidden" name="source" value="numbers"/)
    assert.match(res.body, /<a href="\/app\/personnes">Retour à la liste<\/a>/)
    const kept = await form({ source: 'numbers', format: 'xlsx', n: '-1' })
    assert.match(kept.body, /value="xlsx" checked/)
    const en = await form({ source: 'numbers', format: 'pdf', n: '5' }, '?lang=en')
    assert.match(en.body, /<h1>Request an export — Numbers<\/h1>/)
    assert.match(en.body, /Format: Choose the CSV or XLSX format\./)
    assert.match(en.body, /Back to the list/)
  })

  it('refuses a field the source does not know (400 naming it), from the form and the API', async () => {
    const res = await form({ source: 'numbers', format: 'csv', n: '3', region: '99', bogus: 'x' })
    assert.equal(res.statusCode, 400)
    assert.deepEqual(assertLinksReach(res.body), ['f-filters'])
    assert.match(res.body, /Filtres inconnus pour cette liste : « region », « bogus »/)
    assert.doesNotMatch(res.body, /name="bogus"/)
    const api = await t.injectAs(agent, {
      method: 'POST',
      url: '/api/v1/exports',
      payload: { source: 'numbers', format: 'csv', filters: { bogus: '1' } },
    })
    assert.equal(api.statusCode, 400)
    assert.match(JSON.stringify(api.json().error.fields), /bogus/)
    const list = await page('/app/exports')
    assert.doesNotMatch(list.body, /<tbody>\s*<tr/, 'nothing queued')
  })

  it('offers the lists when the source is unknown (its link reaches the choice)', async () => {
    const res = await form({ source: 'nope', format: 'csv' })
    assert.equal(res.statusCode, 400)
    assertLinksReach(res.body)
    assert.match(res.body, /<select id="f-source" name="source"[\s\S]*?<option value="numbers">Nombres/)
  })
})

describe('an ended export', () => {
  it('says a late cancel found it already finished or already cancelled (303 to its page with a notice)', async () => {
    const id = await doneExport('3')
    const late = await cancel(id)
    assert.equal(late.statusCode, 303)
    assert.equal(late.headers.location, `/app/exports/${id}?avis=deja-terminee`)
    assert.match((await page(String(late.headers.location))).body, /Cette exportation était déjà terminée\./)
    assert.match((await page(`${late.headers.location}&lang=en`)).body, /This export had already ended\./)
    assert.doesNotMatch((await page(`/app/exports/${id}`)).body, /déjà terminée/)
    const queued = await form({ source: 'numbers', format: 'csv', n: '2' })
    const other = String(queued.headers.location).split('/').at(-1)!
    assert.equal((await cancel(other)).headers.location, `/app/exports/${other}`)
    const twice = await cancel(other)
    assert.match((await page(String(twice.headers.location))).body, /Cette exportation était déjà annulée\./)
  })

  it('reads as expired once its time is past, and its file’s page is titled “Fichier expiré” (410)', async () => {
    const id = await doneExport('4')
    await t.database.db
      .update(exportJobs)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(exportJobs.id, id))
    const shown = await page(`/app/exports/${id}`)
    assert.match(shown.body, /Expirée/)
    assert.doesNotMatch(shown.body, /\/fichier"/)
    const file = await page(`/app/exports/${id}/fichier`)
    assert.equal(file.statusCode, 410)
    assert.match(file.body, /<h1>Fichier expiré<\/h1>/)
    assert.match((await page(`/app/exports/${id}/fichier?lang=en`)).body, /<h1>File expired<\/h1>/)
  })

  it('shows the filters by their labels, isolated, and its progress once (a bar labelled by it; none for 0 rows)', async () => {
    const res = await form({ source: 'numbers', format: 'csv', n: '93', note: '\u202Eabc' })
    await runQueuedExports(t.base, sources, 48)
    const shown = await page(String(res.headers.location))
    assert.match(shown.body, /Nombre de lignes : <bdi>93<\/bdi>, Note : <bdi>\u202Eabc<\/bdi>/)
    assert.equal(shown.body.match(/93 \/ 93 lignes/g)?.length, 1)
    assert.match(shown.body, /<progress max="93" value="93" aria-labelledby="progress-[0-9a-f-]+"/)
    const empty = await page(`/app/exports/${await doneExport('0')}`)
    assert.match(empty.body, /0 \/ 0 lignes/)
    assert.doesNotMatch(empty.body, /<progress/)
  })
})
