import assert from 'node:assert/strict'
import fs from 'node:fs'
import type { Page } from 'playwright-core'
import type { Lang } from './harness.js'
import { check, type Run, t } from './reports-steps.js'
import { seedRegion } from './seed-facts.js'

// The visitor's side of the Bilan journey (issue 9): the region's public page lists the new version first, its page
// states the added paragraph, and its PDF and Word file download; then the same Bilan in the other language.

const versionOf = (lang: Lang, n: number, of: number) => `Version ${n} ${lang === 'fr' ? 'de' : 'of'} ${of}`

/** The region's public page: its Bilans newest first, the run's version first. Opens it; returns its address. */
export async function openPublishedBilan(page: Page, run: Run, lang: Lang): Promise<string> {
  await page.goto(new URL(`/${lang}/regions/${seedRegion.slug}`, page.url()).href)
  await page.getByRole('heading', { level: 1, name: seedRegion.name }).waitFor()
  const list = page.getByRole('region', { name: t.publicList[lang], exact: true })
  const items = list.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })
  const versions = await items.evaluateAll((li) => li.map((l) => /Version (\d+)/.exec(l.textContent ?? '')?.[1]))
  assert.deepEqual(
    versions,
    Array.from({ length: run.version }, (_, i) => String(run.version - i)),
    'the Bilans, newest first',
  )
  await check(page, run, 'reports-region-page', lang)
  await items.first().getByRole('heading', { level: 3 }).getByRole('link').click()
  await page
    .getByRole('heading', { level: 1, name: lang === 'fr' ? /^Bilan des réalisations/ : /Report on Achievements/ })
    .waitFor()
  await expectPublished(page, run, lang)
  return page.url()
}

/** The published Bilan's page in one language: its version, the added paragraph, no axe violation. */
export async function expectPublished(page: Page, run: Run, lang: Lang): Promise<void> {
  await page.locator(`html[lang^="${lang}"]`).waitFor()
  const main = await page.getByRole('main').innerText()
  assert.ok(main.includes(versionOf(lang, run.version, run.version)), `${versionOf(lang, run.version, run.version)}`)
  assert.ok(main.includes(run.paragraph[lang]), `the added paragraph on the public page (${lang})`)
  await check(page, run, 'reports-public-bilan', lang)
}

/** One download link: the file the browser saves, its first bytes and the content type the server gives. */
async function download(page: Page, name: string, type: RegExp, magic: string): Promise<string> {
  const link = page.getByRole('main').getByRole('link', { name, exact: true })
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()])
  const bytes = fs.readFileSync((await file.path())!)
  assert.equal(bytes.subarray(0, magic.length).toString('latin1'), magic, `${name}: ${file.suggestedFilename()}`)
  const res = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href)
  assert.equal(res.status(), 200)
  assert.match(res.headers()['content-type'] ?? '', type, name)
  assert.ok((await res.body()).equals(bytes), `${name}: the same file twice`)
  return file.suggestedFilename()
}

/** The Bilan's PDF and DOCX, named after the region, the period, the version and the language. */
export async function downloadDocuments(page: Page, run: Run, lang: Lang): Promise<void> {
  const pdf = await download(page, t.pdf[lang], /^application\/pdf/, '%PDF-')
  assert.match(pdf, new RegExp(`^bilan-${seedRegion.slug}-.*-v${run.version}-${lang}\\.pdf$`))
  const docx = await download(page, t.docx[lang], /officedocument\.wordprocessingml\.document/, 'PK')
  assert.match(docx, new RegExp(`-v${run.version}-${lang}\\.docx$`))
}

/** The same Bilan in the other language, through the header's language link. */
export async function otherLanguage(page: Page, run: Run, lang: Lang): Promise<void> {
  const other: Lang = lang === 'fr' ? 'en' : 'fr'
  await page
    .getByRole('banner')
    .getByRole('link', { name: other === 'en' ? 'English' : 'Français' })
    .click()
  await expectPublished(page, run, other)
  await downloadDocuments(page, run, other)
}
