import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { pathOf } from './accompaniment-steps.js'
import { expectNoAxeViolations } from './harness.js'
import { demoPartner } from './seed-facts.js'

// The steps of the partners and funding journey (issue 7), one function each: the director creates an agreement with
// the demo partner, signs it, adds its deliverables (one due soon, one already overdue) and a schedule of two
// instalments, the first waiting for the interim report; the partner submits that report; the director accepts it,
// pays the first instalment and reads the reminder of the overdue deliverable. The app runs on the real clock: every
// date is computed from today (in Québec, as the app counts days).

/** What the journey made, for the walks that follow it (node:test runs a file's tests in order). */
export type Journey = { agreementId: string; deliverableId: string; reportId: string; instalmentId: string }

/** Today's civil date in Québec, as the app's clock gives it. */
export const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date())

/** A civil date some days after (or before, when negative) another. */
export function plusDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** The Québec fiscal year of a date (2026 = 2026-04-01 … 2027-03-31). */
const fiscalYearOf = (iso: string) => Number(iso.slice(0, 4)) - (Number(iso.slice(5, 7)) < 4 ? 1 : 0)

/** What the director types: the agreement (today well inside its period), its deliverables and instalments. */
export const typed = {
  reference: 'PAC2-E2E-001',
  title: 'Ateliers de lecture pour les familles nouvellement arrivées',
  objectives: 'Briser l’isolement des familles immigrantes par la lecture en français.',
  startOn: plusDays(today(), -90),
  endOn: plusDays(today(), 300),
  /** In dollars; split over the fiscal years of the period. */
  total: 60_000,
  interim: { title: 'Rapport d’étape des ateliers', dueOn: plusDays(today(), 10) },
  // Later than the demo's overdue report (20 days): the home, which lists the three latest, shows it first.
  overdue: { title: 'Rapport financier d’étape des ateliers', dueOn: plusDays(today(), -60) },
  condition: 'Rapport d’étape accepté',
  narrative: 'Douze ateliers de lecture tenus à Gaspé avec des familles arrivées cette année.',
  action: {
    kind: 'Brunchs et soupers interculturels',
    title: 'Brunch des familles lectrices',
    on: plusDays(today(), -14),
  },
} as const

/** Each fiscal year of the agreement with its amount in dollars (20 000 $ each, the rest on the last). */
export function yearlyAmounts(): { year: number; dollars: number }[] {
  const years: number[] = []
  for (let y = fiscalYearOf(typed.startOn); y <= fiscalYearOf(typed.endOn); y++) years.push(y)
  return years.map((year, i) => ({
    year,
    dollars: i < years.length - 1 ? 20_000 : typed.total - 20_000 * (years.length - 1),
  }))
}

/** The smallest PDF worth the name: the server checks its first bytes (`%PDF`). */
export const minimalPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
)

/** The last segment of the page's path (the id of what it shows). */
const lastId = (page: Page) => pathOf(page).split('/').pop()!

/** Step 1 (dates and terms), then step 2 (one amount per fiscal year), saved: the agreement page. */
export async function createAgreement(page: Page): Promise<string> {
  await page.goto(new URL('/app/ententes', page.url()).href)
  await page.getByRole('heading', { level: 1, name: 'Ententes' }).waitFor()
  await expectNoAxeViolations(page, 'the agreements list')
  await page.getByRole('main').getByRole('link', { name: 'Nouvelle entente' }).click()
  await page.getByRole('heading', { level: 1, name: 'Nouvelle entente' }).waitFor()
  await expectNoAxeViolations(page, 'the new agreement form, step 1')
  await page.getByRole('combobox', { name: /^Organisme/ }).selectOption({ label: demoPartner.organization })
  await page.getByRole('combobox', { name: /^Programme et volet/ }).selectOption({ label: pacVolet2 })
  await page.getByRole('textbox', { name: /^Numéro de référence/ }).fill(typed.reference)
  await page.getByRole('textbox', { name: /^Titre/ }).fill(typed.title)
  await page.getByRole('textbox', { name: /^Objectifs/ }).fill(typed.objectives)
  await page.getByLabel(/^Date de début/).fill(typed.startOn)
  await page.getByLabel(/^Date de fin/).fill(typed.endOn)
  await page.getByRole('button', { name: 'Afficher les années financières' }).click()
  await page.getByRole('group', { name: 'Montants par année financière' }).waitFor()
  await expectNoAxeViolations(page, 'the new agreement form, step 2')
  for (const { year, dollars } of yearlyAmounts()) {
    await page.getByRole('textbox', { name: new RegExp(`^Année financière ${year}-${year + 1}`) }).fill(String(dollars))
  }
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
  await page.getByText('L’entente a été enregistrée.').waitFor()
  await page.getByRole('heading', { level: 1, name: `${typed.reference} — ${typed.title}` }).waitFor()
  const amounts = await page.getByRole('region', { name: 'Montants annuels' }).innerText()
  assert.match(amounts, /Total\s+60\s000,00\s\$/, amounts)
  await expectNoAxeViolations(page, 'the agreement page in preparation')
  return lastId(page)
}

