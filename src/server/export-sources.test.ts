import assert from 'node:assert/strict'
import { test } from 'node:test'
import { runQueuedExports } from '../modules/access/exports/export.runner.js'
import { buildTestApp, csrfToken } from '../../test/build-test-app.js'
import { buildAction, buildAgreement, buildOrganization } from '../../test/factories/partners.js'
import { buildDossier, buildPerson } from '../../test/factories/people.js'
import { applicationExportSources } from './export-sources.js'

// The five sources as the application wires them: each list page offers its export with the list's filters, and the
// export asked from that form writes the rows its caller may read.
const app = await buildTestApp()
const ctx = app.system
const director = await app.userOf('director', 'region', '11')
const born = await buildPerson(ctx, { familyName: 'Arsenault', birthDate: '1990-07-14' })
await buildDossier(ctx, { personId: born.id })
const other = await buildPerson(ctx, { familyName: 'Bernier', birthDate: '1981-01-01' })
await buildDossier(ctx, { personId: other.id })
const elsewhere = await buildPerson(ctx, { familyName: 'Côté', birthDate: '1990-07-14', regionCode: '01' })
await buildDossier(ctx, { personId: elsewhere.id, regionCode: '01' })
const agreement = await buildAgreement(ctx, await buildOrganization(ctx))
await buildAction(ctx, agreement)

const page = (url: string) => app.injectAs(director, { method: 'GET', url })
const hidden = (body: string, name: string) =>
  body.match(new RegExp(`type="hidden" name="${name}" value="([^"]*)"`))?.[1]

test('the composition root lists the five sources by name, each with its permission', () => {
  const names = applicationExportSources().map((s) => [s.name, s.permission])
  assert.deepEqual(names, [
    ['persons', 'people.read'],
    ['interventions', 'people.read'],
    ['enterprises', 'employers.read'],
    ['agreements', 'partners.read'],
    ['actions', 'partners.read'],
  ])
})

test('each list page offers its export with its current filters (not its paging), in French and English', async () => {
  const cases: [url: string, source: string, filters: Record<string, string>][] = [
    ['/app/personnes?birthDate=1990-07-14', 'persons', { birthDate: '1990-07-14' }],
    ['/app/dossiers', 'interventions', {}],
    ['/app/entreprises?q=usine&page=2', 'enterprises', { q: 'usine' }],
    ['/app/ententes?status=signed', 'agreements', { status: 'signed' }],
    ['/app/actions?kind=intercultural_meals', 'actions', { kind: 'intercultural_meals' }],
  ]
  for (const [url, source, filters] of cases) {
    const res = await page(url)
    assert.equal(res.statusCode, 200, url)
    assert.equal(hidden(res.body, 'source'), source, url)
    assert.match(res.body, /action="\/app\/exports"/)
    assert.match(res.body, /Exporter cette liste/)
    for (const [name, value] of Object.entries(filters)) assert.equal(hidden(res.body, name), value, `${url} ${name}`)
    assert.equal(hidden(res.body, 'page'), undefined)
    const en = await page(`${url}${url.includes('?') ? '&' : '?'}lang=en`)
    assert.match(en.body, /Export this list/)
  }
})

test('the persons export asked from the list’s form writes only the readable persons matching its filters', async () => {
  const res = await app.injectAs(director, {
    method: 'POST',
    url: '/app/exports',
    payload: { _csrf: csrfToken, source: 'persons', format: 'csv', birthDate: '1990-07-14' },
  })
  assert.equal(res.statusCode, 303)
  await runQueuedExports(app.base, applicationExportSources(), 24)
  const file = await page(`${res.headers.location}/fichier`)
  assert.equal(file.statusCode, 200)
  const lines = file.body
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
  assert.match(lines[0]!, /^Identifiant,Nom de famille,Prénom,Date de naissance/)
  assert.equal(lines.length, 2)
  assert.match(lines[1]!, new RegExp(`^${born.id},Arsenault,`))
})

test('the dossiers page offers the interventions export with its own period and region fields, which the export keeps', async () => {
  const res = await page('/app/dossiers')
  for (const name of ['from', 'to'])
    assert.match(res.body, new RegExp(`<input id="f-${name}" name="${name}" type="date"`))
  assert.match(res.body, /<select id="f-region" name="region"[^>]*>[\s\S]*?<option value="11">Gaspésie/)
  assert.doesNotMatch(res.body, /<option value="01">/, 'only the regions of the caller’s scope')
  const asked = await app.injectAs(director, {
    method: 'POST',
    url: '/app/exports',
    payload: {
      _csrf: csrfToken,
      source: 'interventions',
      format: 'csv',
      from: '2025-04-01',
      to: '2026-03-31',
      region: '11',
    },
  })
  assert.equal(asked.statusCode, 303)
  const shown = await page(asked.headers.location as string)
  assert.match(shown.body, /2025-04-01/)
  const bad = await app.injectAs(director, {
    method: 'POST',
    url: '/app/exports',
    payload: { _csrf: csrfToken, source: 'interventions', format: 'csv', from: '2026-03-31', to: '2025-04-01' },
  })
  assert.equal(bad.statusCode, 400)
})
