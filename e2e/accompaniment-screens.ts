import assert from 'node:assert/strict'
import type { Locator, Page } from 'playwright-core'
import type { Journey } from './accompaniment-steps.js'
import { expectNoAxeViolations, type Lang } from './harness.js'
import { demoPerson } from './seed-facts.js'

// The screens of Accompagnement Québec beyond the journey's: the forms to create and edit, the confirmation pages, the
// triage of a request, a referral's re-route and cancel, the right of access and the needs catalogue. Addresses that
// hold an id are read from the links that lead there, as a user would follow them.

/** The address a link leads to (its path and query). */
async function hrefOf(link: Locator): Promise<string> {
  const href = await link.first().getAttribute('href')
  assert.ok(href, 'the link has an address')
  return href
}

async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(new URL(path, page.url()).href)
  assert.ok(response?.ok(), `${path} answers ${response?.status()}`)
}

/** The agent's other screens, found from the journey's person and dossier and from the work queue. */
export async function agentPaths(page: Page, j: Journey): Promise<string[]> {
  const person = `/app/personnes/${j.personId}`
  const dossier = `/app/dossiers/${j.dossierId}`
  await open(page, `${person}/consentements`)
  const withdraw = await hrefOf(page.getByRole('link', { name: /^Retirer/ }))
  await open(page, '/app/demandes')
  await open(page, await hrefOf(page.getByRole('region', { name: 'Demandes en ligne' }).getByRole('link')))
  const request = new URL(page.url()).pathname
  // A referral still waiting for the partner's answer (src/seed/demo-people.ts): re-route or cancel it.
  await open(page, '/app/mon-travail')
  const waiting = page.getByRole('region', { name: 'Références en attente de réponse', exact: true })
  await open(page, `${await hrefOf(waiting.getByRole('link'))}/references`)
  const reroute = await hrefOf(page.getByRole('link', { name: 'Réacheminer la référence' }))
  const cancel = await hrefOf(page.getByRole('link', { name: 'Annuler la référence' }))
  return [
    '/app/personnes/nouvelle',
    `${person}/modifier`,
    `/app/dossiers/nouveau?person=${j.personId}`,
    ...['fermer', 'assigner', 'transfert'].map((slug) => `${dossier}/${slug}`),
    withdraw,
    request,
    `${request}/dossier`,
    `${request}/rejeter`,
    reroute,
    cancel,
  ]
}

/** The right of access (directors and admins) to the journey's person. */
export const directorPaths = (j: Journey) => [`/app/personnes/${j.personId}/acces`]

/** The needs catalogue and its forms (admins). */
export const adminPaths = [
  '/app/admin/besoins',
  '/app/admin/besoins/nouveau',
  '/app/admin/besoins/housing',
  '/app/admin/besoins/housing/retirer',
]

/**
 * No two elements share an id. axe no longer checks it, yet a label's `for` and an error's `aria-describedby` find the
 * first element only: the second field of a pair would lose its name and its error.
 */
export async function expectUniqueIds(page: Page, what: string): Promise<void> {
  const repeated = await page.evaluate(() => {
    const ids = Array.from(document.querySelectorAll('[id]'), (e) => e.id)
    return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))]
  })
  assert.deepEqual(repeated, [], `${what}: ids used twice`)
}

/** Each address in the page's current language: it answers, has a main heading, and no axe violation. */
export async function sweep(page: Page, paths: string[], lang: Lang): Promise<void> {
  for (const path of paths) {
    await open(page, path)
    await page.getByRole('heading', { level: 1 }).waitFor()
    assert.match((await page.locator('html').getAttribute('lang')) ?? '', new RegExp(`^${lang}\\b`), path)
    await expectNoAxeViolations(page, `${path} (${lang})`)
    await expectUniqueIds(page, path)
  }
}

/** A form sent as it is, or after `fill`: its error summary, the page's language, no axe violation. */
export async function sendWithErrors(page: Page, what: string, submit: Locator, fill?: () => Promise<void>) {
  await fill?.()
  await submit.click()
  await page.getByRole('heading', { name: 'Le formulaire contient des erreurs' }).waitFor()
  await expectNoAxeViolations(page, `${what} with its errors`)
  await expectUniqueIds(page, `${what} with its errors`)
}

/** The agent's forms sent with errors: a new person, a need without priority, a step, a referral, a consent. */
export async function agentFormErrors(page: Page, j: Journey): Promise<void> {
  const dossier = `/app/dossiers/${j.dossierId}`
  await open(page, '/app/personnes/nouvelle')
  await sendWithErrors(page, 'the new person form', page.getByRole('button', { name: 'Enregistrer' }))
  await open(page, `${dossier}/besoins`)
  await sendWithErrors(
    page,
    'the needs assessment',
    page.getByRole('button', { name: 'Enregistrer les besoins' }),
    () => page.getByRole('checkbox', { name: 'Logement', exact: true }).check(),
  )
  const priority = page.getByRole('combobox', { name: 'Priorité Logement', exact: true })
  await priority.waitFor()
  // At 375 px the grid scrolls in its own region rather than squeezing its controls to nothing.
  const width = await priority.evaluate((select) => select.getBoundingClientRect().width)
  assert.ok(width >= 100, `the needs grid's selects keep a usable width (${width}px)`)
  await open(page, `${dossier}/besoins`)
  await sendWithErrors(page, 'the plan step form', page.getByRole('button', { name: 'Ajouter l’étape' }))
  await open(page, `${dossier}/references`)
  await sendWithErrors(page, 'the referral form', page.getByRole('button', { name: 'Envoyer la référence' }))
  await open(page, `/app/personnes/${j.personId}/consentements`)
  await sendWithErrors(page, 'the consent form', page.getByRole('button', { name: 'Consigner' }))
  await open(page, dossier)
  await sendWithErrors(page, 'the intervention form', page.getByRole('button', { name: 'Enregistrer l’intervention' }))
  assert.ok((await page.getByRole('main').innerText()).includes(demoPerson.name))
}
