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
  waitForScroll,
} from './harness.js'
import { checkPublicFrame, text } from './sdg-frame.js'
import { seedRegion } from './seed-facts.js'

// Issue 11, the Québec government design system, on the public site: the region list and its search, the seed
// region's page and its "back to top" control, in French and English, at 1280 and 375 px, with JavaScript on, off,
// and off by blocking the page's scripts (where axe can still run). See checkPage for what each page must hold.
const h = useHarness('design-public')

/** The reviewer's pages: a screenshot with JavaScript, axe without. */
const both = { screenshot: true, axeWithoutScripts: true }

/** The public home: every region as a tile, then the search bar's GET form (`cote`: Côte-Nord, not Montréal). */
async function walkRegionList(page: Page, mode: Mode): Promise<void> {
  const t = text[mode.lang]
  await page.goto(`${h.server.url}/${mode.lang}`)
  await page.getByRole('heading', { level: 1, name: t.regionsTitle }).waitFor()
  await checkPublicFrame(page, mode.lang)
  const main = page.getByRole('main')
  assert.equal(await main.getByRole('list').getByRole('link').count(), 17, 'the 17 regions')
  await checkPage(page, mode, 'region-list', both)

  const search = page.getByRole('search', { name: t.searchLandmark })
  await search.getByRole('searchbox', { name: t.searchLabel }).fill('cote')
  await search.getByRole('button', { name: t.searchSubmit }).click()
  await page.waitForURL((url) => url.searchParams.get('q') === 'cote')
  assert.equal(new URL(page.url()).pathname, `/${mode.lang}`)
  assert.equal(await main.getByRole('link', { name: /^Côte-Nord/ }).count(), 1, 'Côte-Nord is listed')
  assert.equal(await main.getByRole('link', { name: /^Montréal/ }).count(), 0, 'Montréal is not')
  assert.equal(await search.getByRole('searchbox', { name: t.searchLabel }).inputValue(), 'cote', 'the search stays')
  await checkPage(page, mode, 'region-search')

  await main.getByRole('link', { name: t.showAllRegions }).click()
  await page.waitForURL((url) => !url.searchParams.has('q'))
  await main.getByRole('link', { name: new RegExp(`^${seedRegion.name}`) }).click()
}

/**
 * The seed region's page, opened from its tile, which states what the seed document states; then the "back to top"
 * control: the kit's with JavaScript (shown when the reader scrolls back up), the footer's link without.
 */
async function walkRegionPage(page: Page, mode: Mode): Promise<void> {
  await page.getByRole('heading', { level: 1, name: seedRegion.name }).waitFor()
  assert.equal(new URL(page.url()).pathname, `/${mode.lang}/regions/${seedRegion.slug}`)
  await checkPublicFrame(page, mode.lang)
  const main = await page.getByRole('main').innerText()
  for (const expected of [...seedRegion.facts, seedRegion.pointsInWords[mode.lang]]) {
    assert.ok(main.includes(expected), `${describeMode(mode)}: the region page states ${expected}`)
  }
  await checkPage(page, mode, 'region-page', both)
  await checkBackToTop(page, mode)
}

/** Scrolls with the mouse wheel, as a reader does, to `y`. */
async function scrollTo(page: Page, y: number): Promise<void> {
  await page.mouse.wheel(0, y - (await page.evaluate(() => window.scrollY)))
  await waitForScroll(page, y)
}

/**
 * The "back to top" control: the kit's once the reader scrolls back up (JavaScript), else the footer's link. A browser
 * with JavaScript off runs no script of ours either, so nothing can watch it scroll: there the link must lead to the
 * top of the page, and the walk with the page's scripts blocked, on the same page, watches it get there.
 */
async function checkBackToTop(page: Page, mode: Mode): Promise<void> {
  const room = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)
  assert.ok(room > 400, `${describeMode(mode)}: the region page is long enough to scroll (${room}px)`)
  // The footer's own link, in its navigation (the kit's control sits in the footer too, outside it).
  const footerLink = page
    .getByRole('contentinfo')
    .getByRole('navigation')
    .getByRole('link', { name: text[mode.lang].toTop })
  if (mode.js === 'on') {
    const toTop = page.getByRole('link', { name: text[mode.lang].toTop })
    // The kit's control is the only one left: the footer's link gives way to it (hidden, out of the a11y tree).
    await page.waitForFunction(() => customElements.get('qc-to-top') !== undefined)
    assert.equal(await footerLink.count(), 0, 'the footer link gives way to the kit control')
    assert.equal(await toTop.count(), 1, 'the kit control is there')
    await scrollTo(page, Math.round(room / 2))
    await scrollTo(page, Math.round(room / 2) - 200)
    // The kit shows its control by fading it in: wait until the reader can see it.
    const control = await toTop.elementHandle()
    await page.waitForFunction((el) => el !== null && getComputedStyle(el).opacity === '1', control)
    // A keyboard reader on a wide screen presses Enter on it; on a narrow one the reader taps it.
    if (mode.width >= 1280) await toTop.press('Enter')
    else await toTop.click()
    await waitForScroll(page, 0)
    return
  }
  assert.ok(await footerLink.isVisible(), 'the footer shows the "back to top" link')
  await footerLink.click()
  await page.waitForURL((url) => url.hash === '#top')
  if (mode.js === 'blocked') await waitForScroll(page, 0)
}

for (const mode of everyMode) {
  test(`the public pages in the SDG frame (${describeMode(mode)}): the region list, its search, the seed region`, async () => {
    const page = await openPage(h, mode)
    try {
      await walkRegionList(page, mode)
      await walkRegionPage(page, mode)
      await expectNoCspViolations(page, mode, `the end of the walk (${describeMode(mode)})`)
    } finally {
      await page.context().close()
    }
  })
}

test('the staff-area link of an English public page opens the sign-in page in English', async () => {
  const page = await openPage(h, { lang: 'en', width: 1280, js: 'off' })
  await page.goto(`${h.server.url}/en`)
  await page.getByRole('link', { name: text.en.staffArea }).click()
  await page.waitForURL((url) => url.pathname === '/app/connexion')
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), text.en.signIn)
  // The document's language has no role or label: it is the root element's lang attribute.
  assert.equal(await page.locator('html').getAttribute('lang'), 'en-CA')
  await page.context().close()
})

test('the region search escapes what it is given and refuses what it cannot use without an error page', async () => {
  const page = await openPage(h, { lang: 'fr', width: 1280, js: 'on' })
  const markup = '<img src=x id=injected>'
  const response = await page.goto(`${h.server.url}/fr?q=${encodeURIComponent(markup)}`)
  assert.ok(response && response.status() < 500, `status ${response?.status()}`)
  // Markup that got through would be an element nobody named: look for it by the id the attacker gave it.
  assert.equal(await page.locator('#injected').count(), 0, 'the query is not markup')
  const searchbox = page.getByRole('search').getByRole('searchbox', { name: text.fr.searchLabel })
  assert.equal(await searchbox.inputValue(), markup)
  const long = await page.goto(`${h.server.url}/fr?q=${'a'.repeat(5000)}`)
  assert.ok(long && long.status() < 500, `a long query: status ${long?.status()}`)
  await page.getByRole('heading', { level: 1, name: text.fr.regionsTitle }).waitFor()
  await page.context().close()
})
