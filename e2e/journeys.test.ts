import assert from 'node:assert/strict'
import { test } from 'node:test'
import { killServer, startServer } from './server.js'
import { expectNoAxeViolations, submitSignIn, useHarness } from './harness.js'

const h = useHarness('journeys')

test('the public region page shows the seed region and has no WCAG 2.1 AA violations', async () => {
  const page = await (await h.browser.newContext()).newPage()
  await page.goto(`${h.server.url}/fr/regions/gaspesie-iles-de-la-madeleine`)
  await page.getByRole('heading', { level: 1, name: 'Gaspésie–Îles-de-la-Madeleine' }).waitFor()
  const text = await page.locator('main').innerText()
  for (const expected of [
    '11, rue de la Cathédrale',
    '96 Montée de Sandy Beach, bureau 2.11',
    '314, boulevard Perron',
    '1 833 273-4667',
    'accompagnement_qcdrbslgim@mifi.gouv.qc.ca',
    'trois points de services',
  ]) {
    assert.ok(text.includes(expected), expected)
  }
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'English' }).click()
  await page.getByRole('heading', { level: 2, name: 'Ministry staff in the region' }).waitFor()
  await expectNoAxeViolations(page)
  await page.close()
})

test('a demo agent signs in without JavaScript and sees the home page; sign-in has no axe violations', async () => {
  const context = await h.browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${h.server.url}/app`)
  await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor()
  const withJs = await (await h.browser.newContext()).newPage()
  await withJs.goto(page.url())
  await expectNoAxeViolations(withJs)
  await withJs.close()

  await submitSignIn(page, h.server.accounts.agent!.email, 'mauvais mot de passe')
  await page.getByText('Adresse courriel ou mot de passe incorrect.').waitFor()

  await page.getByLabel('Mot de passe').fill(h.server.accounts.agent!.password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.getByRole('heading', { level: 1, name: /Bonjour Amina Diallo/ }).waitFor()
  assert.ok((await page.locator('main').innerText()).includes('Services Québec — Carleton-sur-Mer'))
  await context.close()
})

test('an admin adds a service point through the form; every staff screen has no axe violations, in French and English', async () => {
  const page = await (await h.browser.newContext()).newPage()
  await page.goto(`${h.server.url}/app/connexion`)
  await submitSignIn(page, h.server.accounts.admin!.email, h.server.accounts.admin!.password)
  await page.getByRole('heading', { level: 1, name: /Bonjour/ }).waitFor()
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Points de services' }).click()
  await page.getByRole('link', { name: 'Ajouter un point de services' }).click()
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await page.getByRole('heading', { name: 'Le formulaire contient des erreurs' }).waitFor()
  await expectNoAxeViolations(page)
  await page.getByLabel('Région').selectOption('11')
  await page.getByLabel('Nom', { exact: false }).first().fill('Services Québec — Sainte-Anne-des-Monts')
  await page.getByLabel('Adresse').fill('10, boulevard Sainte-Anne Ouest')
  await page.getByLabel('Ville').fill('Sainte-Anne-des-Monts')
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await page.getByText('Point de services enregistré.').waitFor()
  await expectNoAxeViolations(page)

  // Every other staff screen, in French and English.
  for (const link of ['Personnel', "Jetons d'API", "Journal d'audit"]) {
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: link }).click()
    await page.getByRole('heading', { level: 1, name: link }).waitFor()
    await expectNoAxeViolations(page)
  }
  await page.goto(`${h.server.url}/app/admin/personnel`)
  await page.getByRole('link', { name: /Modifier.*Amina Diallo/ }).click()
  await page.getByRole('heading', { level: 2, name: 'Compte Escale' }).waitFor()
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: /Administration Escale/ }).click()
  await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor()
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'English' }).click()
  await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor()
  await expectNoAxeViolations(page)
  await page.close()
})

test('after a crash (kill -9) and a restart, committed records and sign-ins are still there', async () => {
  await killServer(h.server)
  h.server = await startServer(h.dataDir)
  const page = await (await h.browser.newContext()).newPage()
  await page.goto(`${h.server.url}/fr/regions/gaspesie-iles-de-la-madeleine`)
  const text = await page.locator('main').innerText()
  assert.ok(text.includes('quatre points de services'), text)
  await page.goto(`${h.server.url}/app/connexion`)
  await submitSignIn(page, h.server.accounts.director!.email, h.server.accounts.director!.password)
  await page.getByRole('heading', { level: 1, name: /Bonjour Isabelle Roy/ }).waitFor()
  await page.close()
})
