import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { type Browser, type BrowserContext, chromium } from 'playwright-core'
import { buildTestApp } from '../test/build-test-app.js'
import {
  buildCandidateProfile,
  buildEnterprise,
  buildLabourNeed,
  buildPlacement,
  buildProposal,
} from '../test/factories/employers.js'
import { expectNoAxeViolations } from './harness.js'

// Issue 8, proposals and hires, in the browser: every screen under axe in French and English; then, with JavaScript
// off, an advisor records the enterprise's answers through the plain forms (a refused answer shows its errors, an
// interview, a hire), and the mobility view counts the hire of a candidate who came from another region.
const app = await buildTestApp()
const advisor = await app.userOf('advisor', 'region', '11')
const enterprise = await buildEnterprise(app.system, { legalName: 'Fumoir de Gaspé' })
const need = await buildLabourNeed(app.system, enterprise, { positions: 2 })
const mobile = await buildCandidateProfile(app.system, { currentRegionCode: '06', mobilityRegionCodes: ['11'] })
const proposal = await buildProposal(app.system, need, mobile)
const declined = await buildCandidateProfile(app.system)
await buildProposal(app.system, need, declined, { status: 'declined', declineReason: 'wage' })
await buildPlacement(app.system, need, declined, { hiredOn: '2020-05-05' })
let base = ''
let browser: Browser

before(async () => {
  base = await app.app.listen({ port: 0, host: '127.0.0.1' })
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  })
})
after(async () => browser?.close())

async function signedIn(javaScriptEnabled: boolean): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled })
  await context.addCookies([{ name: 'escale_session', value: advisor.cookie, url: base }])
  return context
}

test('the proposal, hires, mobility and enterprise screens have no axe violations, in French and English', async () => {
  const context = await signedIn(true)
  const page = await context.newPage()
  const paths = [
    '/app/propositions',
    `/app/propositions/${proposal.id}`,
    '/app/embauches',
    '/app/embauches/mobilite',
    `/app/entreprises/${enterprise.id}`,
  ]
  try {
    for (const lang of ['fr', 'en'])
      for (const path of paths) {
        const res = await page.goto(`${base}${path}?lang=${lang}`)
        assert.equal(res?.status(), 200, path)
        await expectNoAxeViolations(page, `${path} (${lang})`)
      }
  } finally {
    await context.close()
  }
})

test('without JavaScript, an advisor records an interview then a hire; the mobility view counts it', async () => {
  const context = await signedIn(false)
  const page = await context.newPage()
  try {
    await page.goto(`${base}/app/propositions?lang=fr`)
    await page
      .getByRole('link', { name: /Prénom/ })
      .first()
      .click()
    await page.goto(`${base}/app/propositions/${proposal.id}`)
    await page.getByRole('button', { name: 'Enregistrer la réponse' }).click()
    assert.match(await page.getByRole('alert').first().innerText(), /Réponse : Choisissez/)
    await page.getByLabel('Entrevue prévue').check()
    await page.getByRole('button', { name: 'Enregistrer la réponse' }).click()
    await page.getByText('La réponse est enregistrée.').waitFor()
    await page.getByLabel('Embauche', { exact: true }).check()
    await page.getByRole('button', { name: 'Enregistrer la réponse' }).click()
    await page.getByText('La réponse est enregistrée.').waitFor()
    assert.match(await page.locator('main').innerText(), /Entrevue → Embauchée/)
    await page.goto(`${base}/app/embauches/mobilite`)
    const table = page.getByRole('region', { name: 'Embauches par région d’origine' })
    assert.match(await table.innerText(), /Montréal\s+Gaspésie–Îles-de-la-Madeleine\s+1/)
  } finally {
    await context.close()
  }
})
