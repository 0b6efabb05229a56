import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { expectUniqueIds } from './accompaniment-screens.js'
import { expectNoAxeViolations, type Harness, type Lang, openPage, type Scripts, submitSignIn } from './harness.js'
import { demoNames, demoPartner, demoPerson } from './seed-facts.js'

// The steps of the Accompagnement Québec journey (issue 6), one function each: an agent finds a person with a typo,
// assesses her needs and plans a step, records her consent after the referral form refused, refers her to the demo
// partner, which accepts and completes; the agent reads the outcome on the dossier's timeline.

/** What the journey made, for the walks that follow it (node:test runs a file's tests in order). */
export type Journey = { personId: string; dossierId: string; dossierNumber: string; portraitPath: string }

/** What the agent types: the step of the plan and the referral, and the partner's outcome. */
export const typed = {
  notes: 'Souhaite des cours du soir',
  step: 'Participer aux ateliers de lecture de Pouvoir des mots',
  service: 'Ateliers d’alphabétisation en français',
  message: 'Grâce préfère être jointe par la direction régionale.',
  outcome: 'Huit ateliers suivis, inscription au cours de francisation à temps partiel.',
} as const

/** A page of its own browser context signed in as a demo role (the sign-in form works with or without scripts). */
export async function signIn(h: Harness, role: string, js: Scripts = 'on', lang: Lang = 'fr'): Promise<Page> {
  const page = await openPage(h, { lang, width: 1280, js })
  await page.goto(`${h.server.url}/app/connexion`)
  await submitSignIn(page, h.server.accounts[role]!.email, h.server.accounts[role]!.password)
  await page.waitForURL((url) => !url.pathname.startsWith('/app/connexion'))
  return page
}

/** The path of the page's URL (its query left out). */
export const pathOf = (page: Page) => new URL(page.url()).pathname

/** Mon travail on the home page; the person found by a name typed without accents and with a typo; her dossier. */
export async function findPersonAndDossier(page: Page): Promise<Pick<Journey, 'personId' | 'dossierId'>> {
  await page.getByRole('heading', { level: 1, name: `Bonjour ${demoNames.agent}` }).waitFor()
  await page.getByRole('heading', { level: 2, name: 'Mon travail' }).waitFor()
  await page.getByRole('link', { name: 'Voir mon travail' }).waitFor()
  await expectNoAxeViolations(page, 'the staff home with Mon travail')

  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Personnes' }).click()
  await page.getByRole('heading', { level: 1, name: 'Personnes' }).waitFor()
  await page.getByRole('searchbox', { name: /^Nom, numéro de dossier/ }).fill(demoPerson.typed)
  await page.getByRole('button', { name: 'Rechercher' }).click()
  const found = page.getByRole('region', { name: 'Personnes' }).getByRole('link', { name: demoPerson.listName })
  await found.waitFor()
  await expectNoAxeViolations(page, 'the persons search with results')

  await found.click()
  await page.getByRole('heading', { level: 1, name: demoPerson.name }).waitFor()
  assert.ok((await page.getByRole('main').innerText()).includes(demoPerson.languages.fr))
  await expectNoAxeViolations(page, 'the person page')
  const personId = pathOf(page).split('/').pop()!

  await page.getByRole('link', { name: /^AQ-\d{4}-\d+$/ }).click()
  await page.getByRole('heading', { level: 1, name: /^Dossier AQ-/ }).waitFor()
  await expectNoAxeViolations(page, 'the dossier page')
  return { personId, dossierId: pathOf(page).split('/').pop()! }
}

