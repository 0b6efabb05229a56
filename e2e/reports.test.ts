import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import { signIn } from './accompaniment-steps.js'
import { checkPage, type Lang, type Mode, openPage, useHarness } from './harness.js'
import { downloadDocuments, openPublishedBilan, otherLanguage } from './reports-public-steps.js'
import {
  downloadChartCsv,
  drillIntoPersons,
  editNarrative,
  filterDashboard,
  openBilan,
  previewNarrative,
  publish,
  type Run,
  t,
  useLanguage,
} from './reports-steps.js'
import { demoBilan } from './seed-facts.js'

// Issue 9, the Bilan des réalisations, in the browser: the demo director opens the dashboards, filters them by one
// service point, downloads a chart's CSV, opens the demo region's Bilan for the seed's period, drills into a figure,
// adds a paragraph to the narrative, previews and publishes it; a visitor finds it first on the region's public page
// and downloads its PDF and Word file. Once in French with JavaScript, once in English with the page's scripts blocked
// (what a reader without JavaScript gets; axe still runs), every page under axe. Then a period that ends before it
// starts, on the dashboards and on the Bilan form, in both languages.
const h = useHarness('reports')
const published: number[] = []

/** The director's side of a run, then the visitor's. */
async function journey(run: Run): Promise<void> {
  const director = await signIn(h, 'director', run.mode.js)
  try {
    await useLanguage(director, run.mode.lang)
    const servicePointId = await filterDashboard(director, run)
    await downloadChartCsv(director, run, servicePointId)
    await openBilan(director, run)
    await drillIntoPersons(director, run)
    await editNarrative(director, run)
    await previewNarrative(director, run)
    await publish(director, run)
    published.push(run.version)
  } finally {
    await director.context().close()
  }
  const visitor = await openPage(h, run.mode)
  try {
    await visitor.goto(h.server.url)
    await openPublishedBilan(visitor, run, run.mode.lang)
    await downloadDocuments(visitor, run, run.mode.lang)
    await otherLanguage(visitor, run, run.mode.lang)
  } finally {
    await visitor.context().close()
  }
  assert.deepEqual(run.failed, [], `pages that failed their checks:\n${run.failed.join('\n\n')}`)
}

test('in French with JavaScript: dashboards filtered by a service point, a chart’s CSV, the Bilan, a drill-down, a paragraph added and published as version 2; the public page lists it first, its PDF and DOCX download', async () => {
  await journey({
    mode: { lang: 'fr', width: 1280, js: 'on' },
    section: 'agreements',
    paragraph: {
      fr: 'Les ententes de 2020 ont aussi soutenu l’accueil des familles à Gaspé (parcours de bout en bout, en français).',
      en: 'The 2020 agreements also supported the welcome of families in Gaspé (end-to-end journey, in French).',
    },
    version: demoBilan.publishedVersions + 1,
    failed: [],
  })
})

test('in English without JavaScript (scripts blocked): the same journey publishes version 3; the English public page lists it first, its PDF and DOCX download', async () => {
  assert.deepEqual(published, [demoBilan.publishedVersions + 1], 'the French journey published version 2 first')
  await journey({
    mode: { lang: 'en', width: 1280, js: 'blocked' },
    section: 'projects',
    paragraph: {
      fr: 'Un atelier de cuisine du monde a réuni trente personnes à Carleton-sur-Mer (parcours de bout en bout, en anglais).',
      en: 'A world cooking workshop brought thirty people together in Carleton-sur-Mer (end-to-end journey, in English).',
    },
    version: demoBilan.publishedVersions + 2,
    failed: [],
  })
})

/** Sends a form with the period reversed: 400, the error summary and the message beside the end date, under axe. */
async function reversedPeriod(page: Page, mode: Mode, path: string, form: string, button: string): Promise<void> {
  const lang = mode.lang
  await page.goto(new URL(path, page.url()).href)
  const scope = page.getByRole(path.endsWith('bilans') ? 'form' : 'search', { name: form })
  await scope.getByLabel(new RegExp(`^${t.from[lang]}\\b`)).fill(demoBilan.to)
  await scope.getByLabel(new RegExp(`^${t.to[lang]}\\b`)).fill(demoBilan.from)
  const [response] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === path && r.request().resourceType() === 'document'),
    scope.getByRole('button', { name: button, exact: true }).click(),
  ])
  assert.equal(response.status(), 400, `${path} (${lang})`)
  const summary = page.getByRole('alert').filter({ hasText: t.errors[lang] })
  assert.ok((await summary.innerText()).includes(t.reversed[lang]), `${path}: the summary names the error`)
  assert.equal(await page.locator('#f-to').getAttribute('aria-invalid'), 'true')
  assert.ok((await page.locator('#f-to-error').innerText()).includes(t.reversed[lang]), `${path}: beside the field`)
  await checkPage(page, mode, `reports-reversed-period${path.replaceAll('/', '-')}`, { axeWithoutScripts: true })
}

test('a period that ends before it starts: 400 with the error summary and the field’s message, on the dashboards and the Bilan form, in French and English', async () => {
  for (const lang of ['fr', 'en'] as const satisfies Lang[]) {
    const mode: Mode = { lang, width: 1280, js: 'blocked' }
    const page = await signIn(h, 'director', mode.js)
    try {
      await useLanguage(page, lang)
      const filters = lang === 'fr' ? 'Filtrer les tableaux de bord' : 'Filter the dashboards'
      await reversedPeriod(page, mode, '/app/tableaux-de-bord', filters, t.show[lang])
      const bilanForm = lang === 'fr' ? 'Bilan à produire' : 'Report to produce'
      await reversedPeriod(page, mode, '/app/bilans', bilanForm, t.showBilan[lang])
    } finally {
      await page.context().close()
    }
  }
})
