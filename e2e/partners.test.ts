import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import { pathOf, signIn } from './accompaniment-steps.js'
import { expectNoAxeViolations, type Lang, openPage, useHarness } from './harness.js'
import {
  acceptReport,
  addDeliverables,
  createAgreement,
  fillReport,
  type Journey,
  pacVolet2,
  partnerSeesPayment,
  payFirstInstalment,
  plusDays,
  seeReminders,
  setSchedule,
  signAgreement,
  submitReport,
  typed,
  yearlyAmounts,
} from './partners-steps.js'
import { demoPartner } from './seed-facts.js'

// Issue 7, partners and funding, in the browser: the director creates an agreement with the demo partner, its payment
// schedule and deliverables; the partner submits the interim report from its portal; the director accepts it and pays
// the instalment that waited for it; the reminder of an overdue deliverable shows on the home page and the aging view
// (French, JavaScript on, axe on every page). Then every new screen under axe in French and English, and the two-step
// agreement form and the report form with bad input without JavaScript.
const h = useHarness('partners')
const journey = {} as Journey

test('a director creates an agreement with instalments and deliverables; the partner submits a report; the director accepts it and pays the instalment, which the partner sees paid; the overdue deliverable’s reminder appears', async () => {
  const director = await signIn(h, 'director')
  const partner = await signIn(h, 'partner')
  try {
    journey.agreementId = await createAgreement(director)
    await signAgreement(director)
    journey.deliverableId = await addDeliverables(director)
    await setSchedule(director)
    journey.reportId = await submitReport(partner, journey)
    await acceptReport(director, journey)
    journey.instalmentId = await payFirstInstalment(director)
    await partnerSeesPayment(partner, journey)
    await seeReminders(director)
  } finally {
    await director.context().close()
    await partner.context().close()
  }
})

/** A screen to check: its address and its main heading in each language. */
type Screen = { path: string; h1: Record<Lang, string | RegExp> }
const same = (h1: string | RegExp) => ({ fr: h1, en: h1 })

/** The director's screens of partners and funding, for the agreement, report and instalment of the journey. */
function directorScreens(j: Journey, organizationPath: string): Screen[] {
  const a = `/app/ententes/${j.agreementId}`
  return [
    { path: '/app', h1: { fr: 'Bonjour Isabelle Roy', en: 'Hello Isabelle Roy' } },
    { path: '/app/organismes', h1: { fr: 'Organismes', en: 'Partner organizations' } },
    { path: organizationPath, h1: same(demoPartner.organization) },
    { path: '/app/ententes', h1: { fr: 'Ententes', en: 'Agreements' } },
    { path: '/app/ententes/nouvelle', h1: { fr: 'Nouvelle entente', en: 'New agreement' } },
    { path: '/app/ententes/totaux', h1: { fr: 'Totaux des ententes', en: 'Agreement totals' } },
    { path: a, h1: same(`${typed.reference} — ${typed.title}`) },
    { path: `${a}/avenants/nouveau`, h1: { fr: /^Nouvel avenant/, en: /^New amendment/ } },
    {
      path: `${a}/versements`,
      h1: {
        fr: `Modifier le calendrier des versements — ${typed.reference}`,
        en: `Edit the payment schedule — ${typed.reference}`,
      },
    },
    {
      path: `${a}/versements/${j.instalmentId}/payer`,
      h1: { fr: `Paiement du versement 1 — ${typed.reference}`, en: `Payment of instalment 1 — ${typed.reference}` },
    },
    {
      path: `${a}/livrables/nouveau`,
      h1: { fr: `Ajouter un livrable — ${typed.reference}`, en: `Add a deliverable — ${typed.reference}` },
    },
    { path: `${a}/livrables/${j.deliverableId}`, h1: same(typed.interim.title) },
    { path: `${a}/rapports/${j.reportId}`, h1: { fr: /^Rapport — /, en: /^Report — / } },
    { path: '/app/rapports-partenaires', h1: { fr: 'Rapports reçus', en: 'Reports received' } },
    { path: '/app/ententes/echeances', h1: { fr: 'Échéances', en: 'Due dates' } },
    { path: '/app/actions', h1: { fr: 'Actions locales financées', en: 'Funded local actions' } },
  ]
}