/** One need ticked with its priority and notes, then a step of the plan tied to it, carried out by the partner. */
export async function assessAndPlan(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('link', { name: 'Besoins et plan d’action' }).click()
  await page.getByRole('heading', { level: 1, name: 'Besoins et plan d’action' }).waitFor()
  await expectNoAxeViolations(page, 'the needs and plan page')
  await page.getByRole('checkbox', { name: 'Cours de français', exact: true }).check()
  await page.getByRole('combobox', { name: 'Priorité Cours de français', exact: true }).selectOption('high')
  await page.getByRole('textbox', { name: 'Notes Cours de français', exact: true }).fill(typed.notes)
  await page.getByRole('button', { name: 'Enregistrer les besoins' }).click()
  await page.getByText('Les besoins sont enregistrés.').waitFor()
  assert.ok(await page.getByRole('checkbox', { name: 'Cours de français', exact: true }).isChecked())

  await page.getByRole('combobox', { name: /^Besoin/ }).selectOption({ label: 'Cours de français' })
  await page.getByRole('textbox', { name: /^Action/ }).fill(typed.step)
  await page.getByRole('radio', { name: 'Un organisme partenaire' }).check()
  await page.getByRole('combobox', { name: /^Organisme partenaire/ }).selectOption({ label: demoPartner.option })
  await page.getByLabel('Échéance').fill('2030-03-15')
  await page.getByRole('button', { name: 'Ajouter l’étape' }).click()
  await page.getByText('L’étape est ajoutée au plan.').waitFor()
  const steps = page.getByRole('region', { name: 'Étapes du plan' })
  const row = steps.getByRole('row').filter({ hasText: typed.step })
  assert.match(await row.innerText(), new RegExp(`Cours de français.*${demoPartner.organization}`, 's'))
  await expectNoAxeViolations(page, 'the needs and plan page after a step is added')
}

/** The plan printed for the person in English: its headings in English, the step as the agent wrote it. */
export async function printPlanInEnglish(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Imprimer le plan en anglais' }).click()
  await page.getByRole('heading', { level: 1, name: 'My action plan' }).waitFor()
  const text = await page.getByRole('main').innerText()
  for (const expected of ['French courses', typed.step, demoPartner.organization, 'March 15, 2030']) {
    assert.ok(text.includes(expected), `the printed plan shows ${expected}`)
  }
  await expectNoAxeViolations(page, 'the printed plan in English')
  await page.goBack()
  await page.getByRole('heading', { level: 1, name: 'Besoins et plan d’action' }).waitFor()
}

/** The referrals page refuses to refer without the person's consent and leads to her consents, where it is recorded. */
export async function consentAfterRefusal(page: Page, j: Pick<Journey, 'dossierId'>): Promise<void> {
  await page.getByRole('link', { name: /^Dossier AQ-/ }).click()
  await page.getByRole('main').getByRole('link', { name: 'Références', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: /^Références — AQ-/ }).waitFor()
  await page.getByText('La personne n’a pas de consentement actif', { exact: false }).waitFor()
  assert.equal(await page.getByRole('button', { name: 'Envoyer la référence' }).count(), 0)
  assert.equal(pathOf(page), `/app/dossiers/${j.dossierId}/references`)
  await expectNoAxeViolations(page, 'the referrals page without consent')

  await page.getByRole('link', { name: 'Consentements de la personne' }).click()
  await page.getByRole('heading', { level: 1, name: `Consentements — ${demoPerson.name}` }).waitFor()
  await expectNoAxeViolations(page, 'the consents page')
  const purpose = 'Communication des besoins et du plan à un organisme partenaire'
  await page.getByRole('radio', { name: purpose }).check()
  await page.getByRole('button', { name: 'Consigner' }).click()
  await page.getByText('Le consentement a été consigné.').waitFor()
  const history = page.getByRole('region', { name: 'Historique des consentements' })
  assert.match(await history.getByRole('row').filter({ hasText: purpose }).innerText(), /Actif/)
  await expectNoAxeViolations(page, 'the consents page after a consent')
}

/** The referral to the demo partner, sharing the need assessed and the step; no contact details (not consented). */
export async function sendReferral(page: Page, j: Pick<Journey, 'dossierId'>): Promise<void> {
  await page.goto(new URL(`/app/dossiers/${j.dossierId}/references`, page.url()).href)
  await page.getByRole('heading', { level: 2, name: 'Nouvelle référence' }).waitFor()
  await page.getByText('Sans consentement actif à la communication des coordonnées').waitFor()
  await page.getByRole('combobox', { name: /^Organisme/ }).selectOption({ label: demoPartner.option })
  await page.getByRole('textbox', { name: /^Service demandé/ }).fill(typed.service)
  await page.getByRole('textbox', { name: /^Message à l’organisme/ }).fill(typed.message)
  await page.getByRole('checkbox', { name: 'Francisation — Cours de français' }).check()
  await page.getByRole('checkbox', { name: typed.step }).check()
  await page.getByRole('button', { name: 'Envoyer la référence' }).click()
  await page.getByText('La référence a été envoyée.').waitFor()
  await page.getByRole('heading', { level: 3, name: `${demoPartner.organization} — Envoyée` }).waitFor()
  await expectNoAxeViolations(page, 'the referrals page with the referral sent')
}

