import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eq } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildAgreement, buildOrganization } from '../../../../test/factories/partners.js'
import { agreements } from './agreement.schema.js'
import { voletIdOf } from './agreement.test-world.js'

const app = await buildTestApp()
const director = await app.userOf('director', 'region', '11')
const agent = await app.userOf('agent', 'region', '11')
const page = (user: typeof director, url: string) => app.injectAs(user, { method: 'GET', url })
const post = (user: typeof director, url: string, payload: Record<string, string | string[]>) =>
  app.injectAs(user, { method: 'POST', url, payload })

test('the new agreement form: dates first, then one amount per fiscal year pre-filled with the split, then saved', async () => {
  const org = await buildOrganization(app.system)
  const voletId = `PAC|${await voletIdOf(app.system, 'PAC', '2')}`
  const step1 = await page(director, '/app/ententes/nouvelle')
  assert.equal(step1.statusCode, 200)
  assert.match(step1.body, /Étape 1 de 2/)
  assert.doesNotMatch(step1.body, /name="amount_/)
  const base = {
    organizationId: org.id,
    voletId,
    reference: `PG-${Date.now()}`,
    title: 'Accueil',
    startOn: '2020-04-01',
    endOn: '2022-03-31',
  }
  const step2 = await post(director, '/app/ententes/nouvelle/annees', { ...base, total: '100 000' })
  assert.equal(step2.statusCode, 200)
  assert.match(step2.body, /Étape 2 de 2/)
  assert.match(step2.body, /Année financière 2020-2021/)
  assert.match(step2.body, /name="amount_2020" type="text" value="50000.00"/)
  assert.match(step2.body, /name="amount_2021" type="text" value="50000.00"/)
  const tooLong = await post(director, '/app/ententes/nouvelle/annees', { ...base, endOn: '2024-03-31' })
  assert.equal(tooLong.statusCode, 400)
  assert.match(tooLong.body, /au plus 3 années financières/)
  const wrong = await post(director, '/app/ententes/nouvelle', { ...base, amount_2020: 'beaucoup', amount_2021: '1' })
  assert.equal(wrong.statusCode, 400)
  assert.match(wrong.body, /Montant invalide/)
  const saved = await post(director, '/app/ententes/nouvelle', {
    ...base,
    amount_2020: '50 000,00',
    amount_2021: '40000',
  })
  assert.equal(saved.statusCode, 303, saved.body.slice(0, 1500))
  const [row] = await app.system.db.select().from(agreements).where(eq(agreements.reference, base.reference))
  assert.equal(row!.totalCents, 9_000_000)
  const details = await app.follow(director, saved)
  assert.match(details.body, /L’entente a été enregistrée/)
  assert.match(details.body, /90.000,00.\$/)
  assert.match(details.body, /Changer le statut/)
  const edit = await page(director, `/app/ententes/${row!.id}/modifier`)
  assert.match(edit.body, /value="40000.00"/)
})

test('the details page moves the status by form, shows the history, and sends a signed agreement to amendments', async () => {
  const org = await buildOrganization(app.system)
  const a = await buildAgreement(app.system, org, { status: 'preparation', signedOn: null })
  const bad = await post(director, `/app/ententes/${a.id}/statut`, { to: 'completed', on: '2020-03-01' })
  assert.equal(bad.statusCode, 409)
  assert.match(bad.body, /ne peut pas passer/)
  const moved = await post(director, `/app/ententes/${a.id}/statut`, { to: 'signed', on: '2020-03-01' })
  assert.equal(moved.statusCode, 303)
  const details = await app.follow(director, moved)
  assert.match(details.body, /Le statut de l’entente a été changé/)
  assert.match(details.body, /Signée — 1er mars 2020/)
  const edit = await page(director, `/app/ententes/${a.id}/modifier`)
  assert.equal(edit.statusCode, 303)
  assert.equal(edit.headers.location, `/app/ententes/${a.id}/avenants/nouveau`)
  const form = await page(director, `/app/ententes/${a.id}/avenants/nouveau`)
  assert.match(form.body, /name="amount_2021"/)
  const amended = await post(director, `/app/ententes/${a.id}/avenants/nouveau`, {
    signedOn: '2020-09-01',
    summary: 'Prolongation',
    endOn: '2023-03-31',
    amount_2020: '50000',
    amount_2021: '50000',
    amount_2022: '10000',
  })
  assert.equal(amended.statusCode, 303, amended.body.slice(0, 1500))
  const after = await app.follow(director, amended)
  assert.match(after.body, /Avenant 1 — 1er septembre 2020/)
  assert.match(after.body, /2022-2023/)
  const en = await page(director, `/app/ententes/${a.id}?lang=en`)
  assert.match(en.body, /Amendment 1 — September 1, 2020/)
  assert.match(en.body, /\$110,000\.00/)
})

test('the list filters live and in English; agents read without forms; partners may not use /app', async () => {
  const org = await buildOrganization(app.system, { name: 'Organisme liste' })
  await buildAgreement(app.system, org, { reference: `LST-${Date.now()}` })
  const fr = await page(agent, `/app/ententes?organization=${org.id}`)
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /Organisme liste/)
  assert.match(fr.body, /Signée/)
  assert.doesNotMatch(fr.body, /Nouvelle entente/)
  const fragment = await app.injectAs(agent, {
    method: 'GET',
    url: `/app/ententes?status=completed&organization=${org.id}`,
    headers: { 'hx-request': 'true' },
  })
  assert.match(fragment.body, /Aucune entente ne correspond/)
  assert.doesNotMatch(fragment.body, /<html/)
  assert.doesNotMatch(fragment.body, /<select/, 'the live filter answers only the results, no filter choices')
  assert.match(fr.body, /<select[^>]*name="organization"/)
  const en = await page(agent, `/app/ententes?organization=${org.id}&lang=en`)
  assert.match(en.body, /Signed/)
  assert.match(en.body, /Agreements/)
  assert.equal((await page(agent, '/app/ententes/nouvelle')).statusCode, 403)
  const partner = await app.userOf('partner', 'organization', org.id)
  assert.equal((await page(partner, '/app/ententes')).statusCode, 403)
  const totals = await page(agent, '/app/ententes/totaux')
  assert.equal(totals.statusCode, 200)
  assert.match(totals.body, /Par programme/)
  assert.match(totals.body, /2020-2021/)
  const totalsEn = await page(agent, '/app/ententes/totaux?lang=en')
  assert.match(totalsEn.body, /By region/)
})

