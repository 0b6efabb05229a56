import assert from 'node:assert/strict'
import { test } from 'node:test'
import { killServer, startServer } from './server.js'
import { expectNoAxeViolations, openPage, submitSignIn, useHarness } from './harness.js'
import { demoNames, seedRegion } from './seed-facts.js'

const h = useHarness('journeys')

test('the public region page shows the seed region and has no WCAG 2.1 AA violations', async () => {
  const page = await (await h.browser.newContext()).newPage()
  await page.goto(`${h.server.url}/fr/regions/${seedRegion.slug}`)
  await page.getByRole('heading', { level: 1, name: seedRegion.name }).waitFor()
  const text = await page.getByRole('main').innerText()
  for (const expected of [...seedRegion.facts, seedRegion.pointsInWords.fr]) {
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
  // axe needs JavaScript in the page: it reads the same page with the page's own scripts refused.
  const withoutScripts = await openPage(h, { lang: 'fr', width: 1280, js: 'blocked' })
  await withoutScripts.goto(page.url())
  await expectNoAxeViolations(withoutScripts)
  await withoutScripts.context().close()

  await submitSignIn(page, h.server.accounts.agent!.email, 'mauvais mot de passe')
  await page.getByText('Adresse courriel ou mot de passe incorrect.').waitFor()

  await page.getByLabel('Mot de passe').fill(h.server.accounts.agent!.password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.getByRole('heading', { level: 1, name: `Bonjour ${demoNames.agent}` }).waitFor()
  assert.ok((await page.getByRole('main').innerText()).includes(seedRegion.servicePoint))
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
  await page.getByRole('textbox', { name: 'Nom (obligatoire)', exact: true }).fill(seedRegion.newServicePoint.name)
  await page
    .getByRole('textbox', { name: 'Adresse (obligatoire)', exact: true })
    .fill(seedRegion.newServicePoint.address)
  await page.getByRole('textbox', { name: 'Ville (obligatoire)', exact: true }).fill(seedRegion.newServicePoint.city)
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
  await page.getByRole('link', { name: new RegExp(`Modifier.*${demoNames.agent}`) }).click()
  await page.getByRole('heading', { level: 2, name: 'Compte Escale' }).waitFor()
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: new RegExp(demoNames.admin) }).click()
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
  await page.goto(`${h.server.url}/fr/regions/${seedRegion.slug}`)
  const text = await page.getByRole('main').innerText()
  assert.ok(text.includes(seedRegion.pointsInWordsAfterOneMore.fr), text)
  await page.goto(`${h.server.url}/app/connexion`)
  await submitSignIn(page, h.server.accounts.director!.email, h.server.accounts.director!.password)
  await page.getByRole('heading', { level: 1, name: `Bonjour ${demoNames.director}` }).waitFor()
  await page.close()
})
