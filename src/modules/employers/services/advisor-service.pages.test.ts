import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import { buildAdvisorService, buildEnterprise } from '../../../../test/factories/employers.js'

const app = await buildTestApp()
const advisor = await app.userOf('advisor', 'region', '11')
const director = await app.userOf('director', 'region', '11')
const montreal = await app.userOf('advisor', 'region', '06')
const get = (user: TestUser, url: string, headers: Record<string, string> = {}) =>
  app.injectAs(user, { method: 'GET', url, headers })
const post = (user: TestUser, url: string, fields: Record<string, string>) =>
  app.injectAs(user, {
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrfToken, ...fields }).toString(),
  })
const enterprise = await buildEnterprise(app.system, { legalName: 'Poissonnerie du Havre' })
const fields = {
  kind: 'temporary_workers',
  servedOn: '2020-11-03',
  outcome: 'EIMT expliquée',
  followUpOn: '2020-12-03',
}

/** The enterprise's page as a user sees it, where the services' timeline is one section. */
async function timelineFor(user: TestUser, lang: 'fr' | 'en', notice?: string) {
  const query = new URLSearchParams({ lang, ...(notice ? { service: notice } : {}) })
  const res = await get(user, `/app/entreprises/${enterprise.id}?${query}`)
  assert.equal(res.statusCode, 200, res.body)
  return res.body
}

test('records a service from the form, in French, and redirects to the enterprise’s timeline', async () => {
  const form = await get(advisor, `/app/entreprises/${enterprise.id}/services/nouveau`)
  assert.equal(form.statusCode, 200)
  assert.match(form.body, /Nouveau service à l’entreprise/)
  assert.match(form.body, /Poissonnerie du Havre/)
  assert.match(form.body, /Mission de recrutement international \(Journées Québec\)/)
  const res = await post(advisor, `/app/entreprises/${enterprise.id}/services/nouveau`, fields)
  assert.equal(res.statusCode, 303, res.body)
  assert.equal(res.headers.location, `/app/entreprises/${enterprise.id}?service=saved#services`)
  const html = await timelineFor(advisor, 'fr', 'saved')
  assert.match(html, /Le service est enregistré/)
  assert.match(html, /Démarches pour les travailleurs étrangers temporaires/)
  assert.match(html, /Suivi en retard \(prévu le 3 décembre 2020\)/)
  assert.match(html, /Marquer le suivi fait/)
})

test('shows the form again with a message per field for bad input (400), in English too', async () => {
  const res = await post(advisor, `/app/entreprises/${enterprise.id}/services/nouveau?lang=en`, {
    ...fields,
    servedOn: '2099-01-01',
    followUpOn: '2020-01-01',
    kind: 'karaoke',
  })
  assert.equal(res.statusCode, 400)
  assert.match(res.body, /Choose one of the values offered/)
  assert.match(res.body, /The follow-up date cannot come before the service date/)
  assert.match(res.body, /EIMT expliquée/)
})

test('edits a service and marks its follow-up done (post/redirect/get)', async () => {
  const service = await buildAdvisorService(app.system, enterprise, {
    servedOn: '2021-01-05',
    followUpOn: '2021-02-05',
  })
  const form = await get(advisor, `/app/services-entreprises/${service.id}/modifier`)
  assert.equal(form.statusCode, 200)
  assert.match(form.body, /2021-01-05/)
  const saved = await post(advisor, `/app/services-entreprises/${service.id}/modifier`, {
    kind: 'labour_matching',
    servedOn: '2021-01-06',
    followUpOn: '2021-02-05',
  })
  assert.equal(saved.statusCode, 303, saved.body)
  const done = await post(advisor, `/app/services-entreprises/${service.id}/suivi-fait`, {})
  assert.equal(done.statusCode, 303, done.body)
  assert.equal(done.headers.location, `/app/entreprises/${enterprise.id}?service=follow-up-done#services`)
  const html = await timelineFor(advisor, 'en')
  assert.match(html, /Labour-need matching/)
  assert.match(html, /Follow-up done \(/)
})

test('a director reads the timeline without the record buttons and cannot open the form (403)', async () => {
  const html = await timelineFor(director, 'fr')
  assert.match(html, /Services aux entreprises/)
  assert.doesNotMatch(html, /Inscrire un service|Marquer le suivi fait/)
  assert.equal((await get(director, `/app/entreprises/${enterprise.id}/services/nouveau`)).statusCode, 403)
})

test('another region’s advisor gets 404 on the form and the edit page', async () => {
  const service = await buildAdvisorService(app.system, enterprise)
  assert.equal((await get(montreal, `/app/entreprises/${enterprise.id}/services/nouveau`)).statusCode, 404)
  assert.equal((await get(montreal, `/app/services-entreprises/${service.id}/modifier`)).statusCode, 404)
  assert.equal((await post(montreal, `/app/services-entreprises/${service.id}/suivi-fait`, {})).statusCode, 404)
})

test('the list filters by kind and period, answers htmx with the results alone, and a bad period with a 400', async () => {
  const other = await buildEnterprise(app.system, { legalName: 'Auberge du Phare' })
  await buildAdvisorService(app.system, other, { servedOn: '2019-10-10', kind: 'international_mission' })
  const list = await get(director, '/app/services-entreprises?kind=international_mission&from=2019-10-01&to=2019-10-31')
  assert.equal(list.statusCode, 200)
  assert.match(list.body, /Auberge du Phare/)
  assert.doesNotMatch(list.body, /Poissonnerie du Havre/)
  const fragment = await get(director, '/app/services-entreprises?kind=international_mission', { 'hx-request': 'true' })
  assert.doesNotMatch(fragment.body, /<html/)
  assert.match(fragment.body, /Auberge du Phare/)
  const bad = await get(director, '/app/services-entreprises?from=2021-01-01&to=2020-01-01')
  assert.equal(bad.statusCode, 400)
  assert.match(bad.body, /ne peut précéder/)
  assert.doesNotMatch((await get(montreal, '/app/services-entreprises')).body, /Auberge du Phare/)
})
