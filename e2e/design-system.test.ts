import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import { assertNoHorizontalScroll, expectNoAxeViolations, useHarness } from './harness.js'

// Issue 11, the Québec government design system: the main pages (region list and its search, the seed region's page,
// sign-in, the staff home, the service-point list, a form with errors) in French and English, at 1280 and 375 px,
// with JavaScript on and off. On each: the PIV frame, no sideways scroll, and with JavaScript axe (WCAG 2.1 AA) and a
// full-page screenshot in test-results/screenshots/. axe hangs on pages without JavaScript: the walk without it reads
// the same addresses and submits the same forms as the walk with it, which runs axe on each of them.
const h = useHarness('design-system')

type Lang = 'fr' | 'en'
type Mode = { lang: Lang; width: number; js: boolean }

const SCREENSHOTS = path.resolve(import.meta.dirname, '..', 'test-results', 'screenshots')
const SEED_REGION = 'gaspesie-iles-de-la-madeleine'
const ORGANIZATION = 'Immigration, Francisation et Intégration'
/** The demo admin's name (src/seed/demo.ts). */
const ADMIN_NAME = 'Administration Escale'

const text = {
  fr: {
    otherLang: 'English',
    logo: 'Logo du gouvernement du Québec',
    contact: 'Nous joindre',
    regionsTitle: 'Immigration dans les régions du Québec',
    pointsInWords: 'trois points de services',
    toTop: 'Retour en haut',
    staffArea: 'Espace du personnel',
    signIn: 'Connexion',
    email: 'Adresse courriel',
    password: 'Mot de passe',
    submit: 'Se connecter',
    signOut: 'Se déconnecter',
    signedOut: 'Vous êtes déconnecté·e.',
    formErrors: 'Le formulaire contient des erreurs',
    hello: 'Bonjour',
    servicePoints: 'Points de services',
    addServicePoint: 'Ajouter un point de services',
    newServicePoint: 'Nouveau point de services',
    save: 'Enregistrer',
    nav: 'Navigation principale',
  },
  en: {
    otherLang: 'Français',
    logo: 'Logo of the Gouvernement du Québec',
    contact: 'Contact us',
    regionsTitle: 'Immigration in the regions of Québec',
    pointsInWords: 'three service points',
    toTop: 'Back to top',
    staffArea: 'Staff area',
    signIn: 'Sign in',
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    signOut: 'Sign out',
    signedOut: 'You are signed out.',
    formErrors: 'The form has errors',
    hello: 'Hello',
    servicePoints: 'Service points',
    addServicePoint: 'Add a service point',
    newServicePoint: 'New service point',
    save: 'Save',
    nav: 'Main navigation',
  },
} as const

const describe = (m: Mode) => `${m.lang}, ${m.width} px, JavaScript ${m.js ? 'on' : 'off'}`

/** A fresh browser context for one (language, width, JavaScript) combination. */
async function openPage(mode: Mode): Promise<Page> {
  const context = await h.browser.newContext({
    javaScriptEnabled: mode.js,
    viewport: { width: mode.width, height: 800 },
  })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  return page
}

/**
 * What every page of the walk must hold: no sideways scroll; with JavaScript, no axe violation and, when the page is
 * one of the reviewer's, its full-page screenshot `<name>.<lang>.<width>.png`.
 */
