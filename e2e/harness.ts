import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before } from 'node:test'
import { AxeBuilder } from '@axe-core/playwright'
import { type Browser, chromium, type Page } from 'playwright-core'
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

/**
 * WCAG 2.1 AA by axe. axe runs in the page: check pages that have JavaScript (it hangs on pages without). `what` names
 * the page in the failure message.
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
  const context = await h.browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 800 },
  })
  const page = await context.newPage()
  // A missing element fails the journey in 15 s instead of hanging it.
  page.setDefaultTimeout(15_000)
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
