import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildTestApp, type TestUser } from '../../../../test/build-test-app.js'
import type { Actor, Ctx } from '../actor.js'
import { createUser, recordAudit } from '../index.js'

// The audit journal (issue 5, defects 5 and 8): scoped to the director's regions, names and labels, filters, paging.
const app = await buildTestApp()
const admin = await app.userOf('admin', 'all')
const director = await app.userOf('director', 'region', '11')
let counter = 0

/** A context acting as a new account with this name, to record events by someone recognisable. */
async function actingAs(displayName: string): Promise<Ctx> {
  const email = `journal${++counter}-${Date.now()}@test.example`
  const user = await createUser(app.system, {
    email,
    displayName,
    password: 'un mot de passe assez long',
    role: 'agent',
    scopeKind: 'all',
  })
  const actor: Actor = {
    kind: 'user',
    userId: user.id,
    email,
    displayName,
    role: 'agent',
    grant: { kind: 'all', ref: null },
    locale: 'fr',
    via: 'session',
  }
  return { ...app.system, actor, now: new Date() }
}

const journal = (user: TestUser, query = '', cookies?: Record<string, string>) =>
  app.injectAs(user, { method: 'GET', url: `/app/admin/journal${query}`, cookies })
const rowsOf = (body: string, name: string) => body.split(`<td>${name}</td>`).length - 1