async function checkPage(page: Page, mode: Mode, name: string, screenshot: boolean): Promise<void> {
  const what = `${name} (${describe(mode)}, ${new URL(page.url()).pathname})`
  await assertNoHorizontalScroll(page, what)
  if (!mode.js) return
  await expectNoAxeViolations(page, what)
  if (!screenshot) return
  await page.evaluate(() => document.fonts.ready.then(() => true))
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.${mode.lang}.${mode.width}.png`), fullPage: true })
}

/** The PIV footer of every page. */
async function checkFooter(page: Page): Promise<void> {
  const footer = page.getByRole('contentinfo')
  await footer.getByText(/© Gouvernement du Québec/).waitFor()
  assert.ok(await footer.getByText(/© Gouvernement du Québec/).isVisible(), 'the footer shows © Gouvernement du Québec')
}

/** The government signature in the PIV header, its image actually loaded from the kit. */
async function checkSignature(page: Page, lang: Lang): Promise<void> {
  const logo = page.getByRole('banner').getByRole('img', { name: text[lang].logo })
  await logo.waitFor()
  assert.ok(
    await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    'the signature image loads',
  )
}

/** The PIV header of the public site: the signature, the organization's name, the language and contact links. */
async function checkPublicFrame(page: Page, lang: Lang): Promise<void> {
  const banner = page.getByRole('banner')
  await checkSignature(page, lang)
  await banner.getByRole('link', { name: ORGANIZATION, exact: true }).filter({ visible: true }).first().waitFor()
  await banner.getByRole('link', { name: text[lang].otherLang, exact: true }).filter({ visible: true }).waitFor()
  await banner.getByRole('link', { name: text[lang].contact, exact: true }).filter({ visible: true }).waitFor()
  await checkFooter(page)
}

/** The PIV header of the staff app: the signature, the service's name, the language, and the signed-in person. */
async function checkStaffFrame(page: Page, lang: Lang, signedIn: boolean): Promise<void> {
  const banner = page.getByRole('banner')
  await checkSignature(page, lang)
  await banner.getByRole('link', { name: 'Escale', exact: true }).filter({ visible: true }).first().waitFor()
  await banner.getByRole('link', { name: text[lang].otherLang, exact: true }).filter({ visible: true }).waitFor()
  const signOut = banner.getByRole('button', { name: text[lang].signOut })
  if (signedIn) {
    await banner
      .getByRole('link', { name: new RegExp(ADMIN_NAME) })
      .filter({ visible: true })
      .waitFor()
    await signOut.filter({ visible: true }).waitFor()
  } else {
    assert.equal(await signOut.count(), 0, 'no sign-out button before sign-in')
  }
  await checkFooter(page)
}

/** The public home: every region as a tile, then the search bar's GET form (`/…?q=cote`: Côte-Nord, not Montréal). */
async function walkRegionList(page: Page, mode: Mode): Promise<void> {
  const { lang } = mode
  await page.goto(`${h.server.url}/${lang}`)
  await page.getByRole('heading', { level: 1, name: text[lang].regionsTitle }).waitFor()
  await checkPublicFrame(page, lang)
  const tiles = page.getByRole('main').locator(`a[href^="/${lang}/regions/"]`)
  assert.equal(await tiles.count(), 17, 'the 17 regions')
  await checkPage(page, mode, 'region-list', true)

  const search = page.locator('form[role="search"][method="get"] input[name="q"]')
  await search.fill('cote')
  await search.press('Enter')
  await page.waitForURL((url) => url.searchParams.get('q') === 'cote')
  assert.equal(new URL(page.url()).pathname, `/${lang}`)
  const main = page.getByRole('main')
  assert.equal(await main.locator(`a[href="/${lang}/regions/cote-nord"]`).count(), 1, 'Côte-Nord is listed')
  assert.equal(await main.locator(`a[href="/${lang}/regions/montreal"]`).count(), 0, 'Montréal is not')
  assert.equal(await search.inputValue(), 'cote', 'the search stays in its box')
  await checkPage(page, mode, 'region-search', false)
}

/**
 * The seed region's page, which states what the seed document states; then the "back to top" control: the kit's
 * with JavaScript (shown when the reader scrolls back up), the footer's link without.
 */
async function walkRegionPage(page: Page, mode: Mode): Promise<void> {
  const { lang } = mode
  await page.goto(`${h.server.url}/${lang}/regions/${SEED_REGION}`)
  await page.getByRole('heading', { level: 1, name: 'Gaspésie–Îles-de-la-Madeleine' }).waitFor()
  await checkPublicFrame(page, lang)
  const main = await page.getByRole('main').innerText()
  for (const expected of [
    '11, rue de la Cathédrale',
    '96 Montée de Sandy Beach, bureau 2.11',
    '314, boulevard Perron',
    '1 833 273-4667',
    'accompagnement_qcdrbslgim@mifi.gouv.qc.ca',
    text[lang].pointsInWords,
  ]) {
    assert.ok(main.includes(expected), `${describe(mode)}: the region page states ${expected}`)
  }
  await checkPage(page, mode, 'region-page', true)
  await checkBackToTop(page, mode)
}

/** Waits for the page to be scrolled to `y` (waitForFunction runs page script, which a page without JavaScript refuses). */
async function waitForScroll(page: Page, y: number): Promise<void> {
  let at = -1
  for (let i = 0; i < 100; i++) {
    at = await page.evaluate(() => window.scrollY)
    if (Math.abs(at - y) < 2) return
    await new Promise((r) => setTimeout(r, 50))
  }
  assert.fail(`still scrolled to ${at}px instead of ${y}px after 5 s`)
}

/** The "back to top" control: the kit's once the reader scrolls back up (JavaScript), else the footer's link. */
async function checkBackToTop(page: Page, mode: Mode): Promise<void> {
  const room = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)
  assert.ok(room > 400, `${describe(mode)}: the region page is long enough to scroll (${room}px)`)
  const footerLink = page.locator('.to-top-link a[href="#top"]')
  const scrollTo = async (y: number) => {
    await page.mouse.wheel(0, y - (await page.evaluate(() => window.scrollY)))
    await waitForScroll(page, y)
  }
  if (mode.js) {
    const control = page.locator('qc-to-top a.qc-to-top')
    await control.waitFor({ state: 'attached' })
    assert.equal(await footerLink.isVisible(), false, 'the footer link gives way to the kit control')
    await scrollTo(Math.round(room / 2))
    await scrollTo(Math.round(room / 2) - 200)
    await page.locator('qc-to-top a.qc-to-top.visible').waitFor()
    assert.equal(await control.innerText(), text[mode.lang].toTop)
    await control.click()
  } else {
    await scrollTo(Math.round(room / 2))
    assert.equal(await footerLink.innerText(), text[mode.lang].toTop)
    assert.ok(await footerLink.isVisible(), 'the footer shows the "back to top" link')
    await footerLink.click()
  }
  await waitForScroll(page, 0)
}

/** Sign-in: the form, the same form with its errors, then the demo admin signed in on the staff home. */
async function walkSignIn(page: Page, mode: Mode): Promise<void> {
  const t = text[mode.lang]
  await page.goto(`${h.server.url}/app/connexion${mode.lang === 'en' ? '?lang=en' : ''}`)
  await page.getByRole('heading', { level: 1, name: t.signIn }).waitFor()
  await checkStaffFrame(page, mode.lang, false)
  await checkPage(page, mode, 'sign-in', true)

  await page.getByRole('button', { name: t.submit, exact: true }).click()
  await page.getByRole('heading', { name: t.formErrors }).waitFor()
  assert.equal(await page.getByLabel(t.email).getAttribute('aria-invalid'), 'true', 'the email field is marked')
  assert.ok(await page.locator('.error-summary a[href="#f-email"]').isVisible(), 'the summary links to the field')
  await checkPage(page, mode, 'sign-in-errors', true)

  await page.getByLabel(t.email).fill(h.server.accounts.admin!.email)
  await page.getByLabel(t.password).fill(h.server.accounts.admin!.password)
  await page.getByRole('button', { name: t.submit, exact: true }).click()
  await page.getByRole('heading', { level: 1, name: `${t.hello} ${ADMIN_NAME}` }).waitFor()
  assert.equal(new URL(page.url()).pathname, '/app')
  await checkStaffFrame(page, mode.lang, true)
  await checkPage(page, mode, 'staff-home', true)
}

/** The service-point list, then the new-service-point form sent empty: its error summary and its field errors. */
async function walkStaffScreens(page: Page, mode: Mode): Promise<void> {
  const t = text[mode.lang]
  await page.getByRole('navigation', { name: t.nav }).getByRole('link', { name: t.servicePoints }).click()
  await page.getByRole('heading', { level: 1, name: t.servicePoints }).waitFor()
  await checkStaffFrame(page, mode.lang, true)
  const results = page.getByRole('region', { name: t.servicePoints })
  await results.getByRole('cell', { name: 'Services Québec — Carleton-sur-Mer', exact: true }).waitFor()
  await checkPage(page, mode, 'service-point-list', true)

  await page.getByRole('link', { name: t.addServicePoint }).click()
  await page.getByRole('heading', { level: 1, name: t.newServicePoint }).waitFor()
  await page.getByRole('button', { name: t.save, exact: true }).click()
  const summary = page.locator('.error-summary')
  await summary.getByRole('heading', { name: t.formErrors }).waitFor()
  assert.ok(await summary.locator('a[href="#f-name"]').isVisible(), 'the summary links to the name field')
  assert.equal(await page.locator('#f-name').getAttribute('aria-invalid'), 'true', 'the name field is marked')
  assert.ok(await page.locator('#f-name-error').isVisible(), 'the name field shows its error')
  await checkStaffFrame(page, mode.lang, true)
  await checkPage(page, mode, 'service-point-form-errors', true)

  await page.getByRole('banner').getByRole('button', { name: t.signOut }).click()
  await page.getByText(t.signedOut).waitFor()
}

for (const lang of ['fr', 'en'] as const) {
  for (const width of [1280, 375]) {
    for (const js of [true, false]) {
      const mode = { lang, width, js }
      test(`the main pages in the SDG frame (${describe(mode)}): no sideways scroll${js ? ', axe 0 violations, screenshots' : ''}`, async () => {
        const page = await openPage(mode)
        try {
          await walkRegionList(page, mode)
          await walkRegionPage(page, mode)
          await walkSignIn(page, mode)
          await walkStaffScreens(page, mode)
        } finally {
          await page.context().close()
        }
      })
    }
  }
}

test('the staff-area link of an English public page opens the sign-in page in English', async () => {
  const page = await openPage({ lang: 'en', width: 1280, js: false })
  await page.goto(`${h.server.url}/en`)
  await page.getByRole('link', { name: text.en.staffArea }).click()
  await page.waitForURL((url) => url.pathname === '/app/connexion')
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), text.en.signIn)
  assert.equal(await page.locator('html').getAttribute('lang'), 'en-CA')
  await page.context().close()
})

test('the region search escapes what it is given and refuses what it cannot use without an error page', async () => {
  const page = await openPage({ lang: 'fr', width: 1280, js: true })
  const markup = '<img src=x id=injected>'
  const response = await page.goto(`${h.server.url}/fr?q=${encodeURIComponent(markup)}`)
  assert.ok(response && response.status() < 500, `status ${response?.status()}`)
  assert.equal(await page.locator('#injected').count(), 0, 'the query is not markup')
  assert.equal(await page.locator('form[role="search"] input[name="q"]').inputValue(), markup)
  const long = await page.goto(`${h.server.url}/fr?q=${'a'.repeat(5000)}`)
  assert.ok(long && long.status() < 500, `a long query: status ${long?.status()}`)
  await page.getByRole('heading', { level: 1, name: text.fr.regionsTitle }).waitFor()
  await page.context().close()
})
