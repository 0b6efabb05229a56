import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import type { Lang } from './harness.js'
import { demoNames, ORGANIZATION } from './seed-facts.js'

// The Québec design system's page frame (issue 11) as a reader meets it, shared by the walks of the public pages and
// of the staff pages: the texts they look for in each language, and the checks of the PIV header and footer.

/** The words the walks look for, in the language of the page. */
export const text = {
  fr: {
    otherLang: 'English',
    logo: 'Logo du gouvernement du Québec',
    contact: 'Nous joindre',
    regionsTitle: 'Immigration dans les régions du Québec',
    searchLandmark: 'Recherche de régions',
    searchLabel: 'Rechercher une région',
    searchSubmit: 'Lancer la recherche',
    showAllRegions: 'Afficher toutes les régions',
    toTop: 'Retour en haut',
    staffArea: 'Espace du personnel',
    signIn: 'Connexion',
    email: 'Adresse courriel',
    password: 'Mot de passe',
    submit: 'Se connecter',
    signOut: 'Se déconnecter',
    signedOut: 'Vous êtes déconnecté·e.',
    formErrors: 'Le formulaire contient des erreurs',
    hello: 'Bonjour',
    servicePoints: 'Points de services',
    addServicePoint: 'Ajouter un point de services',
    newServicePoint: 'Nouveau point de services',
    nameField: 'Nom',
    required: 'obligatoire',
    save: 'Enregistrer',
    nav: 'Navigation principale',
  },
  en: {
    otherLang: 'Français',
    logo: 'Logo of the Gouvernement du Québec',
    contact: 'Contact us',
    regionsTitle: 'Immigration in the regions of Québec',
    searchLandmark: 'Region search',
    searchLabel: 'Search for a region',
    searchSubmit: 'Submit search',
    showAllRegions: 'Show all regions',
    toTop: 'Back to top',
    staffArea: 'Staff area',
    signIn: 'Sign in',
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    signOut: 'Sign out',
    signedOut: 'You are signed out.',
    formErrors: 'The form has errors',
    hello: 'Hello',
    servicePoints: 'Service points',
    addServicePoint: 'Add a service point',
    newServicePoint: 'New service point',
    nameField: 'Name',
    required: 'required',
    save: 'Save',
    nav: 'Main navigation',
  },
} as const

/** The PIV footer of every page. */
async function checkFooter(page: Page): Promise<void> {
  await page
    .getByRole('contentinfo')
    .getByText(/© Gouvernement du Québec/)
    .waitFor()
}

/** The government signature in the PIV header, its image actually loaded from the kit. */
async function checkSignature(page: Page, lang: Lang): Promise<void> {
  const logo = page.getByRole('banner').getByRole('img', { name: text[lang].logo })
  await logo.waitFor()
  assert.ok(
    // decode() waits for an image still loading (a slow run would otherwise read it too early); it rejects on a
    // broken image, which leaves naturalWidth at 0.
    await logo.evaluate(async (img: HTMLImageElement) => {
      await img.decode().catch(() => undefined)
      return img.naturalWidth > 0
    }),
    'the signature image loads',
  )
}

/** A link of the PIV header shown at the current width (the kit renders the title twice, one copy per layout). */
async function headerLink(page: Page, name: string | RegExp): Promise<void> {
  const exact = typeof name === 'string'
  await page.getByRole('banner').getByRole('link', { name, exact }).filter({ visible: true }).first().waitFor()
}

/** The PIV header of the public site: the signature, the organization's name, the language and contact links. */
export async function checkPublicFrame(page: Page, lang: Lang): Promise<void> {
  await checkSignature(page, lang)
  await headerLink(page, ORGANIZATION)
  await headerLink(page, text[lang].otherLang)
  await headerLink(page, text[lang].contact)
  await checkFooter(page)
}

/** The PIV header of the staff app: the signature, the service's name, the language, and the signed-in person. */
export async function checkStaffFrame(page: Page, lang: Lang, signedIn: boolean): Promise<void> {
  await checkSignature(page, lang)
  await headerLink(page, 'Escale')
  await headerLink(page, text[lang].otherLang)
  const signOut = page.getByRole('banner').getByRole('button', { name: text[lang].signOut })
  if (signedIn) {
    await headerLink(page, new RegExp(demoNames.admin))
    await signOut.filter({ visible: true }).waitFor()
  } else {
    assert.equal(await signOut.count(), 0, 'no sign-out button before sign-in')
  }
  await checkFooter(page)
}

/**
 * The error summary of a form sent empty: an alert headed "the form has errors" whose link for the required field
 * `label` leads to that field, which is announced as required, marked invalid, and shows the summary's message.
 */
export async function checkRequiredFieldError(page: Page, lang: Lang, label: string): Promise<void> {
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: text[lang].formErrors }) })
  await summary.waitFor()
  const link = summary.getByRole('link', { name: new RegExp(`^${label}\\s?:`) })
  // Its accessible name (getByLabel would read the label's text, the asterisk for sighted readers included).
  const field = page.getByRole('textbox', { name: `${label} (${text[lang].required})`, exact: true })
  assert.equal(await link.getAttribute('href'), `#${await field.getAttribute('id')}`, `the summary links to ${label}`)
  assert.equal(await field.getAttribute('aria-invalid'), 'true', `${label} is marked invalid`)
  // The field's error is what its aria-describedby names (read after the label by a screen reader): nothing
  // user-facing names that text but this relation, hence the ids.
  const message = (await link.innerText()).replace(/^[^:]*:\s*/, '')
  const ids = (await field.getAttribute('aria-describedby'))?.split(' ') ?? []
  const shown = await Promise.all(
    ids.map(async (id) => {
      const described = page.locator(`[id="${id}"]`)
      return (await described.isVisible()) ? await described.innerText() : ''
    }),
  )
  assert.ok(shown.includes(message), `${label} shows its error "${message}" (it shows: ${shown.join(' | ')})`)
}