test('an agreement of another region answers 404 on its pages', async () => {
  const a = await buildAgreement(app.system, await buildOrganization(app.system, { regionCode: '01' }))
  assert.equal((await page(director, `/app/ententes/${a.id}`)).statusCode, 404)
  assert.equal((await page(director, `/app/ententes/${a.id}/avenants/nouveau`)).statusCode, 404)
})

test('the amendment form sends an agreement in preparation to its edit form, and a closed one to its page', async () => {
  const org = await buildOrganization(app.system)
  const draft = await buildAgreement(app.system, org, { status: 'preparation', signedOn: null })
  const toEdit = await page(director, `/app/ententes/${draft.id}/avenants/nouveau`)
  assert.equal(toEdit.headers.location, `/app/ententes/${draft.id}/modifier`)
  const done = await buildAgreement(app.system, org, { status: 'completed', completedOn: '2022-03-31' })
  const toPage = await page(director, `/app/ententes/${done.id}/avenants/nouveau`)
  assert.equal(toPage.headers.location, `/app/ententes/${done.id}`)
})

test('the status form redisplays the chosen move, date and reason, with the error beside the field', async () => {
  const org = await buildOrganization(app.system)
  const a = await buildAgreement(app.system, org)
  const noReason = await post(director, `/app/ententes/${a.id}/statut`, { to: 'terminated', on: '2020-06-01' })
  assert.equal(noReason.statusCode, 400)
  assert.match(noReason.body, /<option value="terminated" selected>/)
  assert.match(noReason.body, /name="on" type="date" value="2020-06-01"/)
  assert.match(noReason.body, /id="f-reason-error">Donnez le motif de la résiliation/)
  const future = await post(director, `/app/ententes/${a.id}/statut`, {
    to: 'terminated',
    on: '2999-01-01',
    reason: 'Fin du financement',
  })
  assert.equal(future.statusCode, 400)
  assert.match(future.body, /<option value="terminated" selected>/)
  assert.match(future.body, /Fin du financement<\/textarea>/)
  assert.match(future.body, /id="f-on-error">/)
})

