import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before } from 'node:test'
import { AxeBuilder } from '@axe-core/playwright'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { killServer, type RunningServer, startServer } from './server.js'

/** A journey file's server (embedded database in its own folder) and browser, filled in by its `before` hook. */
export type Harness = { dataDir: string; server: RunningServer; browser: Browser }

/** Starts Escale and Chromium before the file's journeys and stops both after them. */
export function useHarness(name: string): Harness {
  const h = { dataDir: fs.mkdtempSync(path.join(os.tmpdir(), `escale-e2e-${name}-`)) } as Harness
  before(async () => {
    h.server = await startServer(h.dataDir)
    h.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    })
  })
  after(async () => {
    await h.browser?.close()
    if (h.server) await killServer(h.server)
  })
  return h
}

export type Lang = 'fr' | 'en'

/**
 * How a walk treats the page's own scripts. `on`: they run. `off`: the browser has JavaScript off. `blocked`: the
 * browser has it on but every script the page asks for is refused, so the page is exactly what a reader without
 * JavaScript gets (no htmx, no kit web components) while axe, which Playwright injects through the devtools protocol
 * where route() does not reach, can still run in it.
 */
export type Scripts = 'on' | 'off' | 'blocked'

/** One combination a walk is run in. */
export type Mode = { lang: Lang; width: number; js: Scripts }

/** Every combination issue 11 asks for: French and English, 1280 and 375 px, JavaScript on, off and blocked. */
export const everyMode: Mode[] = (['fr', 'en'] as const).flatMap((lang) =>
  [1280, 375].flatMap((width) => (['on', 'off', 'blocked'] as const).map((js) => ({ lang, width, js }))),
)

const scriptsInWords = { on: 'JavaScript on', off: 'JavaScript off', blocked: 'JavaScript off (scripts blocked)' }

/** `fr, 375 px, JavaScript off`: the mode in a test name or a failure message. */
export const describeMode = (m: Mode) => `${m.lang}, ${m.width} px, ${scriptsInWords[m.js]}`

/** Where the walks write the reviewer's screenshots (ignored by git). */
const SCREENSHOTS = path.resolve(import.meta.dirname, '..', 'test-results', 'screenshots')

/** The CSP violations each page reported in its console (Chromium logs every refusal there). */
const cspConsole = new WeakMap<Page, string[]>()

/** Records the page's `securitypolicyviolation` events on window, from before its first script. */
function recordCspViolations(): void {
  const w = window as unknown as { cspViolations: string[] }
  w.cspViolations = []
  document.addEventListener('securitypolicyviolation', (e) => {
    w.cspViolations.push(`${e.violatedDirective} refused ${e.blockedURI || 'inline'}`)
  })
}

/**
 * No Content-Security-Policy violation since the last check: none logged to the console (every refusal is, JavaScript
 * or not, so this covers the pages walked through between checks) and, where JavaScript runs, no
 * `securitypolicyviolation` event on the current document.
 */
export async function expectNoCspViolations(page: Page, mode: Mode, what: string): Promise<void> {
  const logged = cspConsole.get(page)?.splice(0) ?? []
  const events =
    mode.js === 'off'
      ? []
      : await page.evaluate(() => {
          const w = window as unknown as { cspViolations?: string[] }
          return w.cspViolations?.splice(0) ?? ['the CSP recorder is missing']
        })
  assert.deepEqual([...logged, ...events], [], `${what}: Content-Security-Policy violations`)
}

/** Refuses every script the page asks for (all of Escale's are self-hosted `.js` files, versioned by a query). */
async function blockPageScripts(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.pathname.endsWith('.js'),
    (route) => route.abort('blockedbyclient'),
  )
}

/**
 * A fresh browser context for one mode, its viewport 800 px high, whose page records its CSP violations (console, and
 * events where the browser runs JavaScript) for `expectNoCspViolations`.
 */
