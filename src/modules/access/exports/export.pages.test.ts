import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { buildTestApp, csrfToken } from '../../../../test/build-test-app.js'
import { runQueuedExports } from './export.runner.js'
import { numbersSource } from './export.test-sources.js'

const sources = [numbersSource()]
const t = await buildTestApp({ exportSources: sources, env: { EXPORT_RETENTION_HOURS: '48' } })
const agent = await t.userOf('agent', 'all')
const advisor = await t.userOf('advisor', 'all')
const page = (url: string, headers: Record<string, string> = {}) => t.injectAs(agent, { method: 'GET', url, headers })
const form = (payload: Record<string, string>) =>
  t.injectAs(agent, { method: 'POST', url: '/app/exports', payload: { _csrf: csrfToken, ...payload } })

describe('exports pages', () => {
  it('asks for an export from the list’s form (303 to its page), which refreshes itself until it is ready', async () => {
    const res = await form({ source: 'numbers', format: 'csv', n: '1500' })
    assert.equal(res.statusCode, 303)
    const href = String(res.headers.location)
    assert.match(href, /^\/app\/exports\/[0-9a-f-]{36}$/)
    const queued = await page(href)
    assert.equal(queued.statusCode, 200)
    assert.match(queued.body, /<h1>Exportation — Nombres<\/h1>/)
    assert.match(queued.body, /En attente/)
    assert.match(queued.body, /hx-trigger="every 2s"/)
    assert.match(queued.body, />Actualiser</)
    assert.match(queued.body, /n : <bdi>1500<\/bdi>/)
    assert.match(queued.body, /action="\/app\/exports\/[0-9a-f-]{36}\/annuler"/)
    const fragment = await page(href, { 'hx-request': 'true' })
    assert.match(fragment.body, /^<section id="export-status"/)
    await runQueuedExports(t.base, sources, 48)
    const done = await page(href)
    assert.match(done.body, /Prête/)
    assert.match(done.body, /1\s500 \/ 1\s500 lignes/)
    assert.doesNotMatch(done.body, /hx-trigger/)
    assert.match(done.body, new RegExp(`href="${href}/fichier"`))
    const file = await page(`${href}/fichier`)
    assert.equal(file.statusCode, 200)
    assert.match(String(file.headers['content-disposition']), /filename="escale-numbers-/)
    const en = await page(`${href}?lang=en`)
    assert.match(en.body, /<h1>Export — Numbers<\/h1>/)
    assert.match(en.body, /Ready/)
    assert.match(en.body, /1,500 \/ 1,500 rows/)
  })

  it('lists the history with status in words, progress, size, expiry, download and cancel, in French and English', async () => {
    const queued = await form({ source: 'numbers', format: 'xlsx', n: '20' })
    const history = await page('/app/exports')
    assert.equal(history.statusCode, 200)
    assert.match(history.body, /<h1>Exportations<\/h1>/)
    assert.match(history.body, /pendant 48 h/)
    assert.match(history.body, /<progress/)
    assert.match(history.body, /XLSX/)
    assert.match(history.body, /Télécharger/)
    assert.match(history.body, /value="history"/)
    assert.match(history.body, /Ko|Mo/)
    const en = await page('/app/exports?lang=en')
    assert.match(en.body, /<h1>Exports<\/h1>/)
    assert.match(en.body, /Queued/)
    assert.match(en.body, /Download/)
    const id = String(queued.headers.location).split('/').at(-1)
    const cancel = await t.injectAs(agent, {
      method: 'POST',
      url: `/app/exports/${id}/annuler`,
      payload: { _csrf: csrfToken, back: 'history' },
    })
    assert.equal(cancel.statusCode, 303)
    assert.equal(cancel.headers.location, '/app/exports')
    assert.match((await page(`/app/exports/${id}`)).body, /Annulée/)
    assert.equal((await page('/app/exports/not-a-uuid')).statusCode, 404)
    assert.equal((await page('/app/exports/00000000-0000-4000-8000-000000000000')).statusCode, 404)
  })

  it('shows the history again with an error summary for bad input (400); 403 for a role without the permission', async () => {
    const bad = await form({ source: 'nope', format: 'pdf' })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /Choisissez une liste à exporter/)
    assert.match(bad.body, /Choisissez le format CSV ou XLSX/)
    assert.match(bad.body, /<h1>Demander une exportation<\/h1>/)
    const filter = await form({ source: 'numbers', format: 'csv', n: 'beaucoup' })
    assert.equal(filter.statusCode, 400)
    assert.match(filter.body, /<a href="#f-n">/)
    const refused = await t.injectAs(advisor, {
      method: 'POST',
      url: '/app/exports',
      payload: { _csrf: csrfToken, source: 'numbers', format: 'csv' },
    })
    assert.equal(refused.statusCode, 403)
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/app/exports',
      cookies: { escale_session: agent.cookie },
      payload: { source: 'numbers', format: 'csv' },
    })
    assert.equal(noCsrf.statusCode, 403)
  })

  it('refuses the history to a partner organization (403)', async () => {
    const partner = await t.userOf('partner', 'all')
    assert.equal((await t.injectAs(partner, { method: 'GET', url: '/app/exports' })).statusCode, 403)
    assert.equal((await t.injectAs(partner, { method: 'GET', url: '/api/v1/exports' })).statusCode, 403)
  })

  it('refuses a partner’s export request with 403 before judging it, even for an unknown list (found by the matrix)', async () => {
    const partner = await t.userOf('partner', 'all')
    for (const source of ['numbers', 'no-such-list']) {
      const api = await t.injectAs(partner, {
        method: 'POST',
        url: '/api/v1/exports',
        payload: { source, format: 'csv' },
      })
      assert.equal(api.statusCode, 403, source)
      const form = await t.injectAs(partner, {
        method: 'POST',
        url: '/app/exports',
        payload: { _csrf: csrfToken, source, format: 'csv' },
      })
      assert.equal(form.statusCode, 403, source)
    }
  })

  it('offers the navigation entry to staff', async () => {
    assert.match((await page('/app')).body, /href="\/app\/exports"[^>]*>\s*Exportations/)
  })
})
