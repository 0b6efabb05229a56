import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  assertNoHorizontalScroll,
  expectNoAxeViolations,
  expectNoAxeViolationsAt,
  signedInPage,
  useHarness,
} from './harness.js'

const h = useHarness('admin')

test('an admin resets a password and disables an account, each after a confirmation step, without JavaScript', async () => {
  const page = await signedInPage(h, 'admin', { javaScriptEnabled: false })
  const axePage = await signedInPage(h, 'admin')
  await page.goto(`${h.server.url}/app/admin/personnel`)
  await page.getByRole('link', { name: /Modifier.*Amina Diallo/ }).click()
  await page.getByRole('link', { name: 'Réinitialiser le mot de passe' }).click()
  await page.getByText(/Réinitialiser le mot de passe d’Amina Diallo/).waitFor()
  await expectNoAxeViolationsAt(axePage, page.url())
  await page.getByRole('link', { name: 'Annuler' }).click()
  await page.getByRole('heading', { level: 2, name: 'Compte Escale' }).waitFor()
  await page.getByRole('link', { name: 'Réinitialiser le mot de passe' }).click()
  await page.getByRole('button', { name: 'Réinitialiser le mot de passe' }).click()
  const secret = page.locator('code.secret')
  await secret.waitFor()
  assert.ok(await secret.isVisible())
  const box = await secret.boundingBox()
  assert.ok(box && box.y + box.height <= 800, 'the one-time password is in view without scrolling')

  await page.getByRole('link', { name: 'Désactiver le compte' }).click()
  await page.getByText(/Désactiver le compte d’Amina Diallo/).waitFor()
  await expectNoAxeViolationsAt(axePage, page.url())
  await page.getByRole('button', { name: 'Désactiver le compte' }).click()
  await page.getByText('Compte désactivé.').waitFor()
  await page.getByRole('button', { name: 'Réactiver le compte' }).click()
  await page.getByText('Compte réactivé.').waitFor()
  await page.context().close()
  await axePage.context().close()
})

test('the one-time password has the focus when JavaScript runs', async () => {
  const page = await signedInPage(h, 'admin')
  await page.goto(`${h.server.url}/app/admin/personnel`)
  await page.getByRole('link', { name: /Modifier.*Marc-André Cyr/ }).click()
  // Marc-André has no email in the demo: an error on the account form, shown at the field.
  await page.getByRole('button', { name: 'Créer le compte' }).click()
  await page.getByText('Inscrivez d’abord une adresse courriel.').first().waitFor()
  await page.getByLabel('Courriel').fill(`marc-andre.${Date.now()}@escale.example`)
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await page.getByRole('link', { name: /Modifier.*Marc-André Cyr/ }).click()
  await page.getByRole('button', { name: 'Créer le compte' }).click()
  await page.locator('code.secret').waitFor()
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'secret')
  await page.context().close()
})

test('a partner finds their way home: the logo, and the refusal page of the staff app', async () => {
  const page = await signedInPage(h, 'partner')
  assert.equal(new URL(page.url()).pathname, '/partenaires')
  await page.goto(`${h.server.url}/app`)
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor()
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: "Retour à l'accueil" }).click()
  await page.waitForURL((url) => url.pathname === '/partenaires')
  await page.goto(`${h.server.url}/app/admin/personnel`)
  await page
    .getByRole('banner')
    .getByRole('link', { name: /Escale/ })
    .first()
    .click()
  await page.waitForURL((url) => url.pathname === '/partenaires')
  await page.context().close()
})

test('at 375 px nothing scrolls sideways, on the public pages and on the admin screens', async () => {
  const context = await h.browser.newContext({ viewport: { width: 375, height: 740 } })
  const pub = await context.newPage()
  for (const url of ['/fr', '/fr/regions/gaspesie-iles-de-la-madeleine', '/en/regions/gaspesie-iles-de-la-madeleine']) {
    await pub.goto(`${h.server.url}${url}`)
    await assertNoHorizontalScroll(pub, url)
  }
  await context.close()
  const page = await signedInPage(h, 'admin', { width: 375 })
  for (const url of [
    '/app',
    '/app/admin/points-de-service',
    '/app/admin/personnel',
    '/app/admin/journal',
    '/app/admin/jetons',
  ]) {
    await page.goto(`${h.server.url}${url}`)
    await assertNoHorizontalScroll(page, url)
  }
  await page.context().close()
})

test('the service-point list filters as you type, and with the plain form when JavaScript is off', async () => {
  const page = await signedInPage(h, 'admin')
  await page.goto(`${h.server.url}/app/admin/points-de-service`)
  await page.getByRole('searchbox', { name: 'Mots recherchés' }).fill('carleton')
  // htmx swaps the results in place (no page load) and keeps the address in step.
  await page.waitForFunction(() => !document.getElementById('results')?.textContent?.includes('Sandy Beach'))
  const results = page.getByRole('region', { name: 'Points de services' })
  await results.getByRole('cell', { name: 'Services Québec — Carleton-sur-Mer', exact: true }).waitFor()
  assert.match(page.url(), /q=carleton/)
  await expectNoAxeViolations(page)
  await page.context().close()

  const noJs = await signedInPage(h, 'admin', { javaScriptEnabled: false })
  await noJs.goto(`${h.server.url}/app/admin/points-de-service`)
  await noJs.getByRole('searchbox', { name: 'Mots recherchés' }).fill('sandy')
  await noJs.getByRole('button', { name: 'Filtrer' }).click()
  await noJs
    .getByRole('region', { name: 'Points de services' })
    .getByRole('cell', { name: /Sandy Beach/ })
    .first()
    .waitFor()
  assert.equal(
    await noJs
      .getByRole('region', { name: 'Points de services' })
      .getByRole('cell', { name: 'Carleton-sur-Mer', exact: true })
      .count(),
    0,
  )
  await noJs.context().close()
})
