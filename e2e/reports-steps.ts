import assert from 'node:assert/strict'
import fs from 'node:fs'
import type { Locator, Page } from 'playwright-core'
import { checkPage, type Lang, type Mode } from './harness.js'
import { demoBilan, seedRegion } from './seed-facts.js'

// The steps of the Bilan journey (issue 9), one function each: the demo director opens the dashboards, filters by one
// service point with the plain GET form, reads a chart's data table and downloads its CSV; opens the demo region's
// Bilan for the seed's period, drills into a figure, adds a paragraph to one section of the narrative (both
// languages), previews it and publishes a new version; then a visitor finds it first on the region's public page,
// reads it and downloads its PDF and DOCX. Every page is checked by `checkPage` (axe, CSP, no sideways scroll).

/**
 * What one run of the journey types and expects: its language, the section it adds to, the version it publishes, and
 * the page checks that failed (kept, so that one page failing axe does not hide the pages after it; the run fails at
 * its end naming them all).
 */
export type Run = {
  mode: Mode
  section: SectionName
  paragraph: Record<Lang, string>
  version: number
  failed: string[]
}

/** The narrative sections a run may add a paragraph to, as the narrative form and the document name them. */
export const sections = {
  agreements: { fr: 'Ententes', en: 'Agreements' },
  projects: { fr: 'Projets développés dans la région', en: 'Projects developed in the region' },
} as const
export type SectionName = keyof typeof sections

/** The words of the pages, in each language. */
export const t = {
  dashboards: { fr: 'Tableaux de bord', en: 'Dashboards' },
  region: { fr: 'Région', en: 'Region' },
  servicePoint: { fr: 'Point de services', en: 'Service point' },
  from: { fr: 'Du', en: 'From' },
  to: { fr: 'Au', en: 'To' },
  show: { fr: 'Afficher', en: 'Show' },
  chart: {
    fr: 'Nouveaux dossiers et personnes accompagnées par mois',
    en: 'New dossiers and persons accompanied per month',
  },
  chartData: { fr: 'Données du graphique : ', en: 'Chart data: ' },
  csv: { fr: 'Télécharger les données (CSV)', en: 'Download the data (CSV)' },
  csvHeader: { fr: 'Mois,Nouveaux dossiers,Personnes accompagnées', en: 'Month,New dossiers,Persons accompanied' },
  bilans: { fr: 'Bilans des réalisations', en: 'Bilans (reports on achievements)' },
  showBilan: { fr: 'Afficher le bilan', en: 'Show the report' },
  figuresCaption: {
    fr: 'Chiffres du bilan, leur définition et les dossiers qui les composent',
    en: 'The report’s figures, their definition and the records behind them',
  },
  persons: { fr: 'Personnes accompagnées', en: 'Persons accompanied' },
  enterprises: { fr: 'Entreprises accompagnées', en: 'Enterprises accompanied' },
  agreements: { fr: 'Ententes', en: 'Agreements' },
  seeRecords: { fr: 'Voir les dossiers', en: 'See the records' },
  document: { fr: 'Le document', en: 'The document' },
  editText: { fr: 'Rédiger le texte du bilan', en: 'Write the report’s text' },
  narrative: { fr: 'Texte du bilan', en: 'Bilan narrative' },
  inFrench: { fr: 'Paragraphes en français', en: 'Paragraphs in French' },
  inEnglish: { fr: 'Paragraphes en anglais', en: 'Paragraphs in English' },
  save: { fr: 'Enregistrer le texte', en: 'Save the narrative' },
  saved: { fr: 'Le texte du bilan est enregistré.', en: 'The Bilan narrative is saved.' },
  preview: { fr: 'Aperçu du bilan', en: 'Preview the Bilan' },
  publishLink: { fr: 'Publier ce bilan', en: 'Publish this Bilan' },
  publishTitle: { fr: 'Publier le bilan', en: 'Publish the Bilan' },
  publishButton: { fr: 'Publier', en: 'Publish' },
  published: { fr: 'Bilans publiés', en: 'Published Bilans' },
  publicList: { fr: 'Bilans des réalisations', en: 'Bilans of achievements' },
  pdf: { fr: 'Bilan en PDF', en: 'Bilan as PDF' },
  docx: { fr: 'Bilan en Word (DOCX)', en: 'Bilan as Word (DOCX)' },
  errors: { fr: 'Le formulaire contient des erreurs', en: 'The form has errors' },
  reversed: {
    fr: 'La fin de la période doit suivre son début.',
    en: 'The end of the period must come after its start.',
  },
} as const

