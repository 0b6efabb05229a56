import assert from 'node:assert/strict'
import { test } from 'node:test'
import { expectNoAxeViolations, signedInPage, useHarness } from './harness.js'

// The access screens of issue 5 (defect 8): the API token shown once in view with focus, a reload that creates
// nothing, a revocation confirmed without JavaScript, and the audit journal's filters.
const h = useHarness('access')

test('a new API token is shown once, in view with the focus on it; a reload creates no second token', async () => {
  const page = await signedInPage(h, 'admin', { javaScriptEnabled: true })
  await page.goto(`${h.server.url}/app/admin/jetons`)
  await page.getByLabel('Courriel du compte').fill(h.server.accounts.agent!.email)
  await page.getByLabel('Nom du jeton').fill('Intégrateur e2e')
  await page.getByRole('button', { name: 'Créer le jeton' }).click()
  const notice = page.locator('.notice-secret')
  await notice.waitFor()
  const secret = (await notice.locator('code.secret').textContent()) ?? ''
  assert.match(secret, /^esc_/)
  assert.equal(
    await page.evaluate(() => document.activeElement?.classList.contains('notice-secret')),
    true,
    'focus on the notice',
  )
  const box = (await notice.boundingBox())!
  assert.ok(box.y >= 0 && box.y + box.height <= 720, `the notice is in view (top ${box.y})`)
  await expectNoAxeViolations(page)
  await page.reload()
  assert.equal(await page.locator('.notice-secret').count(), 0, 'shown once')
  assert.equal(await page.getByRole('cell', { name: 'Intégrateur e2e', exact: true }).count(), 1, 'one token only')
  // The confirmation step (axe needs JavaScript; the next journey goes through it without).
  await page.getByRole('link', { name: 'Révoquer Intégrateur e2e' }).click()
  await page.getByRole('button', { name: 'Révoquer' }).waitFor()
  await expectNoAxeViolations(page)
  await page.context().close()
})

test('revoking a token asks first, on a page that works without JavaScript', async () => {
  const page = await signedInPage(h, 'admin', { javaScriptEnabled: false })
  await page.goto(`${h.server.url}/app/admin/jetons`)
  await page.getByLabel('Courriel du compte').fill(h.server.accounts.agent!.email)
  await page.getByLabel('Nom du jeton').fill('À révoquer')
  await page.getByRole('button', { name: 'Créer le jeton' }).click()
  await page.locator('.notice-secret').waitFor()
  await page.getByRole('link', { name: 'Révoquer À révoquer' }).click()
  await page.getByText('Révoquer le jeton « À révoquer » ?').waitFor()
  await page.getByRole('link', { name: 'Annuler' }).click()
  await page.getByRole('link', { name: 'Révoquer À révoquer' }).click()
  await page.getByRole('button', { name: 'Révoquer' }).click()
  await page.getByText('Jeton révoqué.').waitFor()
  assert.equal(await page.getByRole('link', { name: 'Révoquer À révoquer' }).count(), 0)
  await page.context().close()
})

test('the audit journal names people and actions and filters with a plain form', async () => {
  const page = await signedInPage(h, 'admin', { javaScriptEnabled: false })
  await page.goto(`${h.server.url}/app/admin/journal`)
  await page.getByLabel('Action').selectOption({ label: 'Connexion' })
  await page.getByRole('button', { name: 'Filtrer' }).click()
  await page.waitForURL(/action=user\.signed_in/)
  await page.getByRole('region', { name: "Journal d'audit" }).getByRole('cell', { name: 'Connexion' }).first().waitFor()
  await page.context().close()
})

test('the audit journal filters as you choose, names people and actions, and passes axe', async () => {
  const page = await signedInPage(h, 'admin', { javaScriptEnabled: true })
  await page.goto(`${h.server.url}/app/admin/journal`)
  await page.getByLabel('Action').selectOption({ label: 'Connexion' })
  await page.waitForURL(/action=user\.signed_in/)
  const table = page.getByRole('region', { name: "Journal d'audit" })
  await table.getByRole('cell', { name: 'Connexion' }).first().waitFor()
  assert.equal(await table.getByText(/[0-9a-f]{8}-[0-9a-f]{4}-/).count(), 0, 'no UUID')
  await expectNoAxeViolations(page)
  await page.context().close()
})
