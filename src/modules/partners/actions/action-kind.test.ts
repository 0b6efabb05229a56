import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp, csrfToken } from '../../../../test/build-test-app.js'
import { staffOf } from '../../../../test/factories/dossiers.js'
import { buildOrganization } from '../../../../test/factories/partners.js'
import { AppError } from '../../../platform/errors.js'
import { codeFromName } from './action-kind.contracts.js'
import { createActionKind, listActionKinds, renameActionKind, retireActionKind } from './action-kind.service.js'

const app = await buildTestApp()
const admin = await app.userOf('admin', 'all')
const director = await app.userOf('director', 'region', '11')
// The catalogue as read on 2024-01-01 (noon in Québec).
const onJanuaryFirst = { ...app.system, now: new Date('2024-01-01T17:00:00Z') }
const form = (user: typeof admin, url: string, fields: Record<string, string>) =>
  app.injectAs(user, {
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrfToken, ...fields }).toString(),
  })

test('makes a code from the French name when none is typed', () => {
  assert.equal(codeFromName('Cafés-rencontres à l’église'), 'cafes_rencontres_a_l_eglise')
  assert.equal(codeFromName('5 à 7 de réseautage'), 'k_5_a_7_de_reseautage')
})

test('the catalogue is for staff: a partner account may not list it', async () => {
  const org = await buildOrganization(app.system)
  const partner = await app.userOf('partner', 'organization', org.id)
  const res = await app.injectAs(partner, { method: 'GET', url: '/api/v1/action-kinds' })
  assert.ok([403, 404].includes(res.statusCode), res.body)
})

test('lists the twelve seeded kinds in catalogue order, all in force', async () => {
  const kinds = await listActionKinds(onJanuaryFirst)
  assert.equal(kinds.length >= 12, true)
  assert.equal(kinds[0]?.code, 'intercultural_meals')
  assert.ok(kinds.slice(0, 12).every((k) => k.active))
})

test('adds a kind last in the catalogue, refuses a code already used, renames it, retires it (never deletes)', async () => {
  const added = await createActionKind(app.system, {
    nameFr: 'Cuisine du monde',
    nameEn: 'World cooking',
    validFrom: '2020-01-01',
  })
  assert.equal(added.code, 'cuisine_du_monde')
  const all = await listActionKinds(onJanuaryFirst)
  assert.equal(all.at(-1)?.code, 'cuisine_du_monde')
  await assert.rejects(
    createActionKind(app.system, { nameFr: 'Cuisine du monde', nameEn: 'Again', validFrom: '2020-01-01' }),
    (e: unknown) => e instanceof AppError && e.kind === 'conflict',
  )
  const renamed = await renameActionKind(app.system, 'cuisine_du_monde', {
    nameFr: 'Cuisines du monde',
    nameEn: 'World cuisines',
  })
  assert.equal(renamed.nameFr, 'Cuisines du monde')
  assert.equal(renamed.sortOrder, added.sortOrder)
  await assert.rejects(
    retireActionKind(app.system, 'cuisine_du_monde', { validTo: '2019-12-31' }),
    (e: unknown) => e instanceof AppError && e.kind === 'invalid' && /suivre/.test(e.fields?.validTo?.fr ?? ''),
  )
  const retired = await retireActionKind(app.system, 'cuisine_du_monde', { validTo: '2023-01-01' })
  assert.equal(retired.active, false)
  assert.ok((await listActionKinds(onJanuaryFirst)).some((k) => k.code === 'cuisine_du_monde'))
})

test('only admins keep the catalogue: a director is refused', async () => {
  const { ctx } = await staffOf(app, 'director', 'region', '11')
  await assert.rejects(
    createActionKind(ctx, { nameFr: 'X', nameEn: 'X', validFrom: '2020-01-01' }),
    (e: unknown) => e instanceof AppError && e.kind === 'forbidden',
  )
  assert.equal((await app.injectAs(director, { method: 'GET', url: '/app/admin/types-actions' })).statusCode, 403)
})

test('the catalogue pages: list in French and English, add with a typed code, a bad code shown on the form, retire', async () => {
  const fr = await app.injectAs(admin, { method: 'GET', url: '/app/admin/types-actions' })
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /Types d’actions locales/)
  assert.match(fr.body, /Brunchs et soupers interculturels/)
  const en = await app.injectAs(admin, { method: 'GET', url: '/app/admin/types-actions?lang=en' })
  assert.match(en.body, /Local action kinds/)
  const bad = await form(admin, '/app/admin/types-actions/nouveau', {
    nameFr: 'Ciné',
    nameEn: 'Film',
    code: 'Ciné!',
    validFrom: '2020-01-01',
  })
  assert.equal(bad.statusCode, 400)
  assert.match(bad.body, /lettres minuscules/)
  for (const sortOrder of ['-4', 'abc', '1.5']) {
    const order = await form(admin, '/app/admin/types-actions/nouveau', {
      nameFr: 'Ciné',
      nameEn: 'Film',
      sortOrder,
      validFrom: '2020-01-01',
    })
    assert.equal(order.statusCode, 400, sortOrder)
    assert.match(order.body, /id="f-sortOrder-error">Un nombre entier de 0 ou plus\./, sortOrder)
  }
  const ok = await form(admin, '/app/admin/types-actions/nouveau', {
    nameFr: 'Ciné-club',
    nameEn: 'Film club',
    code: 'film_club',
    validFrom: '2020-01-01',
  })
  assert.equal(ok.statusCode, 303)
  const confirm = await app.injectAs(admin, { method: 'GET', url: '/app/admin/types-actions/film_club/retirer' })
  assert.equal(confirm.statusCode, 200)
  assert.match(confirm.body, /qc-danger/)
  const retired = await form(admin, '/app/admin/types-actions/film_club/retirer', { validTo: '2022-01-01' })
  assert.equal(retired.statusCode, 303)
  const list = await app.injectAs(admin, { method: 'GET', url: '/app/admin/types-actions?saved=1' })
  assert.match(list.body, /film_club[\s\S]*?Retiré/)
})
