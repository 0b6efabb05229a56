import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { renderToString } from 'preact-render-to-string'
import { CnpField, valueAfterChoice } from './cnp-field.js'
import { resolveCnpInput } from './cnp-input.js'
import { findUnitGroups, searchOccupations } from './occupation.queries.js'

const app = await buildTestApp()
const db = app.system.db
const advisor = await app.userOf('advisor', 'region', '11')
const agent = await app.userOf('agent', 'region', '11')
const partner = await app.userOf('partner', 'all')
type User = typeof advisor
const api = (user: User, url: string) =>
  app.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${user.token}` } })
const get = (user: User, url: string, headers: Record<string, string> = {}) =>
  app.injectAs(user, { method: 'GET', url, headers })

describe('searchOccupations', () => {
  test('an exact code comes first, then the codes it begins', async () => {
    const found = await searchOccupations(db, '21231', 5)
    assert.equal(found[0]?.code, '21231')
    const prefix = await searchOccupations(db, '2123', 10)
    assert.ok(prefix.length > 1)
    assert.ok(prefix.every((o) => o.code.startsWith('2123')))
  })

  test('finds French titles without accents or case, and English titles', async () => {
    const fr = await searchOccupations(db, 'INFIRMIERES praticiennes', 5)
    assert.equal(fr[0]?.code, '31302')
    const en = await searchOccupations(db, 'software engineers', 5)
    assert.equal(en[0]?.code, '21231')
  })

  test('ranks titles that start with the words before titles that contain them', async () => {
    const found = await searchOccupations(db, 'manoeuvres', 50)
    const firstContains = found.findIndex((o) => !(o.titleFr ?? '').toLowerCase().startsWith('manoeuvres'))
    const lastStarts = found.findLastIndex((o) => (o.titleFr ?? '').toLowerCase().startsWith('manoeuvres'))
    assert.ok(lastStarts >= 0)
    assert.ok(firstContains === -1 || lastStarts < firstContains)
  })

  test('a percent sign is a character, never a wildcard', async () => {
    assert.deepEqual(await searchOccupations(db, '%', 5), [])
  })
})

test('findUnitGroups gives the TEER and the four groups, the English title standing in for a missing French one', async () => {
  const [unit, ...rest] = await findUnitGroups(db, ['95106', '99999'])
  assert.equal(rest.length, 0)
  assert.equal(unit?.teer, 5)
  assert.equal(unit?.broadCategory.code, '9')
  assert.equal(unit?.majorGroup.code, '95')
  assert.equal(unit?.subMajorGroup.code, '951')
  assert.equal(unit?.minorGroup.code, '9510')
  assert.ok(unit?.minorGroup.titleFr.length)
})

describe('resolveCnpInput', () => {
  const cases: [string, string, boolean, string[] | RegExp][] = [
    ['one code', '21231', false, ['21231']],
    ['a suggestion as shown', '21231 — Ingénieurs', false, ['21231']],
    ['blank', '  ', false, []],
    ['several codes', '21231, 95106;21231', true, ['21231', '95106']],
    ['words designating one group', 'infirmieres praticiennes', false, ['31302']],
    ['an unknown code', '12345', false, /^Code CNP inconnu : 12345$/],
    ['an unknown code among several', '21231, 99999', true, /^Code CNP inconnu : 99999$/],
    ['several codes in a single field', '21231, 95106', false, /Un seul code/],
    ['words matching several groups', 'infirmiers', false, /Plusieurs professions.*31301 — Infirmiers autorisés/],
    ['words matching nothing', 'astronaute lunaire', false, /Aucune profession/],
  ]
  for (const [name, raw, multiple, expected] of cases) {
    test(name, async () => {
      const resolved = await resolveCnpInput(db, raw, { multiple })
      if (Array.isArray(expected)) assert.deepEqual(resolved.codes, expected)
      else assert.match(resolved.error?.fr ?? '', expected)
    })
  }
  test('the English message', async () => {
    assert.equal((await resolveCnpInput(db, '12345')).error?.en, 'Unknown CNP code: 12345')
  })
})

test('valueAfterChoice replaces the words typed and keeps the codes already there', () => {
  assert.equal(valueAfterChoice('infirm', '31301', false), '31301')
  assert.equal(valueAfterChoice('21231, infirm', '31301', true), '21231, 31301')
})

describe('API', () => {
  test('searches, reads one unit group, lists SCIAN sectors', async () => {
    const list = await api(agent, '/api/v1/occupations?q=logiciel&limit=3')
    assert.equal(list.statusCode, 200, list.body)
    assert.ok(list.json().data.length <= 3)
    const one = await api(advisor, '/api/v1/occupations/21231')
    assert.equal(one.statusCode, 200)
    assert.equal(one.json().minorGroup.code, '2123')
    const sectors = await api(advisor, '/api/v1/scian-sectors')
    assert.ok(sectors.json().data.some((s: { code: string }) => s.code === '31-33'))
  })

  test('an unknown or malformed code answers 404, a bad query 400, a partner 403', async () => {
    assert.equal((await api(advisor, '/api/v1/occupations/99999')).statusCode, 404)
    assert.equal((await api(advisor, '/api/v1/occupations/abc')).statusCode, 404)
    assert.equal((await api(advisor, '/api/v1/occupations?q=')).statusCode, 400)
    assert.equal((await api(advisor, '/api/v1/occupations?q=a&limit=500')).statusCode, 400)
    assert.equal((await api(partner, '/api/v1/occupations?q=logiciel')).statusCode, 403)
  })
})

describe('pages', () => {
  test('the classification page in French and English', async () => {
    const fr = await get(advisor, '/app/cnp?q=logiciel')
    assert.equal(fr.statusCode, 200)
    assert.match(fr.body, /Classification nationale des professions/)
    assert.match(fr.body, /21231/)
    const en = await get(advisor, '/app/cnp?q=logiciel&lang=en')
    assert.match(en.body, /Software engineers and designers/)
  })

  test('the picker suggests buttons and fills the field with the chosen code', async () => {
    const hx = { 'hx-request': 'true' }
    const s = await get(
      advisor,
      '/app/cnp/suggestions?field=cnpCodes&multiple=1&cnpCodes=21231%2C%20infirmi%C3%A8res%20prat',
      hx,
    )
    assert.equal(s.statusCode, 200)
    assert.match(s.body, /<button[^>]*hx-get="\/app\/cnp\/choix\?[^"]*code=31302"/)
    assert.match(s.body, /31302 — Infirmiers praticiens/)
    // The field's hx-vals would be merged into the button's request (field twice: a 400) without this.
    assert.match(s.body, /hx-vals="unset"/)
    const c = await get(advisor, '/app/cnp/choix?field=cnpCodes&multiple=1&current=21231%2C%20inf&code=31302', hx)
    assert.match(c.body, /id="f-cnpCodes"[^>]*value="21231, 31302"/)
    assert.match(c.body, /hx-swap-oob/)
  })
})

test('the picker field is labelled, described by its hint and error, and asks for suggestions as one types', () => {
  const html = renderToString(
    <CnpField
      lang="en"
      name="cnpCode"
      label="NOC code"
      required
      errors={{ cnpCode: { fr: 'x', en: 'Unknown CNP code: 12345' } }}
    />,
  )
  assert.match(html, /<label class="qc-label" for="f-cnpCode">/)
  assert.match(html, /id="f-cnpCode-hint">The 5-digit NOC code/)
  assert.match(html, /aria-describedby="f-cnpCode-hint f-cnpCode-error"/)
  assert.match(html, /aria-invalid="true"/)
  assert.match(html, /Unknown CNP code: 12345/)
  assert.match(html, /hx-get="\/app\/cnp\/suggestions"/)
  assert.match(html, /hx-disinherit="\*"/)
})

test('the API is documented under the occupations tag', async () => {
  const doc = (await app.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
  for (const path of ['/api/v1/occupations', '/api/v1/occupations/{code}', '/api/v1/scian-sectors'])
    assert.deepEqual(doc.paths[path]?.get?.tags, ['occupations'], path)
})
