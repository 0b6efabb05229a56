import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import {
  checkPage,
  describeMode,
  everyMode,
  expectNoCspViolations,
  type Mode,
  openPage,
  useHarness,
} from './harness.js'
import { checkRequiredFieldError, checkStaffFrame, text } from './sdg-frame.js'
import { demoNames, seedRegion } from './seed-facts.js'

// Issue 11, the Québec government design system, in the staff app: sign-in and its errors, the staff home, the
// service-point list and a form sent with errors, in French and English, at 1280 and 375 px, with JavaScript on, off,
// and off by blocking the page's scripts (where axe can still run). See checkPage for what each page must hold.
const h = useHarness('design-staff')

/** The reviewer's pages: a screenshot with JavaScript, axe without. */
const both = { screenshot: true, axeWithoutScripts: true }

/** Sign-in: the form, the same form with its errors, then the demo admin signed in on the staff home. */
async function walkSignIn(page: Page, mode: Mode): Promise<void> {
  const t = text[mode.lang]
  await page.goto(`${h.server.url}/app/connexion${mode.lang === 'en' ? '?lang=en' : ''}`)
  await page.getByRole('heading', { level: 1, name: t.signIn }).waitFor()
  await checkStaffFrame(page, mode.lang, false)
  await checkPage(page, mode, 'sign-in', { screenshot: true })

  await page.getByRole('button', { name: t.submit, exact: true }).click()
  await checkRequiredFieldError(page, mode.lang, t.email)
  await checkStaffFrame(page, mode.lang, false)
  await checkPage(page, mode, 'sign-in-errors', both)

  await page.getByLabel(t.email).fill(h.server.accounts.admin!.email)
  await page.getByLabel(t.password).fill(h.server.accounts.admin!.password)
  await page.getByRole('button', { name: t.submit, exact: true }).click()
  await page.getByRole('heading', { level: 1, name: `${t.hello} ${demoNames.admin}` }).waitFor()
  assert.equal(new URL(page.url()).pathname, '/app')
  await checkStaffFrame(page, mode.lang, true)
  await checkPage(page, mode, 'staff-home', both)
}

/** The service-point list, then the new-service-point form sent empty: its error summary and its field errors. */
async function walkStaffScreens(page: Page, mode: Mode): Promise<void> {
  const t = text[mode.lang]
  await page.getByRole('navigation', { name: t.nav }).getByRole('link', { name: t.servicePoints }).click()
  await page.getByRole('heading', { level: 1, name: t.servicePoints }).waitFor()
  await checkStaffFrame(page, mode.lang, true)
  const results = page.getByRole('region', { name: t.servicePoints })
  await results.getByRole('cell', { name: seedRegion.servicePoint, exact: true }).waitFor()
  await checkPage(page, mode, 'service-point-list', both)

  await page.getByRole('link', { name: t.addServicePoint }).click()
  await page.getByRole('heading', { level: 1, name: t.newServicePoint }).waitFor()
  await page.getByRole('button', { name: t.save, exact: true }).click()
  await checkRequiredFieldError(page, mode.lang, t.nameField)
  await checkStaffFrame(page, mode.lang, true)
  await checkPage(page, mode, 'service-point-form-errors', both)

  await page.getByRole('banner').getByRole('button', { name: t.signOut }).click()
  await page.getByText(t.signedOut).waitFor()
}

for (const mode of everyMode) {
  test(`the staff pages in the SDG frame (${describeMode(mode)}): sign-in, home, a list, a form with errors`, async () => {
    const page = await openPage(h, mode)
    try {
      await walkSignIn(page, mode)
      await walkStaffScreens(page, mode)
      await expectNoCspViolations(page, mode, `the end of the walk (${describeMode(mode)})`)
    } finally {
      await page.context().close()
    }
  })
}