/** How the form names PAC's volet 2 (seeded reference data). */
export const pacVolet2 = 'PAC 2 — Volet 2 — Organismes à but non lucratif et coopératives'

/** The status form, signed today: the agreement page says Signée. */
export async function signAgreement(page: Page): Promise<void> {
  const form = page.getByRole('form', { name: 'Changer le statut' })
  await form.getByRole('combobox', { name: /^Nouveau statut/ }).selectOption({ label: 'Signer (Signée)' })
  assert.equal(await form.getByLabel(/^Date/).inputValue(), today())
  await form.getByRole('button', { name: 'Changer le statut' }).click()
  await page.getByText('Le statut de l’entente a été changé.').waitFor()
  assert.match(await page.getByRole('main').locator('dl').nth(1).innerText(), /Signée/)
  await expectNoAxeViolations(page, 'the signed agreement page')
}

/** One deliverable through its form, back on the agreement page. */
async function addDeliverable(page: Page, kind: string, d: { title: string; dueOn: string }): Promise<void> {
  await page.getByRole('link', { name: 'Ajouter un livrable' }).click()
  await page.getByRole('heading', { level: 1, name: `Ajouter un livrable — ${typed.reference}` }).waitFor()
  await expectNoAxeViolations(page, 'the new deliverable form')
  await page.getByRole('combobox', { name: /^Type/ }).selectOption({ label: kind })
  await page.getByRole('textbox', { name: /^Titre/ }).fill(d.title)
  await page.getByLabel(/^Échéance/).fill(d.dueOn)
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: `${typed.reference} — ${typed.title}` }).waitFor()
}

/** The interim activity report due in ten days and the interim financial report due sixty days ago (overdue). */
export async function addDeliverables(page: Page): Promise<string> {
  await addDeliverable(page, 'Rapport d’activités d’étape', typed.interim)
  await addDeliverable(page, 'Rapport financier d’étape', typed.overdue)
  const table = page.getByRole('region', { name: 'Livrables et redditions de comptes' })
  assert.match(await table.getByRole('row').filter({ hasText: typed.interim.title }).innerText(), /Attendu/)
  assert.match(await table.getByRole('row').filter({ hasText: typed.overdue.title }).innerText(), /En retard/)
  await expectNoAxeViolations(page, 'the agreement page with its deliverables')
  const href = await table.getByRole('link', { name: typed.interim.title }).getAttribute('href')
  return href!.split('/').pop()!
}

/** Two instalments adding up to the total: the first in a week, once the interim report is accepted. */
export async function setSchedule(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Modifier le calendrier des versements' }).click()
  await page
    .getByRole('heading', { level: 1, name: `Modifier le calendrier des versements — ${typed.reference}` })
    .waitFor()
  await expectNoAxeViolations(page, 'the schedule form')
  const row = (n: number, label: string) => page.getByLabel(`${label} (Versement ${n})`, { exact: true })
  await row(1, 'Date prévue').fill(plusDays(today(), 7))
  await row(1, 'Montant ($)').fill('25000')
  await row(1, 'Condition').fill(typed.condition)
  await row(1, 'Livrable à accepter d’abord').selectOption({
    label: `${typed.interim.title} (${frenchDate(typed.interim.dueOn)})`,
  })
  await page.getByRole('button', { name: 'Ajouter une ligne' }).click()
  await row(2, 'Date prévue').fill(plusDays(typed.endOn, -30))
  await row(2, 'Montant ($)').fill('35000')
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: `${typed.reference} — ${typed.title}` }).waitFor()
  const schedule = page.getByRole('region', { name: 'Calendrier des versements' })
  assert.equal(await schedule.getByRole('row').count(), 3)
  assert.match(await schedule.getByRole('row').nth(1).innerText(), new RegExp(typed.condition))
  await expectNoAxeViolations(page, 'the agreement page with its schedule')
}