test('step 1 checks the dates and the total; a total the yearly amounts do not add up to is refused, with both sums', async () => {
  const org = await buildOrganization(app.system)
  const voletId = `PAC|${await voletIdOf(app.system, 'PAC', '2')}`
  const base = { organizationId: org.id, voletId, reference: `PT-${Date.now()}`, title: 'Accueil' }
  const empty = await post(director, '/app/ententes/nouvelle/annees', {})
  assert.equal(empty.statusCode, 400)
  assert.match(empty.body, /id="f-startOn-error">Choisissez une date/)
  assert.match(empty.body, /id="f-endOn-error">Choisissez une date/)
  const dates = { startOn: '2020-04-01', endOn: '2022-03-31' }
  for (const total of ['abc', '-500', '99999999999999999999']) {
    const bad = await post(director, '/app/ententes/nouvelle/annees', { ...base, ...dates, total })
    assert.equal(bad.statusCode, 400, total)
    assert.match(bad.body, /id="f-total-error">Montant invalide/, total)
  }
  const tooBig = await post(director, '/app/ententes/nouvelle/annees', { ...base, ...dates, total: '5 000 000 000' })
  assert.equal(tooBig.statusCode, 400)
  assert.match(tooBig.body, /id="f-total-error">Montant trop élevé/)
  const huge = await post(director, '/app/ententes/nouvelle', {
    ...base,
    ...dates,
    amount_2020: '5000000000',
    amount_2021: '1',
  })
  assert.equal(huge.statusCode, 400)
  assert.match(huge.body, /id="f-amount_2020-error">Montant trop élevé/)
  const off = await post(director, '/app/ententes/nouvelle', {
    ...base,
    ...dates,
    total: '90 000',
    amount_2020: '1000',
    amount_2021: '45000',
  })
  assert.equal(off.statusCode, 400)
  assert.match(off.body, /Les montants annuels totalisent 46.000,00.\$.; le montant total indiqué est 90.000,00.\$/)
})

test('the totals page shows every fiscal year between the first and the last, in its scrollable region', async () => {
  const org = await buildOrganization(app.system)
  await buildAgreement(app.system, org, { startOn: '2040-04-01', endOn: '2041-03-31', amounts: { 2040: 100_00 } })
  await buildAgreement(app.system, org, { startOn: '2042-04-01', endOn: '2043-03-31', amounts: { 2042: 100_00 } })
  const totals = await page(director, '/app/ententes/totaux')
  assert.equal(totals.statusCode, 200)
  assert.match(totals.body, /<div class="table-wrap" role="region"/)
  assert.match(totals.body, /<th scope="col">2041-2042<\/th>/)
})

test('the amendment history reads as before → after', async () => {
  const org = await buildOrganization(app.system)
  const a = await buildAgreement(app.system, org)
  const amended = await post(director, `/app/ententes/${a.id}/avenants/nouveau`, {
    signedOn: '2020-05-01',
    summary: 'Prolongation',
    endOn: '2023-03-31',
    amount_2020: '50000',
    amount_2021: '50000',
    amount_2022: '10000',
  })
  assert.equal(amended.statusCode, 303, amended.body.slice(0, 300))
  const details = await app.follow(director, amended)
  assert.match(details.body, /Date de fin : 31 mars 2022 → 31 mars 2023/)
})