/** `Version 2 de 2` / `Version 2 of 2`. */
/** `checkPage` (axe with or without the page's scripts, CSP, reflow) in the run's mode; a failure is kept in the run. */
export async function check(page: Page, run: Run, name: string, lang: Lang = run.mode.lang): Promise<void> {
  try {
    await checkPage(page, { ...run.mode, lang }, name, { axeWithoutScripts: true })
  } catch (error) {
    if (!(error instanceof assert.AssertionError)) throw error
    run.failed.push(error.message.split('\n+ actual')[0]!)
  }
}

/** A count as the pages write it (fr-CA groups with a no-break space), as a number. */
const numberIn = (text: string) => Number(text.replace(/[^\d]/g, ''))

/** The page's current language as the staff header offers it: its link to the other language, when needed. */
export async function useLanguage(page: Page, lang: Lang): Promise<void> {
  const current = (await page.locator('html').getAttribute('lang')) ?? ''
  if (current.startsWith(lang)) return
  await page
    .getByRole('banner')
    .getByRole('link', { name: lang === 'en' ? 'English' : 'Français' })
    .click()
  await page.locator(`html[lang^="${lang}"]`).waitFor()
}

/** Fills the period of a form (date fields take YYYY-MM-DD) by their labels. */
async function fillPeriod(scope: Page | Locator, lang: Lang, from: string, to: string): Promise<void> {
  await scope.getByLabel(new RegExp(`^${t.from[lang]}\\b`)).fill(from)
  await scope.getByLabel(new RegExp(`^${t.to[lang]}\\b`)).fill(to)
}

/** The rows of a table's body, each as the text of its cells. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => Array.from(r.querySelectorAll('th, td')).map((c) => (c as HTMLElement).innerText.trim())),
    )
}

/** The dashboards, filtered by the demo region, one of its service points and the Bilan's period (plain GET form). */
export async function filterDashboard(page: Page, run: Run): Promise<string> {
  const lang = run.mode.lang
  await page.goto(new URL('/app/tableaux-de-bord', page.url()).href)
  await page.getByRole('heading', { level: 1, name: t.dashboards[lang] }).waitFor()
  await check(page, run, 'reports-dashboards')
  const form = page.getByRole('search', {
    name: lang === 'fr' ? 'Filtrer les tableaux de bord' : 'Filter the dashboards',
  })
  await form.getByRole('combobox', { name: t.region[lang] }).selectOption({ label: seedRegion.name })
  await form.getByRole('combobox', { name: t.servicePoint[lang] }).selectOption({ label: seedRegion.servicePoint })
  await fillPeriod(form, lang, demoBilan.from, demoBilan.to)
  await form.getByRole('button', { name: t.show[lang], exact: true }).click()
  await page.waitForURL((url) => url.searchParams.has('servicePoint'))
  const query = new URL(page.url()).searchParams
  assert.equal(query.get('region'), demoBilan.region)
  assert.deepEqual([query.get('from'), query.get('to')], [demoBilan.from, demoBilan.to])
  await check(page, run, 'reports-dashboards-filtered')
  return query.get('servicePoint')!
}

