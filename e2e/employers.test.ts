import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import { signIn } from './accompaniment-steps.js'
import {
  createNeed,
  hiresFromMontreal,
  interviewThenHire,
  type Journey,
  openEnterprise,
  openProposal,
  proposeMobileCandidate,
  typed,
} from './employers-steps.js'
import { expectNoAxeViolations, type Lang, openPage, useHarness } from './harness.js'
import { demoEmployers } from './seed-facts.js'

// Issue 8, employer services, in the browser: the region's advisor creates a labour need for an enterprise of the
// demo, proposes a ranked candidate from Montréal, records the interview and the hire, and the mobility view counts
// one more hire from Montréal (French, JavaScript on, axe on every page). Then every employers screen under axe in
// French and English, and the labour need form and the public employer request form with bad input without JavaScript.
const h = useHarness('employers')
const journey = {} as Journey

test('an advisor creates a labour need through the CNP picker, proposes a ranked candidate from Montréal, records an interview then a hire; the mobility view counts one more hire from Montréal', async () => {
  const advisor = await signIn(h, 'advisor')
  try {
    const before = await hiresFromMontreal(advisor)
    journey.enterpriseId = await openEnterprise(advisor)
    journey.needId = await createNeed(advisor)
    journey.candidateId = await proposeMobileCandidate(advisor)
    journey.proposalId = await openProposal(advisor)
    await interviewThenHire(advisor)
    assert.equal(await hiresFromMontreal(advisor), before + 1)
  } finally {
    await advisor.context().close()
  }
})

/** A screen to check: its address and its main heading in each language. */
type Screen = { path: string; h1: Record<Lang, string | RegExp> }
const same = (h1: string | RegExp) => ({ fr: h1, en: h1 })

/** The advisor's employers screens, for the enterprise, need, candidate and proposal of the journey. */
function advisorScreens(j: Journey): Screen[] {
  const e = `/app/entreprises/${j.enterpriseId}`
  const n = `/app/besoins-main-oeuvre/${j.needId}`
  const c = `/app/candidats/${j.candidateId}`
  return [
    { path: '/app/entreprises/mon-travail', h1: { fr: 'Mon travail (entreprises)', en: 'My work (employers)' } },
    { path: '/app/entreprises', h1: { fr: 'Entreprises', en: 'Enterprises' } },
    { path: '/app/entreprises/nouvelle', h1: { fr: 'Nouvelle entreprise', en: 'New enterprise' } },
    { path: e, h1: same(demoEmployers.journeyEnterprise) },
    { path: `${e}/modifier`, h1: { fr: 'Modifier l’entreprise', en: 'Edit the enterprise' } },
    {
      path: `${e}/services/nouveau`,
      h1: { fr: 'Nouveau service à l’entreprise', en: 'New service to the enterprise' },
    },
    { path: '/app/services-entreprises', h1: { fr: 'Services aux entreprises', en: 'Services to enterprises' } },
    { path: '/app/besoins-main-oeuvre', h1: { fr: 'Besoins de main-d’œuvre', en: 'Labour needs' } },
    {
      path: `/app/besoins-main-oeuvre/nouveau?entreprise=${j.enterpriseId}`,
      h1: {
        fr: `Nouveau besoin de main-d’œuvre — ${demoEmployers.journeyEnterprise}`,
        en: `New labour need — ${demoEmployers.journeyEnterprise}`,
      },
    },
    { path: n, h1: same(typed.title) },
    {
      path: `${n}/candidats`,
      h1: { fr: `Candidats pour le besoin : ${typed.title}`, en: `Candidates for the need: ${typed.title}` },
    },
    { path: '/app/candidats', h1: { fr: 'Profils de candidats', en: 'Candidate profiles' } },
    { path: c, h1: same(demoEmployers.mobileCook) },
    {
      path: `${c}/offres`,
      h1: {
        fr: `Offres pour le candidat : ${demoEmployers.mobileCook}`,
        en: `Offers for the candidate: ${demoEmployers.mobileCook}`,
      },
    },
    { path: '/app/propositions', h1: { fr: 'Propositions de candidats', en: 'Candidate proposals' } },
    {
      path: `/app/propositions/${j.proposalId}`,
      h1: { fr: `Proposition — ${typed.title}`, en: `Proposal — ${typed.title}` },
    },
    { path: '/app/embauches', h1: { fr: 'Embauches', en: 'Hires' } },
    { path: '/app/embauches/mobilite', h1: { fr: 'Mobilité interrégionale', en: 'Interregional mobility' } },
    { path: '/app/demandes-entreprises', h1: { fr: 'Demandes d’entreprises', en: 'Employer requests' } },
    {
      path: '/app/cnp',
      h1: {
        fr: 'Classification nationale des professions (CNP 2021)',
        en: 'National Occupational Classification (NOC 2021)',
      },
    },
  ]
}

const adminScreens: Screen[] = [
  {
    path: '/app/admin/import-entreprises',
    h1: {
      fr: 'Importer des entreprises et des besoins de main-d’œuvre',
      en: 'Import enterprises and labour needs',
    },
  },
]

