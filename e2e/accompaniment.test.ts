import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import {
  agentSeesOutcome,
  assessAndPlan,
  consentAfterRefusal,
  findPersonAndDossier,
  type Journey,
  partnerCompletes,
  partnerOpensReferral,
  pathOf,
  printPlanInEnglish,
  sendReferral,
  signIn,
  typed,
} from './accompaniment-steps.js'
import {
  adminPaths,
  agentFormErrors,
  agentPaths,
  directorPaths,
  expectUniqueIds,
  sendWithErrors,
  sweep,
} from './accompaniment-screens.js'
import { expectNoAxeViolations, type Lang, openPage, useHarness } from './harness.js'
import { demoPerson } from './seed-facts.js'

// Issue 6, Accompagnement Québec, in the browser: the closed loop of a referral from the agent's search to the
// partner's outcome on the dossier's timeline (French, JavaScript on, axe on every page), then every new screen under
// axe in French and English, with the page's scripts blocked, and the search and the public form without JavaScript.
const h = useHarness('accompaniment')
const journey = {} as Journey

test('an agent finds a person with a typo, assesses her needs, plans, refers her with consent; the partner accepts and completes; the agent reads the outcome on the timeline', async () => {
  const agent = await signIn(h, 'agent')
  const partner = await signIn(h, 'partner')
  try {
    Object.assign(journey, await findPersonAndDossier(agent))
    await assessAndPlan(agent)
    await printPlanInEnglish(agent)
    await consentAfterRefusal(agent, journey)
    await sendReferral(agent, journey)
    journey.portraitPath = await partnerOpensReferral(partner)
    await partnerCompletes(partner)
    await agentSeesOutcome(agent, journey)
  } finally {
    await agent.context().close()
    await partner.context().close()
  }
})

/** Someone asking for support on the public site (fictional). */
const asker = { givenName: 'Noor', familyName: 'Haddad-Tremblay', email: 'noor.haddad@courriel.example' }

/** The public form, sent first empty (its errors), then filled in: the thank-you page. */
async function sendPublicRequest(page: Page): Promise<void> {
  await page.goto(`${h.server.url}/fr/demande-accompagnement`)
  await page.getByRole('button', { name: 'Envoyer ma demande' }).click()
  await page.getByRole('heading', { name: 'Le formulaire contient des erreurs' }).waitFor()
  await page.getByRole('textbox', { name: /^Prénom/ }).fill(asker.givenName)
  await page.getByRole('textbox', { name: /^Nom de famille/ }).fill(asker.familyName)
  await page.getByRole('textbox', { name: /^Adresse courriel/ }).fill(asker.email)
  await page.getByRole('radio', { name: 'Français' }).check()
  await page.getByRole('combobox', { name: /^Région où vous habitez/ }).selectOption('11')
  await page.getByRole('textbox', { name: /^Votre demande/ }).fill('Nous arrivons à Gaspé au printemps.')
  await page.getByRole('checkbox', { name: 'J’ai lu ce texte et j’y consens.' }).check()
  await page.getByRole('button', { name: 'Envoyer ma demande' }).click()
  await page.getByRole('heading', { level: 1, name: 'Merci, votre demande a été reçue' }).waitFor()
  assert.equal(pathOf(page), '/fr/demande-accompagnement/merci')
}

test('without JavaScript, the person search finds a name typed with a typo and the public request form is sent to the triage queue', async () => {
  const page = await openPage(h, { lang: 'fr', width: 1280, js: 'off' })
  try {
    await sendPublicRequest(page)
  } finally {
    await page.context().close()
  }
  const agent = await signIn(h, 'agent', 'off')
  try {
    await agent.goto(`${h.server.url}/app/personnes`)
    await agent.getByRole('searchbox', { name: /^Nom, numéro de dossier/ }).fill(demoPerson.typed)
    await agent.getByRole('button', { name: 'Rechercher' }).click()
    await agent.waitForURL((url) => url.searchParams.get('q') === demoPerson.typed)
    await agent.getByRole('region', { name: 'Personnes' }).getByRole('link', { name: demoPerson.listName }).click()
    await agent.getByRole('heading', { level: 1, name: demoPerson.name }).waitFor()

    await agent.goto(`${h.server.url}/app/demandes`)
    const requests = agent.getByRole('region', { name: 'Demandes en ligne' })
    await requests.getByRole('row').filter({ hasText: asker.familyName }).waitFor()
  } finally {
    await agent.context().close()
  }
})

/** A screen to check: its address and its main heading in each language. */
type Screen = { path: string; h1: Record<Lang, string | RegExp> }
const same = (h1: string | RegExp) => ({ fr: h1, en: h1 })

