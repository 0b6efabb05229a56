import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { queryRows } from '../../../platform/db/database.js'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import { buildDossier, buildIntervention } from '../../../../test/factories/people.js'

// Who may set targets, the validation table (API and form), the audit event, the pages in French and English.
const app = await buildTestApp()
const director = await app.userOf('director', 'region', '11')
const otherDirector = await app.userOf('director', 'region', '05')
const agent = await app.userOf('agent', 'region', '11')
const advisor = await app.userOf('advisor', 'region', '11')
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }
const form = (data: Record<string, string>) => new URLSearchParams({ _csrf: csrfToken, ...data }).toString()

const put = (user: TestUser, body: unknown) =>
  app.injectAs(user, { method: 'PUT', url: '/api/v1/targets', payload: body as Record<string, unknown> })
const one = (indicator: string, value: unknown, fiscalYear = 2030) => ({
  regionCode: '11',
  fiscalYear,
  targets: [{ indicator, value }],
})

describe('setting targets through the API', () => {
  const bad: [string, string, unknown, RegExp][] = [
    ['negative count', 'persons_accompanied', '-3', /négative|negative/],
    ['count with decimals', 'persons_accompanied', '12,5', /entier|whole/],
    ['count not a number', 'enterprises_accompanied', 'douze', /nombre|number/],
    ['count too large', 'persons_accompanied', '2000000', /au plus|at most/],
    ['share over 100 %', 'first_meeting_within_5_days', '100,01', /100/],
    ['negative share', 'referrals_closed_with_outcome', '-1', /négative|negative/],
    ['share not a number', 'first_meeting_within_5_days', '85 pour cent', /nombre|number/],
    ['share with three decimals', 'first_meeting_within_5_days', '85,125', /deux décimales|two decimals/],
  ]
  for (const [name, indicator, value, message] of bad)
    test(`refuses a ${name}: 400 with the field's message`, async () => {
      const res = await put(director, one(indicator, value))
      assert.equal(res.statusCode, 400, res.body)
      assert.match(res.json().error.fields[indicator], message)
    })

  test('refuses an unknown indicator, a bad region code and a fiscal year out of range (400)', async () => {
    for (const body of [
      one('happiness', '3'),
      { ...one('persons_accompanied', '3'), regionCode: 'x' },
      one('persons_accompanied', '3', 1999),
    ])
      assert.equal((await put(director, body)).statusCode, 400, JSON.stringify(body))
  })

  test('agents and advisors may not (403); a director of another region gets 404; nothing is stored', async () => {
    for (const user of [agent, advisor])
      assert.equal((await put(user, one('persons_accompanied', '40'))).statusCode, 403)
    assert.equal((await put(otherDirector, one('persons_accompanied', '40'))).statusCode, 404)
    const res = await app.injectAs(director, { method: 'GET', url: '/api/v1/targets?region=11&fiscalYear=2030' })
    assert.equal(res.json().data[0].indicators[0].target, null)
    const read = await app.injectAs(agent, { method: 'GET', url: '/api/v1/targets?region=11&fiscalYear=2030' })
    assert.equal(read.statusCode, 200)
    assert.equal(
      (await app.injectAs(otherDirector, { method: 'GET', url: '/api/v1/targets?region=11' })).statusCode,
      404,
    )
  })

  test('sets, changes and removes targets, each change audited with the before and after', async () => {
    const set = (targets: unknown) => put(director, { regionCode: '11', fiscalYear: 2031, targets })
    let res = await set([
      { indicator: 'persons_accompanied', value: '40' },
      { indicator: 'first_meeting_within_5_days', value: 85.5 },
    ])
    assert.equal(res.statusCode, 200, res.body)
    const shares = res.json().data[0].indicators
    assert.deepEqual(
      shares.map((i: { target: number | null }) => i.target),
      [40, null, 85.5, null],
    )
    res = await set([
      { indicator: 'persons_accompanied', value: '' },
      { indicator: 'enterprises_accompanied', value: '9' },
    ])
    assert.deepEqual(
      res.json().data[0].indicators.map((i: { target: number | null }) => i.target),
      [null, 9, 85.5, null],
    )
    const events = await queryRows<{ details: { before: object; after: object }; region_code: string }>(
      app.system.db,
      sql`select details, region_code from access.audit_events where action = 'target.updated'
          and details->>'fiscalYear' = '2031' order by occurred_at, id`,
    )
    assert.equal(events.length, 2)
    assert.deepEqual(events[1]!.details.before, { persons_accompanied: 40, first_meeting_within_5_days: 8550 })
    assert.deepEqual(events[1]!.details.after, { enterprises_accompanied: 9, first_meeting_within_5_days: 8550 })
    assert.equal(events[1]!.region_code, '11')
  })
})