export async function openPage(h: Harness, mode: Mode): Promise<Page> {
  const context = await h.browser.newContext({
    javaScriptEnabled: mode.js !== 'off',
    viewport: { width: mode.width, height: 800 },
  })
  if (mode.js === 'blocked') await blockPageScripts(context)
  if (mode.js !== 'off') await context.addInitScript(recordCspViolations)
  const page = await context.newPage()
  // A missing element fails the journey in 15 s instead of hanging it.
  page.setDefaultTimeout(15_000)
  const logged: string[] = []
  cspConsole.set(page, logged)
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) logged.push(message.text())
  })
  return page
}

/**
 * WCAG 2.1 AA by axe. axe runs in the page, so the page must allow JavaScript (it hangs where the browser has it off):
 * for the page a reader without JavaScript gets, open it with `openPage(h, { js: 'blocked' })`. `what` names the page.
 */
export async function expectNoAxeViolations(page: Page, what?: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  assert.deepEqual(summary, [], what ? `axe violations on ${what}:\n${summary.join('\n')}` : undefined)
}

/** WCAG 1.4.10 (reflow): nothing wider than the viewport. */
export async function assertNoHorizontalScroll(page: Page, what: string): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }))
  assert.ok(scroll <= width, `${what}: page is ${scroll}px wide in a ${width}px viewport`)
}

/** Which checks of `checkPage` a page gets beyond those every page gets. */
export type PageChecks = {
  /** Leave a full-page screenshot `<name>.<lang>.<width>.png` (walks with JavaScript). */
  screenshot?: boolean
  /** Run axe in the walk with the page's scripts blocked too (it runs on every page of the walks with JavaScript). */
  axeWithoutScripts?: boolean
}

/**
 * What every page of a walk must hold: no sideways scroll; no Content-Security-Policy violation; with the page's
 * scripts blocked, none of them ran; with JavaScript, no axe violation (WCAG 2.1 AA).
 */
export async function checkPage(page: Page, mode: Mode, name: string, checks: PageChecks = {}): Promise<void> {
  const what = `${name} (${describeMode(mode)}, ${new URL(page.url()).pathname})`
  await assertNoHorizontalScroll(page, what)
  await expectNoCspViolations(page, mode, what)
  if (mode.js === 'off') return
  if (mode.js === 'blocked') {
    const ran = await page.evaluate(() => ({
      htmx: 'htmx' in window,
      kit: customElements.get('qc-to-top') !== undefined,
    }))
    assert.deepEqual(ran, { htmx: false, kit: false }, `${what}: the page's scripts were blocked`)
    if (checks.axeWithoutScripts) await expectNoAxeViolations(page, what)
    return
  }
  await expectNoAxeViolations(page, what)
  if (!checks.screenshot) return
  await page.evaluate(() => document.fonts.ready.then(() => true))
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.${mode.lang}.${mode.width}.png`), fullPage: true })
}

/** Waits until the page is scrolled to `y` (within a pixel: smooth scrolling ends on fractions). */
export async function waitForScroll(page: Page, y: number): Promise<void> {
  await page.waitForFunction((to) => Math.abs(window.scrollY - to) < 2, y)
}

/** Fills and submits the sign-in form (the page must show it). */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Adresse courriel').fill(email)
  await page.getByLabel('Mot de passe').fill(password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
}

/** A page signed in as one of the demo roles, with or without JavaScript, at a width (height 800). */
export async function signedInPage(
  h: Harness,
  role: string,
  options: { javaScriptEnabled?: boolean; width?: number } = {},
): Promise<Page> {
  const js = options.javaScriptEnabled === false ? 'off' : 'on'
  const page = await openPage(h, { lang: 'fr', width: options.width ?? 1280, js })
  await page.goto(`${h.server.url}/app/connexion`)
  await submitSignIn(page, h.server.accounts[role]!.email, h.server.accounts[role]!.password)
  await page.waitForURL((url) => !url.pathname.startsWith('/app/connexion'))
  return page
}

/** axe on a page without JavaScript: its address opened in a page that has it. */
export async function expectNoAxeViolationsAt(jsPage: Page, url: string): Promise<void> {
  await jsPage.goto(url)
  await expectNoAxeViolations(jsPage)
}