describe('audit journal', () => {
  test("shows a director only their regions' events; events without a region only to scope 'all'", async () => {
    const [inRegion, otherRegion, noRegion] = await Promise.all([
      actingAs('Acteur Onze'),
      actingAs('Acteur Un'),
      actingAs('Acteur Sans Région'),
    ])
    await recordAudit(inRegion, {
      action: 'service_point.updated',
      entityType: 'service_point',
      entityId: 'sp-11',
      regionCode: '11',
    })
    await recordAudit(otherRegion, {
      action: 'service_point.updated',
      entityType: 'service_point',
      entityId: 'sp-01',
      regionCode: '01',
    })
    await recordAudit(noRegion, { action: 'api_token.created', entityType: 'api_token', entityId: 'tk' })
    const seen = await journal(director)
    assert.equal(seen.statusCode, 200)
    assert.equal(rowsOf(seen.body, 'Acteur Onze'), 1)
    assert.equal(rowsOf(seen.body, 'Acteur Un'), 0)
    assert.equal(rowsOf(seen.body, 'Acteur Sans Région'), 0)
    const all = await journal(admin, '?personne=Acteur')
    for (const name of ['Acteur Onze', 'Acteur Un', 'Acteur Sans Région']) assert.equal(rowsOf(all.body, name), 1, name)
  })

  test('names people, actions and records in French, never account ids, UUIDs or codes', async () => {
    const res = await journal(admin)
    assert.equal(res.statusCode, 200)
    const main = res.body.slice(res.body.indexOf('<main'), res.body.indexOf('</main>')).replace(/<[^>]*>/g, ' ')
    assert.match(main, / Connexion /)
    assert.match(main, / Création du compte /)
    assert.match(main, / Compte : Test admin \d+ /)
    assert.doesNotMatch(main, /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/, 'no UUID')
    assert.doesNotMatch(
      main,
      /user\.|signed_in|service_point|api_token|\bSystem\b|sign-in|\bsystème\b/,
      'no code or English word',
    )
    const en = await journal(admin, '', { escale_lang: 'en' })
    assert.match(en.body, /<td>Sign-in<\/td>/)
  })

  test('shows the person who signed in, not the system, on a sign-in event', async () => {
    const res = await journal(admin, `?action=user.signed_in&personne=${encodeURIComponent('Test admin')}`)
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /<td>Test admin \d+<\/td><td>Connexion<\/td><td>Compte : Test admin \d+<\/td>/)
  })

  test('filters by action, person and dates with a GET form, and pages through the older events', async () => {
    const ctx = await actingAs('Hélène Filtrée')
    for (let i = 0; i < 52; i++)
      await recordAudit(
        { ...ctx, now: new Date(Date.UTC(2024, 5, 10, 15, 0, i)) },
        { action: 'staff.updated', entityType: 'staff', entityId: `s${i}` },
      )
    await recordAudit(
      { ...ctx, now: new Date(Date.UTC(2024, 5, 12, 15)) },
      { action: 'staff.created', entityType: 'staff', entityId: 'new' },
    )
    const page = await journal(admin, '?personne=helene+filtree&action=staff.updated&du=2024-06-10&au=2024-06-10')
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /<form method="get" action="\/app\/admin\/journal"/)
    assert.equal(rowsOf(page.body, 'Hélène Filtrée'), 50)
    const older = /href="(\/app\/admin\/journal\?[^"]*avant=\d+)"/.exec(page.body)?.[1]?.replaceAll('&amp;', '&')
    assert.ok(older, 'a link to the older events keeps the filters')
    const next = await journal(admin, older.slice('/app/admin/journal'.length))
    assert.equal(rowsOf(next.body, 'Hélène Filtrée'), 2)
    assert.equal(rowsOf((await journal(admin, '?personne=Hélène+Filtrée&du=2024-06-11')).body, 'Hélène Filtrée'), 1)
    assert.equal(rowsOf((await journal(admin, '?personne=Hélène+Filtrée&au=2024-06-09')).body, 'Hélène Filtrée'), 0)
    const blank = await journal(admin, '?personne=H%C3%A9l%C3%A8ne+Filtr%C3%A9e&action=&du=&au=')
    assert.equal(blank.statusCode, 200, 'empty fields filter nothing')
    assert.match(blank.body, /<td>Ajout d'un membre du personnel<\/td>/)
  })

  const badQueries = [
    ['a huge page position', '?avant=99999999999999999999', /Position de page invalide/],
    ['a page position in exponent notation', '?avant=1e300', /Position de page invalide/],
    ['a negative page position', '?avant=-5', /Position de page invalide/],
    ['a page position that is not a number', '?avant=abc', /Position de page invalide/],
    ['year 0000', '?du=0000-01-01', /Date hors des limites/],
    ['an impossible date', '?au=2024-13-45', /Date invalide/],
    ['an end before the start', '?du=2024-06-10&au=2024-06-01', /La date de fin précède la date de début/],
    ['an action that is not one', "?action=x'%20or%201=1", /Format invalide/],
    ['an over-long name', `?personne=${'a'.repeat(101)}`, /Au plus 100 caractères/],
  ] as const
  for (const [label, query, message] of badQueries) {
    test(`answers 400 with a message in French, never a 500, for ${label}`, async () => {
      const res = await journal(admin, query)
      assert.equal(res.statusCode, 400, res.body.slice(0, 200))
      assert.match(res.body, message)
      assert.match(res.body, /<form method="get" action="\/app\/admin\/journal"/, 'the filters are shown again')
    })
  }

  test('answers in English for an English reader', async () => {
    const res = await journal(admin, '?avant=1e300', { escale_lang: 'en' })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /Invalid page position/)
  })

  test('is refused to roles without the audit permission', async () => {
    const agent = await app.userOf('agent', 'region', '11')
    assert.equal((await journal(agent)).statusCode, 403)
  })
})

test('shows only one record’s events when asked from its page (who read a person’s file), paging kept', async () => {
  const reader = await actingAs('Lectrice Unique')
  const record = crypto.randomUUID()
  const other = crypto.randomUUID()
  await recordAudit(reader, { action: 'person.viewed', entityType: 'person', entityId: record, regionCode: '11' })
  await recordAudit(reader, { action: 'person.viewed', entityType: 'person', entityId: other, regionCode: '11' })
  const res = await journal(admin, `?enregistrement=${record}`)
  assert.equal(res.statusCode, 200)
  assert.equal(rowsOf(res.body, 'Lectrice Unique'), 1)
  assert.match(res.body, new RegExp(`name="enregistrement" value="${record}"`))
  const bad = await journal(admin, '?enregistrement=pas-un-identifiant')
  assert.equal(bad.statusCode, 400)
})