/** The partner opens the referral from its inbox: the consented portrait (the need, languages, no contact details). */
export async function partnerOpensReferral(page: Page): Promise<string> {
  await page.goto(new URL('/partenaires/references', page.url()).href)
  await page.getByRole('heading', { level: 1, name: 'Références reçues' }).waitFor()
  await expectNoAxeViolations(page, 'the partner inbox')
  const inbox = page.getByRole('region', { name: 'Références reçues' })
  // The row's link names the person as the portrait does (given name and family initial); the service is a cell.
  await inbox.getByRole('row').filter({ hasText: typed.service }).getByRole('link').click()
  await page.getByRole('heading', { level: 1, name: typed.service }).waitFor()
  const text = await page.getByRole('main').innerText()
  for (const expected of ['Francisation — Cours de français', typed.notes, typed.step, demoPerson.languages.fr]) {
    assert.ok(text.includes(expected), `the portrait shows ${expected}`)
  }
  assert.ok(text.includes('La personne n’a pas consenti à la communication de ses coordonnées'), text)
  for (const hidden of ['personne70@courriel.example', '418 555-1069', 'Mukendi']) {
    assert.ok(!text.includes(hidden), `the portrait hides ${hidden}`)
  }
  await expectNoAxeViolations(page, 'the partner’s referral page')
  return pathOf(page)
}

/** The partner accepts, starts and completes the referral with its outcome. */
export async function partnerCompletes(page: Page): Promise<void> {
  const status = () => page.getByRole('main').locator('dl').first().innerText()
  await page.getByRole('button', { name: 'Accepter', exact: true }).click()
  await page.getByText('C’est enregistré.').waitFor()
  assert.match(await status(), /Acceptée/)
  await page.getByRole('button', { name: 'Commencer le service' }).click()
  await page.getByText('C’est enregistré.').waitFor()
  assert.match(await status(), /En cours/)
  await expectNoAxeViolations(page, 'the partner’s referral page, service under way')
  await expectUniqueIds(page, 'the partner’s referral page, service under way')
  // Complete or not: one outcome field, labelled once, and a button for each end of the service.
  const end = page.getByRole('form', { name: 'Résultat', exact: true })
  assert.deepEqual(await end.getByRole('button').allInnerTexts(), ['Service complété', 'Service non complété'])
  assert.equal(
    await page
      .getByRole('main')
      .getByRole('textbox', { name: /^Résultat/ })
      .count(),
    1,
  )
  await end.getByRole('textbox', { name: /^Résultat/ }).fill(typed.outcome)
  await end.getByRole('button', { name: 'Service complété', exact: true }).click()
  await page.getByText('C’est enregistré.').waitFor()
  assert.match(await status(), /Complétée/)
  assert.ok((await page.getByRole('main').innerText()).includes(typed.outcome))
  await expectNoAxeViolations(page, 'the partner’s referral page, completed')
}

/** Back on the dossier, the agent reads each step of the loop on the timeline, the outcome with the last. */
export async function agentSeesOutcome(page: Page, j: Pick<Journey, 'dossierId'>): Promise<void> {
  await page.goto(new URL(`/app/dossiers/${j.dossierId}`, page.url()).href)
  const timeline = page.getByRole('region', { name: 'Historique' })
  const referral = timeline.getByRole('listitem').filter({ hasText: demoPartner.organization })
  const steps = await referral.allInnerTexts()
  for (const status of ['Envoyée', 'Reçue', 'Acceptée', 'En cours', 'Complétée']) {
    assert.ok(
      steps.some((s) => s.includes(typed.service) && s.includes(status)),
      `the timeline shows ${status}:\n${steps.join('\n')}`,
    )
  }
  const completed = steps.find((s) => s.includes('Complétée'))!
  assert.ok(completed.includes(typed.outcome), completed)
  await expectNoAxeViolations(page, 'the dossier page with the loop closed')
}