const partnerScreens = (j: Journey): Screen[] => [
  { path: '/partenaires', h1: { fr: 'Portail des organismes partenaires', en: 'Partner organization portal' } },
  { path: '/partenaires/capacite', h1: { fr: /^Capacité/, en: /^Capacity/ } },
  { path: '/partenaires/ententes', h1: { fr: 'Vos ententes', en: 'Your agreements' } },
  { path: `/partenaires/ententes/${j.agreementId}`, h1: same(typed.title) },
  {
    path: `/partenaires/ententes/${j.agreementId}/rapports/nouveau`,
    h1: { fr: 'Soumettre un rapport', en: 'Submit a report' },
  },
  {
    path: `/partenaires/ententes/${j.agreementId}/rapports/${j.reportId}`,
    h1: { fr: /^Rapport — /, en: /^Report — / },
  },
]

const adminScreens: Screen[] = [
  { path: '/app/admin/programmes', h1: { fr: 'Programmes et volets', en: 'Programs and components' } },
  { path: '/app/admin/types-actions', h1: { fr: 'Types d’actions locales', en: 'Local action kinds' } },
  { path: '/app/admin/courriels', h1: { fr: 'Courriels', en: 'Mail' } },
]

/** Each screen opened in the page's current language: its heading, the document's language, no axe violation. */
async function walk(page: Page, screens: Screen[], lang: Lang): Promise<void> {
  for (const s of screens) {
    await page.goto(new URL(s.path, page.url()).href)
    await page.getByRole('heading', { level: 1, name: s.h1[lang], exact: typeof s.h1[lang] === 'string' }).waitFor()
    const htmlLang = (await page.locator('html').getAttribute('lang')) ?? ''
    assert.match(htmlLang, new RegExp(`^${lang}\\b`), `${s.path} in ${lang}`)
    await expectNoAxeViolations(page, `${s.path} (${lang})`)
  }
}

/** The screens in French, then the header's "English" link, then the same screens in English. */
async function walkBothLanguages(page: Page, screens: Screen[]): Promise<void> {
  await walk(page, screens, 'fr')
  await page.getByRole('banner').getByRole('link', { name: 'English' }).click()
  await page.locator('html[lang^="en"]').waitFor()
  await walk(page, screens, 'en')
}

/** The demo partner's page in the staff directory, found through its list. */
async function organizationPathOf(page: Page): Promise<string> {
  await page.goto(new URL('/app/organismes', page.url()).href)
  await page.getByRole('main').getByRole('link', { name: demoPartner.organization, exact: true }).first().click()
  await page.getByRole('heading', { level: 1, name: demoPartner.organization }).waitFor()
  return pathOf(page)
}

test('every partners and funding screen has no axe violations, in French and in English', async () => {
  assert.ok(journey.instalmentId, 'the journey ran first')
  const director = await signIn(h, 'director')
  try {
    await walkBothLanguages(director, directorScreens(journey, await organizationPathOf(director)))
  } finally {
    await director.context().close()
  }
  for (const [role, screens] of [
    ['partner', partnerScreens(journey)],
    ['admin', adminScreens],
  ] as const) {
    const page = await signIn(h, role)
    try {
      await walkBothLanguages(page, screens)
    } finally {
      await page.context().close()
    }
  }
})

/** The forgot-password form sent for a known and an unknown address: the same answer; then the form in English. */
async function forgotPassword(page: Page): Promise<void> {
  for (const email of [h.server.accounts.director!.email, 'personne.inconnue@courriel.example']) {
    await page.goto(`${h.server.url}/app/connexion`)
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click()
    await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor()
    await expectNoAxeViolations(page, 'the forgot-password form (fr)')
    await page.getByRole('textbox', { name: /^Adresse courriel/ }).fill(email)
    await page.getByRole('button', { name: 'Envoyer le lien' }).click()
    await page.getByRole('heading', { level: 1, name: 'Vérifiez vos courriels' }).waitFor()
    await expectNoAxeViolations(page, 'the forgot-password answer (fr)')
  }
  await page.goto(`${h.server.url}/app/connexion/mot-de-passe-oublie`)
  await page.getByRole('banner').getByRole('link', { name: 'English' }).click()
  await page.getByRole('heading', { level: 1, name: 'Forgot your password' }).waitFor()
  await expectNoAxeViolations(page, 'the forgot-password form (en)')
}

/** The admin's outbox: one reset mail, to the known address only; its page. */
async function resetMailInOutbox(admin: Page): Promise<void> {
  await admin.goto(`${h.server.url}/app/admin/courriels`)
  const mails = admin
    .getByRole('region', { name: 'Courriels' })
    .getByRole('row')
    .filter({ hasText: 'Réinitialisation du mot de passe' })
  assert.deepEqual(
    (await mails.allInnerTexts()).map((t) => t.includes(h.server.accounts.director!.email)),
    [true],
  )
  await mails.getByRole('link').click()
  await admin.getByRole('heading', { level: 1 }).waitFor()
  await expectNoAxeViolations(admin, 'a mail of the outbox')
}