/** A date as the French pages write it (« 6 décembre 2026 »). */
export const frenchDate = (iso: string) =>
  new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`))

/** The partner finds the agreement in its portal and reports against the interim deliverable: the report's page. */
export async function submitReport(page: Page, j: Pick<Journey, 'agreementId'>): Promise<string> {
  await page.goto(new URL('/partenaires', page.url()).href)
  await page.getByRole('main').getByRole('link', { name: 'Vos ententes' }).click()
  await page.getByRole('heading', { level: 1, name: 'Vos ententes' }).waitFor()
  await expectNoAxeViolations(page, 'the portal’s agreements')
  await page.getByRole('region', { name: 'Vos ententes' }).getByRole('link', { name: typed.reference }).click()
  await page.getByRole('heading', { level: 1, name: typed.title }).waitFor()
  assert.equal(pathOf(page), `/partenaires/ententes/${j.agreementId}`)
  await expectNoAxeViolations(page, 'the portal’s agreement page')
  await page.getByRole('region', { name: 'Livrables' }).getByRole('link', { name: typed.interim.title }).click()
  await page.getByRole('heading', { level: 1, name: 'Soumettre un rapport' }).waitFor()
  await expectNoAxeViolations(page, 'the report form')
  const chosen = page.getByRole('combobox', { name: 'Livrable', exact: true })
  assert.match(await chosen.locator('option:checked').innerText(), new RegExp(`^${typed.interim.title}`))
  await fillReport(page, { immigrants: '18', total: '25' })
  await page.getByLabel('Pièces jointes').setInputFiles({
    name: 'rapport-etape.pdf',
    mimeType: 'application/pdf',
    buffer: minimalPdf,
  })
  await page.getByRole('button', { name: 'Soumettre le rapport' }).click()
  await page.getByText('Votre rapport a été soumis.').waitFor()
  const text = await page.getByRole('main').innerText()
  for (const expected of [typed.narrative, typed.action.title, 'rapport-etape.pdf', 'En attente de revue']) {
    assert.ok(text.includes(expected), `the submitted report shows ${expected}`)
  }
  await expectNoAxeViolations(page, 'the partner’s submitted report')
  return lastId(page)
}

/** The narrative, the figures and one action held (its participants as given). */
export async function fillReport(page: Page, participants: { immigrants: string; total: string }): Promise<void> {
  await page.getByRole('textbox', { name: /^Récit des activités/ }).fill(typed.narrative)
  await page.getByRole('textbox', { name: 'Participants immigrants', exact: true }).fill(participants.immigrants)
  await page.getByRole('textbox', { name: 'Participants au total', exact: true }).fill(participants.total)
  await page.getByRole('textbox', { name: 'Activités tenues', exact: true }).fill('12')
  await page.getByRole('textbox', { name: 'Montant dépensé ($)', exact: true }).fill('14 250,50')
  const action = (label: string) => page.getByLabel(`${label} (Action 1)`, { exact: true })
  await action('Type d’action').selectOption({ label: typed.action.kind })
  await action('Titre de l’action').fill(typed.action.title)
  await action('Date (début)').fill(typed.action.on)
  await action('Municipalité').fill('Gaspé')
  await action('Participants immigrants').fill('9')
  await action('Participants au total').fill('14')
}

/** The director opens the report from the reports received and accepts it: the interim deliverable is accepted. */
export async function acceptReport(page: Page, j: Pick<Journey, 'agreementId' | 'reportId'>): Promise<void> {
  await page.goto(new URL('/app/rapports-partenaires', page.url()).href)
  await page.getByRole('heading', { level: 1, name: 'Rapports reçus' }).waitFor()
  await expectNoAxeViolations(page, 'the reports received')
  const received = page
    .getByRole('region', { name: 'Rapports reçus' })
    .getByRole('row')
    .filter({ hasText: typed.reference })
  await received.getByRole('link').click()
  await page.getByRole('heading', { level: 1, name: new RegExp(`^Rapport — ${demoPartner.organization}, `) }).waitFor()
  assert.equal(pathOf(page), `/app/ententes/${j.agreementId}/rapports/${j.reportId}`)
  assert.ok((await page.getByRole('main').innerText()).includes(typed.narrative))
  await expectNoAxeViolations(page, 'the directorate’s report page')
  await page.getByRole('button', { name: 'Accepter le rapport' }).click()
  await page.getByText('La revue du rapport est enregistrée.').waitFor()
  assert.equal(await page.getByRole('button', { name: 'Accepter le rapport' }).count(), 0)
  await expectNoAxeViolations(page, 'the directorate’s report page, accepted')
  await page.getByRole('link', { name: typed.reference }).click()
  const deliverables = page.getByRole('region', { name: 'Livrables et redditions de comptes' })
  assert.match(await deliverables.getByRole('row').filter({ hasText: typed.interim.title }).innerText(), /Accepté/)
}

/** From the agreement page, the first instalment's payment recorded today: paid, the schedule's totals follow. */
export async function payFirstInstalment(page: Page): Promise<string> {
  const schedule = page.getByRole('region', { name: 'Calendrier des versements' })
  await schedule.getByRole('link', { name: 'Inscrire le paiement (Versement 1)' }).click()
  await page.getByRole('heading', { level: 1, name: `Paiement du versement 1 — ${typed.reference}` }).waitFor()
  await expectNoAxeViolations(page, 'the payment form')
  const instalmentId = pathOf(page).split('/').at(-2)!
  assert.equal(await page.getByLabel(/^Date de paiement/).inputValue(), today())
  await page.getByRole('button', { name: 'Inscrire le paiement' }).click()
  await page.getByRole('heading', { level: 1, name: `${typed.reference} — ${typed.title}` }).waitFor()
  assert.match(await schedule.getByRole('row').nth(1).innerText(), /Payé/)
  assert.match(await page.getByRole('main').innerText(), /Payé : 25\s000,00\s\$ sur 60\s000,00\s\$ prévus/)
  await expectNoAxeViolations(page, 'the agreement page with the first instalment paid')
  return instalmentId
}

/** The overdue deliverable on the director's home and in the aging view. */
export async function seeReminders(page: Page): Promise<void> {
  await page.goto(new URL('/app', page.url()).href)
  const followUp = page.getByRole('region', { name: 'Suivi des ententes' })
  await followUp.getByRole('heading', { level: 3, name: 'Livrables en retard' }).waitFor()
  const overdue = followUp.getByRole('listitem').filter({ hasText: typed.reference })
  assert.match(await overdue.innerText(), new RegExp(`${demoPartner.organization} · ${typed.overdue.title}`))
  await expectNoAxeViolations(page, 'the director’s home with its reminders')
  await followUp.getByRole('link', { name: 'Voir toutes les échéances' }).click()
  await page.getByRole('heading', { level: 1, name: 'Échéances' }).waitFor()
  const late = page.getByRole('region', { name: 'Livrables en retard', exact: true })
  const row = late.getByRole('row').filter({ hasText: typed.overdue.title })
  assert.match(await row.innerText(), new RegExp(`${typed.reference}.*${demoPartner.organization}.*\\b60\\b`, 's'))
  await expectNoAxeViolations(page, 'the aging view')
}

/** Back in its portal, the partner reads the interim report accepted and the first instalment paid today. */
export async function partnerSeesPayment(page: Page, j: Pick<Journey, 'agreementId'>): Promise<void> {
  await page.goto(new URL(`/partenaires/ententes/${j.agreementId}`, page.url()).href)
  const deliverables = page.getByRole('region', { name: 'Livrables' })
  assert.match(await deliverables.getByRole('row').filter({ hasText: typed.interim.title }).innerText(), /Accepté/)
  const first = page.getByRole('region', { name: 'Calendrier des versements' }).getByRole('row').nth(1)
  assert.match(await first.innerText(), new RegExp(`${typed.condition}\\tOui\\t${frenchDate(today())}`))
}