/** The monthly chart: its SVG, its data table (one row per month of the period), its CSV download matching the table. */
export async function downloadChartCsv(page: Page, run: Run, servicePointId: string): Promise<void> {
  const lang = run.mode.lang
  const chart = page.getByRole('region', { name: t.chart[lang], exact: true })
  await chart.locator('svg[role="img"]').waitFor()
  const table = chart.getByRole('table', { name: `${t.chartData[lang]}${t.chart[lang]}` })
  const rows = await tableRows(table)
  assert.equal(rows.length, 23, 'one row per month from August 2019 to June 2021')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('link', { name: t.csv[lang] }).click(),
  ])
  assert.equal(download.suggestedFilename(), `dossiers-par-mois_${demoBilan.from}_${demoBilan.to}.csv`)
  const csv = fs.readFileSync((await download.path())!, 'utf8')
  const lines = csv.split('\r\n').filter((l) => l !== '')
  assert.equal(lines[0], `\uFEFF${t.csvHeader[lang]}`)
  assert.equal(lines.length, rows.length + 1, csv)
  assert.match(lines[1]!, /^2019-08,\d+,\d+$/)
  const persons = (ls: string[]) => ls.slice(1).reduce((n, l) => n + Number(l.split(',')[2]), 0)
  assert.equal(
    persons(lines),
    rows.reduce((n, r) => n + numberIn(r[2]!), 0),
    'the CSV says what the table says',
  )
  // The service point narrows the chart: the whole region has more persons accompanied than the one point.
  const href = (await chart.getByRole('link', { name: t.csv[lang] }).getAttribute('href'))!
  assert.ok(href.includes(`servicePoint=${servicePointId}`), href)
  const whole = await page.request.get(new URL(href.replace(/&?servicePoint=[^&]*/, ''), page.url()).href)
  const wholeLines = (await whole.text()).split('\r\n').filter((l) => l !== '')
  assert.ok(persons(wholeLines) > persons(lines), `region ${persons(wholeLines)} > point ${persons(lines)}`)
}

/** The Bilan form for the demo region and the seed's period: the figures (83, 19, 7) and the document in the page's language. */
export async function openBilan(page: Page, run: Run): Promise<void> {
  const lang = run.mode.lang
  await page.goto(new URL('/app/bilans', page.url()).href)
  await page.getByRole('heading', { level: 1, name: t.bilans[lang] }).waitFor()
  await check(page, run, 'reports-bilan-form')
  const form = page.getByRole('form', { name: lang === 'fr' ? 'Bilan à produire' : 'Report to produce' })
  await form.getByRole('combobox', { name: t.region[lang] }).selectOption({ label: seedRegion.name })
  await fillPeriod(form, lang, demoBilan.from, demoBilan.to)
  await form.getByRole('button', { name: t.showBilan[lang] }).click()
  await page.waitForURL((url) => url.searchParams.get('region') === demoBilan.region)
  const rows = await tableRows(page.getByRole('table', { name: t.figuresCaption[lang] }))
  const value = (name: string) => rows.find((r) => r[0] === name)?.[1]
  assert.equal(value(t.persons[lang]), String(demoBilan.personsAccompanied))
  assert.equal(value(t.enterprises[lang]), String(demoBilan.enterprisesAccompanied))
  assert.equal(value(t.agreements[lang]), String(demoBilan.agreements))
  const doc = await page.getByRole('region', { name: t.document[lang] }).innerText()
  for (const fact of demoBilan.text[lang]) assert.ok(doc.includes(fact), `${fact} in the preview`)
  await check(page, run, 'reports-bilan')
}

/** From the Bilan, the records behind its persons accompanied: one row each, as many as the figure says. */
export async function drillIntoPersons(page: Page, run: Run): Promise<void> {
  const lang = run.mode.lang
  await page.getByRole('link', { name: `${t.seeRecords[lang]} — ${t.persons[lang]}` }).click()
  await page.getByRole('heading', { level: 1, name: t.persons[lang] }).waitFor()
  const table = page.getByRole('main').getByRole('table', { name: t.persons[lang] })
  assert.equal(await table.locator('tbody tr').count(), demoBilan.personsAccompanied)
  await check(page, run, 'reports-bilan-drilldown')
  await page.goBack()
  await page.getByRole('heading', { level: 1, name: t.bilans[lang] }).waitFor()
}