/** The agent's screens of Accompagnement Québec, for the person and dossier of the journey. */
function agentScreens(j: Journey): Screen[] {
  const person = `/app/personnes/${j.personId}`
  const dossier = `/app/dossiers/${j.dossierId}`
  return [
    { path: '/app', h1: { fr: 'Bonjour Amina Diallo', en: 'Hello Amina Diallo' } },
    { path: '/app/mon-travail', h1: { fr: 'Mon travail', en: 'My work' } },
    { path: `/app/personnes?q=${encodeURIComponent(demoPerson.typed)}`, h1: { fr: 'Personnes', en: 'Persons' } },
    { path: person, h1: same(demoPerson.name) },
    { path: `${person}/consentements`, h1: { fr: /^Consentements — /, en: /^Consents — / } },
    { path: '/app/dossiers', h1: same('Dossiers') },
    { path: dossier, h1: same(/^Dossier AQ-/) },
    { path: `${dossier}/besoins`, h1: { fr: 'Besoins et plan d’action', en: 'Needs and action plan' } },
    { path: `${dossier}/references`, h1: { fr: /^Références — AQ-/, en: /^Referrals — AQ-/ } },
    { path: '/app/demandes', h1: { fr: 'Demandes en ligne', en: 'Online requests' } },
  ]
}

const partnerScreens = (j: Journey): Screen[] => [
  { path: '/partenaires/references', h1: { fr: 'Références reçues', en: 'Referrals received' } },
  { path: j.portraitPath, h1: same(typed.service) },
]
const adminScreens: Screen[] = [{ path: '/app/admin/import', h1: { fr: 'Importer des données', en: 'Import data' } }]

/** Each screen opened in the page's current language: its heading, the document's language, no axe violation. */
async function walk(page: Page, screens: Screen[], lang: Lang): Promise<void> {
  for (const s of screens) {
    await page.goto(new URL(s.path, page.url()).href)
    await page.getByRole('heading', { level: 1, name: s.h1[lang], exact: typeof s.h1[lang] === 'string' }).waitFor()
    assert.match(
      (await page.locator('html').getAttribute('lang')) ?? '',
      new RegExp(`^${lang}\\b`),
      `${s.path} in ${lang}`,
    )
    await expectNoAxeViolations(page, `${s.path} (${lang})`)
    await expectUniqueIds(page, s.path)
  }
}

/** The screens in French, then the header's "English" link, then the same screens in English. */
async function walkBothLanguages(page: Page, screens: Screen[]): Promise<void> {
  await walk(page, screens, 'fr')
  await page.getByRole('banner').getByRole('link', { name: 'English' }).click()
  await page.locator('html[lang^="en"]').waitFor()
  await walk(page, screens, 'en')
}

test('every Accompagnement Québec screen has no axe violations, in French and in English', async () => {
  assert.ok(journey.portraitPath, 'the journey ran first')
  for (const [role, screens] of [
    ['agent', agentScreens(journey)],
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
  const page = await openPage(h, { lang: 'fr', width: 1280, js: 'on' })
  try {
    await page.goto(`${h.server.url}/fr/demande-accompagnement`)
    await page.getByRole('heading', { level: 1, name: 'Demander un accompagnement' }).waitFor()
    await expectNoAxeViolations(page, 'the public request form (fr)')
    await page.getByRole('link', { name: 'English' }).click()
    await page.getByRole('heading', { level: 1, name: 'Request support' }).waitFor()
    assert.equal(pathOf(page), '/en/request-support')
    await expectNoAxeViolations(page, 'the public request form (en)')
  } finally {
    await page.context().close()
  }
})

test('the screens a reader without JavaScript gets (scripts blocked) have no axe violations', async () => {
  assert.ok(journey.portraitPath, 'the journey ran first')
  for (const [role, screens] of [
    ['agent', agentScreens(journey)],
    ['partner', partnerScreens(journey)],
  ] as const) {
    const page = await signIn(h, role, 'blocked')
    try {
      await walk(page, screens, 'fr')
    } finally {
      await page.context().close()
    }
  }
  const page = await openPage(h, { lang: 'en', width: 1280, js: 'blocked' })
  try {
    await page.goto(`${h.server.url}/en/request-support`)
    await page.getByRole('button', { name: 'Send my request' }).click()
    await page.getByRole('heading', { name: 'The form has errors' }).waitFor()
    await expectNoAxeViolations(page, 'the public request form with its errors (en, scripts blocked)')
  } finally {
    await page.context().close()
  }
})

test('the other screens (forms, confirmations, triage, re-route, right of access, catalogue) have no axe violations, in French and in English', async () => {
  assert.ok(journey.portraitPath, 'the journey ran first')
  for (const [role, paths] of [
    ['agent', agentPaths],
    ['director', async () => directorPaths(journey)],
    ['admin', async () => adminPaths],
  ] as const) {
    const page = await signIn(h, role)
    try {
      const found = await paths(page, journey)
      await sweep(page, found, 'fr')
      await page.getByRole('banner').getByRole('link', { name: 'English' }).click()
      await page.locator('html[lang^="en"]').waitFor()
      await sweep(page, found, 'en')
    } finally {
      await page.context().close()
    }
  }
})

test('the forms sent with errors show their error summary and have no axe violations', async () => {
  assert.ok(journey.portraitPath, 'the journey ran first')
  const agent = await signIn(h, 'agent')
  try {
    await agentFormErrors(agent, journey)
  } finally {
    await agent.context().close()
  }
  const partner = await signIn(h, 'partner')
  try {
    await partner.goto(`${h.server.url}/partenaires/references?statut=sent`)
    await partner.getByRole('region', { name: 'Références reçues' }).getByRole('link').first().click()
    await sendWithErrors(partner, 'the partner’s decline form', partner.getByRole('button', { name: 'Refuser' }))
  } finally {
    await partner.context().close()
  }
})
