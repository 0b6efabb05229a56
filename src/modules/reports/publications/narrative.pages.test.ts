import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import { queryRows } from '../../../platform/db/database.js'
import { loadDemo } from '../../../seed/demo.js'
import { findNarrative } from './narrative.queries.js'

const app = await buildTestApp()
const q = 'region=11&from=2019-08-01&to=2021-06-30'
let director: TestUser
before(async () => {
  await loadDemo(app.base, { people: false })
  director = await app.userOf('director', 'region', '11')
})

const post = (user: TestUser, fields: Record<string, string>, query = q) =>
  app.injectAs(user, {
    method: 'POST',
    url: `/app/bilans/texte?${query}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrfToken, ...fields }).toString(),
  })

const long = 'x'.repeat(2001)
const eleven = Array.from({ length: 11 }, (_, i) => `Paragraphe ${i + 1}.`).join('\n\n')

test('each bad narrative is a 400 naming the field and the problem', async () => {
  const cases: [string, Record<string, string>, string, RegExp][] = [
    [
      'replace with no French',
      { 'intro.mode': 'replace', 'intro.en': 'Only English.' },
      'intro.fr',
      /écrivez au moins un paragraphe/,
    ],
    ['replace with no English', { 'team.mode': 'replace', 'team.fr': 'Seulement le français.' }, 'team.en', /anglais/],
    ['too many paragraphs', { 'projects.fr': eleven }, 'projects.fr', /Au plus 10 paragraphes/],
    [
      'a paragraph too long',
      { 'resources.en': `Short.\n\n${long}` },
      'resources.en',
      /le paragraphe 2 en compte 2\s001/,
    ],
    ['an unknown mode', { 'intro.mode': 'erase', 'intro.fr': 'Texte.' }, 'intro.mode', /Choisissez/],
  ]
  for (const [name, fields, field, message] of cases) {
    const res = await post(director, fields)
    assert.equal(res.statusCode, 400, name)
    assert.match(res.body, message, name)
    assert.match(res.body, new RegExp(`href="#f-${field.replace('.', '\\.')}"`), `${name}: the summary links the field`)
  }
  assert.deepEqual(await findNarrative(app.system.db, '11', '2019-08-01', '2021-06-30'), {}, 'nothing was saved')
})

test('a bad period is a 400; an unknown region a 404', async () => {
  assert.equal((await post(director, {}, 'region=11&from=2021-06-30&to=2019-08-01')).statusCode, 400)
  assert.equal((await post(director, {}, 'region=11&from=2019-02-30&to=2021-06-30')).statusCode, 400)
  const get = await app.injectAs(director, { method: 'GET', url: '/app/bilans/texte?region=11&from=x&to=2021-06-30' })
  assert.equal(get.statusCode, 400)
  const admin = await app.userOf('admin', 'all')
  assert.equal((await post(admin, {}, 'region=99&from=2019-08-01&to=2021-06-30')).statusCode, 404)
})

test('a director saves paragraphs (blank ones dropped), sees them again, and the save is audited', async () => {
  const res = await post(director, {
    'intro.mode': 'add',
    'intro.fr': '  Premier paragraphe.  \n\n\n\n   \n\nSecond paragraphe.',
    'intro.en': 'First paragraph.',
    'team.mode': 'replace',
    'team.fr': 'Une équipe engagée.',
    'team.en': 'A committed team.',
    'projects.mode': 'add',
  })
  assert.equal(res.statusCode, 303)
  assert.match(String(res.headers.location), /\/app\/bilans\/texte\?region=11&from=2019-08-01&to=2021-06-30&saved=1/)
  assert.deepEqual(await findNarrative(app.system.db, '11', '2019-08-01', '2021-06-30'), {
    intro: { mode: 'add', fr: ['Premier paragraphe.', 'Second paragraphe.'], en: ['First paragraph.'] },
    team: { mode: 'replace', fr: ['Une équipe engagée.'], en: ['A committed team.'] },
  })
  const page = await app.follow(director, res)
  assert.equal(page.statusCode, 200)
  assert.match(page.body, /Le texte du bilan est enregistré/)
  assert.match(page.body, /Premier paragraphe\.\n\nSecond paragraphe\./)
  assert.match(page.body, /<input[^>]*name="team\.mode"[^>]*value="replace"[^>]*checked/)
  assert.match(page.body, /href="\/app\/bilans\?region=11&amp;from=2019-08-01&amp;to=2021-06-30"/, 'preview link')
  const events = await queryRows<{ action: string; region_code: string }>(
    app.system.db,
    sql`select action, region_code from access.audit_events where action = 'bilan_narrative.updated'`,
  )
  assert.deepEqual(events, [{ action: 'bilan_narrative.updated', region_code: '11' }])
})

test('the page shows the computed text of each section, read-only, in the session language', async () => {
  const res = await app.injectAs(director, { method: 'GET', url: `/app/bilans/texte?${q}` })
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /Texte calculé/)
  assert.match(res.body, /Services Québec/, 'the service points of the computed text')
  assert.equal((res.body.match(/<textarea/g) ?? []).length, 14, 'two per section')
})

test('agents and advisors may not edit (403); a director of another region is told there is no such region (404)', async () => {
  for (const role of ['agent', 'advisor'] as const) {
    const user = await app.userOf(role, 'region', '11')
    assert.equal((await app.injectAs(user, { method: 'GET', url: `/app/bilans/texte?${q}` })).statusCode, 403, role)
    assert.equal((await post(user, { 'intro.fr': 'Non.' })).statusCode, 403, role)
  }
  const other = await app.userOf('director', 'region', '01')
  assert.equal((await app.injectAs(other, { method: 'GET', url: `/app/bilans/texte?${q}` })).statusCode, 404)
  assert.equal((await post(other, { 'intro.fr': 'Non.' })).statusCode, 404)
  const stored = await findNarrative(app.system.db, '11', '2019-08-01', '2021-06-30')
  assert.ok(!JSON.stringify(stored).includes('Non.'))
})