/** A textarea's value with a paragraph added after what is there (paragraphs are separated by a blank line). */
async function appendParagraph(field: Locator, paragraph: string): Promise<void> {
  const before = (await field.inputValue()).trim()
  await field.fill(before ? `${before}\n\n${paragraph}` : paragraph)
}

/** The narrative: one paragraph added to one section in French and in English, saved (post/redirect/get). */
export async function editNarrative(page: Page, run: Run): Promise<void> {
  const lang = run.mode.lang
  await page.getByRole('link', { name: t.editText[lang] }).click()
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${t.narrative[lang]} — `) }).waitFor()
  await check(page, run, 'reports-narrative')
  const section = page.getByRole('main').getByRole('region', { name: sections[run.section][lang], exact: true })
  const added = lang === 'fr' ? /^S’ajoute au texte calculé/ : /^Added after the computed text/
  assert.ok(await section.getByRole('radio', { name: added }).isChecked(), 'adds to the computed text')
  await appendParagraph(section.getByRole('textbox', { name: new RegExp(`^${t.inFrench[lang]}`) }), run.paragraph.fr)
  await appendParagraph(section.getByRole('textbox', { name: new RegExp(`^${t.inEnglish[lang]}`) }), run.paragraph.en)
  await page.getByRole('button', { name: t.save[lang] }).click()
  await page.getByText(t.saved[lang]).waitFor()
  const kept = await section.getByRole('textbox', { name: new RegExp(`^${t.inFrench[lang]}`) }).inputValue()
  assert.ok(kept.includes(run.paragraph.fr), kept)
  await check(page, run, 'reports-narrative-saved')
}

/** The narrative's preview link: the Bilan's document shows the added paragraph in the page's language. */
export async function previewNarrative(page: Page, run: Run): Promise<void> {
  const lang = run.mode.lang
  await page.getByRole('link', { name: t.preview[lang] }).click()
  await page.getByRole('heading', { level: 1, name: t.bilans[lang] }).waitFor()
  const doc = await page.getByRole('region', { name: t.document[lang] }).innerText()
  assert.ok(doc.includes(run.paragraph[lang]), `the added paragraph in the preview:\n${doc}`)
  await check(page, run, 'reports-bilan-preview')
  await page.goBack()
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${t.narrative[lang]} — `) }).waitFor()
}

/** From the narrative, the confirmation (the version to be made), then publishing: the list names the new version first. */
export async function publish(page: Page, run: Run): Promise<void> {
  const lang = run.mode.lang
  await page.getByRole('link', { name: t.publishLink[lang] }).click()
  await page.getByRole('heading', { level: 1, name: `${t.publishTitle[lang]} — ${seedRegion.name}` }).waitFor()
  const question = lang === 'fr' ? `Publier la version ${run.version} de ce bilan` : `Publish version ${run.version} of`
  assert.ok((await page.getByRole('main').innerText()).includes(question), question)
  await check(page, run, 'reports-publish')
  await page.getByRole('button', { name: t.publishButton[lang], exact: true }).click()
  await page.getByRole('heading', { level: 1, name: t.published[lang] }).waitFor()
  const notice =
    lang === 'fr'
      ? `La version ${run.version} du bilan est publiée.`
      : `Version ${run.version} of the Bilan is published.`
  await page.getByText(notice).waitFor()
  const rows = await tableRows(page.getByRole('table', { name: t.published[lang] }))
  assert.deepEqual(
    rows.map((r) => r[2]),
    Array.from({ length: run.version }, (_, i) => String(run.version - i)),
    'every version, newest first',
  )
  await check(page, run, 'reports-publications')
}