/** The public employer request form, at its French and its English address. */
const publicScreens: (Screen & { lang: Lang })[] = [
  {
    lang: 'fr',
    path: '/fr/entreprises/demande',
    h1: same('Demande d’aide au recrutement pour les entreprises'),
  },
  { lang: 'en', path: '/en/employers/request', h1: same('Recruitment help request for employers') },
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

test('every employers screen has no axe violations, in French and in English', async () => {
  assert.ok(journey.proposalId, 'the journey ran first')
  for (const [role, screens] of [
    ['advisor', advisorScreens(journey)],
    ['admin', adminScreens],
  ] as const) {
    const page = await signIn(h, role)
    try {
      await walkBothLanguages(page, screens)
    } finally {
      await page.context().close()
    }
  }
  const visitor = await openPage(h, { lang: 'fr', width: 1280, js: 'on' })
  try {
    await visitor.goto(h.server.url)
    for (const s of publicScreens) await walk(visitor, [s], s.lang)
  } finally {
    await visitor.context().close()
  }
})

/** The error summary of a form sent with bad input, and each field's own message beside it (by field name). */
async function expectErrors(page: Page, messages: Record<string, string>): Promise<void> {
  const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient des erreurs' })
  await summary.waitFor()
  const text = await summary.innerText()
  for (const [field, message] of Object.entries(messages)) {
    assert.ok(text.includes(message), `${message} in:\n${text}`)
    assert.equal(await page.locator(`#f-${field}`).getAttribute('aria-invalid'), 'true', field)
    const beside = await page.locator(`#f-${field}-error`).innerText()
    assert.ok(beside.includes(message), `${field}: ${beside}`)
  }
}

/** The labour need form sent with 0 positions, an unknown CNP and French 13: refused; corrected: saved. */
async function needWithBadInput(page: Page, checkAxe: boolean): Promise<void> {
  await page.goto(`${h.server.url}/app/besoins-main-oeuvre/nouveau?entreprise=${journey.enterpriseId}`)
  await page.getByRole('textbox', { name: /^Titre du poste/ }).fill('Plongeur ou plongeuse')
  const cnp = page.getByRole('textbox', { name: /^Profession \(CNP 2021\)/ })
  await cnp.fill('99999')
  const positions = page.getByRole('textbox', { name: /^Nombre de postes/ })
  await positions.fill('0')
  await page.getByRole('radio', { name: 'Saisonnier' }).check()
  const french = page.getByRole('textbox', { name: /^Niveau de français requis/ })
  await french.fill('13')
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
  await expectErrors(page, {
    positions: 'Un nombre entier de postes, de 1 à 10 000.',
    cnpCode: 'Code CNP inconnu : 99999',
    frenchLevel: 'Un niveau de 1 à 12 (échelle québécoise des niveaux de compétence en français).',
  })
  assert.equal(await page.getByRole('textbox', { name: /^Titre du poste/ }).inputValue(), 'Plongeur ou plongeuse')
  if (checkAxe) await expectNoAxeViolations(page, 'the labour need form with its errors (scripts blocked)')
  await cnp.fill('65201')
  await positions.fill('2')
  await french.fill('4')
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
  await page.getByText('Le besoin de main-d’œuvre est enregistré.').waitFor()
  await page.getByRole('heading', { level: 1, name: 'Plongeur ou plongeuse' }).waitFor()
}

/** The public request form with a bad email address: its error; corrected: the thank-you page. */
async function requestWithBadEmail(page: Page, enterpriseName: string, checkAxe: boolean): Promise<void> {
  await page.goto(`${h.server.url}/fr/entreprises/demande`)
  await page.getByRole('textbox', { name: /^Nom de l’entreprise/ }).fill(enterpriseName)
  await page.getByRole('textbox', { name: /^Municipalité/ }).fill('Gaspé')
  await page
    .getByRole('combobox', { name: /^Région de l’entreprise/ })
    .selectOption({ label: 'Gaspésie–Îles-de-la-Madeleine' })
  await page.getByRole('textbox', { name: /^Personne-ressource/ }).fill('Marie Cloutier')
  const email = page.getByRole('textbox', { name: /^Adresse courriel/ })
  await email.fill('marie.cloutier@')
  await page.getByRole('radio', { name: 'Français' }).check()
  await page.getByRole('textbox', { name: /^Vos besoins de recrutement/ }).fill('Deux commis de cuisine pour l’été.')
  await page.getByRole('button', { name: 'Envoyer la demande' }).click()
  await expectErrors(page, { email: 'Adresse courriel invalide.' })
  const summary = await page.getByRole('alert').first().innerText()
  assert.equal(summary.split('\n').length, 2, `only the email is refused:\n${summary}`)
  if (checkAxe) await expectNoAxeViolations(page, 'the employer request form with its error (scripts blocked)')
  await email.fill('marie.cloutier@courriel.example')
  await page.getByRole('button', { name: 'Envoyer la demande' }).click()
  await page.getByRole('heading', { level: 1, name: 'Demande reçue' }).waitFor()
  assert.match(await page.getByRole('main').innerText(), /Merci\. Votre demande a été transmise/)
  if (checkAxe) await expectNoAxeViolations(page, 'the employer request thank-you page (scripts blocked)')
}

test('without JavaScript, the labour need form refuses 0 positions, an unknown CNP and French 13, then saves; the public employer request form refuses a bad email, then thanks', async () => {
  assert.ok(journey.enterpriseId, 'the journey ran first')
  for (const js of ['off', 'blocked'] as const) {
    const advisor = await signIn(h, 'advisor', js)
    try {
      await needWithBadInput(advisor, js === 'blocked')
    } finally {
      await advisor.context().close()
    }
    const visitor = await openPage(h, { lang: 'fr', width: 1280, js })
    try {
      await requestWithBadEmail(visitor, `Boulangerie du Havre (${js})`, js === 'blocked')
    } finally {
      await visitor.context().close()
    }
  }
})