describe('the targets pages', () => {
  test('show the region’s table with target, actual and a progress bar, in French and in English', async () => {
    const dossier = await buildDossier(app.system, { regionCode: '11' })
    await buildIntervention(app.system, dossier, { occurredOn: '2020-05-04' })
    await put(director, {
      regionCode: '11',
      fiscalYear: 2020,
      targets: [{ indicator: 'persons_accompanied', value: '4' }],
    })
    const fr = await app.injectAs(director, { method: 'GET', url: '/app/cibles?region=11&annee=2020' })
    assert.equal(fr.statusCode, 200)
    assert.match(fr.body, /<caption>Cibles du plan d’action — Gaspésie/)
    assert.match(fr.body, /<th scope="row">Personnes accompagnées<\/th><td>4<\/td><td>1<\/td>/)
    assert.match(fr.body, /Cible non atteinte : 25 % de la cible/)
    assert.match(fr.body, /<progress max="100" value="25"/)
    assert.match(fr.body, /href="\/app\/cibles\/modifier\?region=11&amp;annee=2020"/)
    assert.match(fr.body, /Aucune donnée/)
    const en = await app.injectAs(director, { method: 'GET', url: '/app/cibles?region=11&annee=2020&lang=en' })
    assert.match(en.body, /<th scope="row">Persons accompanied<\/th>/)
    assert.match(en.body, /Target not reached: 25% of the target/)
    assert.match(en.body, /No data/)
  })

  test('agents read the page without the link to change the targets; a bad filter is a 400 page', async () => {
    const res = await app.injectAs(agent, { method: 'GET', url: '/app/cibles' })
    assert.equal(res.statusCode, 200)
    assert.doesNotMatch(res.body, /cibles\/modifier/)
    assert.equal((await app.injectAs(agent, { method: 'GET', url: '/app/cibles?annee=abc' })).statusCode, 400)
    assert.equal(
      (await app.injectAs(agent, { method: 'GET', url: '/app/cibles/modifier?region=11&annee=2020' })).statusCode,
      403,
    )
    const other = await app.injectAs(otherDirector, { method: 'GET', url: '/app/cibles/modifier?region=11&annee=2020' })
    assert.equal(other.statusCode, 404)
  })

  test('the form shows field errors (400), then saves and redirects to the list with a notice', async () => {
    const url = '/app/cibles/modifier'
    const page = await app.injectAs(director, { method: 'GET', url: `${url}?region=11&annee=2020` })
    assert.match(page.body, /name="persons_accompanied" type="text" value="4"/)
    const payload = form({ region: '11', annee: '2020', persons_accompanied: '-1', first_meeting_within_5_days: '101' })
    const bad = await app.injectAs(director, { method: 'POST', url, headers: formHeaders, payload })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /id="f-persons_accompanied-error"[^>]*>La cible ne peut pas être négative/)
    assert.match(bad.body, /id="f-first_meeting_within_5_days-error"[^>]*>Un pourcentage ne dépasse pas 100/)
    const good = form({ region: '11', annee: '2020', persons_accompanied: '50', first_meeting_within_5_days: '85,5' })
    const ok = await app.injectAs(director, { method: 'POST', url, headers: formHeaders, payload: good })
    assert.equal(ok.statusCode, 303)
    const list = await app.follow(director, ok)
    assert.match(list.body, /Les cibles ont été enregistrées/)
    assert.match(list.body, /<td>85,5 %<\/td>/)
  })
})