test('"Mot de passe oublié ?" from the sign-in page gives the same answer whether the address exists or not, in French and in English; the one reset mail waits in the outbox', async () => {
  const page = await openPage(h, { lang: 'fr', width: 1280, js: 'on' })
  try {
    await forgotPassword(page)
  } finally {
    await page.context().close()
  }
  const admin = await signIn(h, 'admin')
  try {
    await resetMailInOutbox(admin)
  } finally {
    await admin.context().close()
  }
})

/**
 * The agreement form's two steps: dates that end before they start are refused on step 1 (no fiscal years shown);
 * right dates show one amount per fiscal year; saved, the agreement page. `checkAxe`: where the browser runs axe.
 */
async function agreementInTwoSteps(page: Page, reference: string, checkAxe: boolean): Promise<void> {
  await page.goto(`${h.server.url}/app/ententes/nouvelle`)
  await page.getByRole('combobox', { name: /^Organisme/ }).selectOption({ label: demoPartner.organization })
  await page.getByRole('combobox', { name: /^Programme et volet/ }).selectOption({ label: pacVolet2 })
  await page.getByRole('textbox', { name: /^Numéro de référence/ }).fill(reference)
  await page.getByRole('textbox', { name: /^Titre/ }).fill('Cafés-rencontres en français')
  await page.getByLabel(/^Date de début/).fill(typed.startOn)
  await page.getByLabel(/^Date de fin/).fill(plusDays(typed.startOn, -1))
  await page.getByRole('button', { name: 'Afficher les années financières' }).click()
  await page.getByRole('heading', { name: 'Le formulaire contient des erreurs' }).waitFor()
  assert.equal(await page.getByRole('group', { name: 'Montants par année financière' }).count(), 0)
  if (checkAxe) await expectNoAxeViolations(page, 'the agreement form with its errors (scripts blocked)')
  await page.getByLabel(/^Date de fin/).fill(typed.endOn)
  await page.getByRole('button', { name: 'Afficher les années financières' }).click()
  await page.getByRole('group', { name: 'Montants par année financière' }).waitFor()
  for (const { year, dollars } of yearlyAmounts()) {
    await page.getByRole('textbox', { name: new RegExp(`^Année financière ${year}-${year + 1}`) }).fill(String(dollars))
  }
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
  await page.getByText('L’entente a été enregistrée.').waitFor()
  await page.getByRole('heading', { level: 1, name: `${reference} — Cafés-rencontres en français` }).waitFor()
  const amounts = await page.getByRole('region', { name: 'Montants annuels' }).innerText()
  assert.match(amounts, /Total\s+60\s000,00\s\$/, amounts)
}

/** The report form sent with more immigrant participants than participants: its error summary, the text kept. */
async function reportWithTooManyImmigrants(page: Page, checkAxe: boolean): Promise<void> {
  await page.goto(`${h.server.url}/partenaires/ententes/${journey.agreementId}/rapports/nouveau`)
  await fillReport(page, { immigrants: '30', total: '25' })
  await page.getByRole('button', { name: 'Soumettre le rapport' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient des erreurs' })
  await summary.waitFor()
  const message = 'Les participants immigrants ne peuvent dépasser le nombre total de participants.'
  assert.ok((await summary.innerText()).includes(message), await summary.innerText())
  assert.equal(await page.getByRole('textbox', { name: /^Récit des activités/ }).inputValue(), typed.narrative)
  if (checkAxe) await expectNoAxeViolations(page, 'the report form with its errors (scripts blocked)')
}

test('without JavaScript, the agreement form goes through its two steps and the report form refuses more immigrants than participants; both forms’ errors pass axe', async () => {
  assert.ok(journey.reportId, 'the journey ran first')
  for (const [js, reference] of [
    ['off', 'PAC2-E2E-002'],
    ['blocked', 'PAC2-E2E-003'],
  ] as const) {
    const director = await signIn(h, 'director', js)
    try {
      await agreementInTwoSteps(director, reference, js === 'blocked')
    } finally {
      await director.context().close()
    }
    const partner = await signIn(h, 'partner', js)
    try {
      await reportWithTooManyImmigrants(partner, js === 'blocked')
    } finally {
      await partner.context().close()
    }
  }
})
