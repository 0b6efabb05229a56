import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { pathOf } from './accompaniment-steps.js'
import { expectNoAxeViolations } from './harness.js'
import { demoEmployers, seedRegion } from './seed-facts.js'

// The steps of the employer services journey (issue 8), one function each: the region's advisor opens an enterprise
// of the demo, creates a labour need through the CNP picker, reads the ranked candidates and their reasons, proposes
// a candidate settled in Montréal who would move to Gaspésie, records the enterprise's answers (interview, then hire)
// and finds the hire in the interregional mobility view.

/** What the journey made, for the walks that follow it (node:test runs a file's tests in order). */
export type Journey = { enterpriseId: string; needId: string; candidateId: string; proposalId: string }

/** What the advisor types: a cook's position whose CNP 63200 the demo's Montréal cook declared. */
export const typed = {
  title: 'Cuisinier ou cuisinière de ligne',
  cnpWords: 'cuisiniers',
  cnp: { code: '63200', suggestion: '63200 — Cuisiniers/cuisinières' },
  frenchLevel: '7',
  experienceYears: '2',
} as const

/** Today's civil date in Québec, as the app's clock gives it. */
export const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date())

/** The count of hires from Montréal into the demo region on the mobility view (0 when its row is missing). */
export async function hiresFromMontreal(page: Page): Promise<number> {
  await page.goto(new URL('/app/embauches/mobilite', page.url()).href)
  await page.getByRole('heading', { level: 1, name: 'Mobilité interrégionale' }).waitFor()
  await expectNoAxeViolations(page, 'the mobility view')
  const table = page.getByRole('region', { name: 'Embauches par région d’origine' })
  const row = table.getByRole('row').filter({ hasText: 'Montréal' })
  if ((await row.count()) === 0) return 0
  const m = new RegExp(`^Montréal\\s+${seedRegion.name}\\s+(\\d+)$`).exec((await row.innerText()).trim())
  assert.ok(m, await row.innerText())
  return Number(m[1])
}

/** The demo's enterprise found in the list, its page with its labour needs. */
export async function openEnterprise(page: Page): Promise<string> {
  await page.goto(new URL('/app/entreprises', page.url()).href)
  await page.getByRole('heading', { level: 1, name: 'Entreprises' }).waitFor()
  await expectNoAxeViolations(page, 'the enterprises')
  await page.getByRole('main').getByRole('link', { name: demoEmployers.journeyEnterprise, exact: true }).click()
  await page.getByRole('heading', { level: 1, name: demoEmployers.journeyEnterprise }).waitFor()
  await expectNoAxeViolations(page, 'an enterprise')
  return pathOf(page).split('/').at(-1)!
}

/** The CNP picker with JavaScript: words typed, a suggestion appears; chosen, its code fills the field. */
async function pickCnp(page: Page): Promise<void> {
  const field = page.getByRole('textbox', { name: /^Profession \(CNP 2021\)/ })
  await field.pressSequentially(typed.cnpWords)
  const suggestion = page.getByRole('list', { name: 'Suggestions' }).getByRole('button', { name: typed.cnp.suggestion })
  await suggestion.waitFor()
  await expectNoAxeViolations(page, 'the labour need form with the CNP suggestions')
  await suggestion.click()
  await page.waitForFunction(
    (code) => (document.getElementById('f-cnpCode') as HTMLInputElement | null)?.value === code,
    typed.cnp.code,
  )
}

/** From the enterprise page, a new labour need: one permanent cook's position, French 7, two years' experience. */
export async function createNeed(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Nouveau besoin' }).click()
  const heading = `Nouveau besoin de main-d’œuvre — ${demoEmployers.journeyEnterprise}`
  await page.getByRole('heading', { level: 1, name: heading }).waitFor()
  await expectNoAxeViolations(page, 'the labour need form')
  await page.getByRole('textbox', { name: /^Titre du poste/ }).fill(typed.title)
  await pickCnp(page)
  await page.getByRole('textbox', { name: /^Nombre de postes/ }).fill('1')
  await page.getByRole('radio', { name: 'Permanent' }).check()
  await page.getByRole('textbox', { name: /^Niveau de français requis/ }).fill(typed.frenchLevel)
  await page.getByRole('textbox', { name: /^Années d’expérience/ }).fill(typed.experienceYears)
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
  await page.getByText('Le besoin de main-d’œuvre est enregistré.').waitFor()
  await page.getByRole('heading', { level: 1, name: typed.title }).waitFor()
  assert.match(await page.getByRole('main').innerText(), /63200 — Cuisiniers\/cuisinières/)
  await expectNoAxeViolations(page, 'the new labour need')
  return pathOf(page).split('/').at(-1)!
}

/** The need's ranked candidates: the Montréal cook with a percentage and each criterion's words; proposed. */
export async function proposeMobileCandidate(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Candidats classés' }).click()
  await page.getByRole('heading', { level: 1, name: `Candidats pour le besoin : ${typed.title}` }).waitFor()
  await expectNoAxeViolations(page, 'the ranked candidates')
  const cook = demoEmployers.mobileCook
  const ranked = await page.getByRole('main').innerText()
  // The cook's entry: from his rank to the next candidate's.
  const from = ranked.slice(ranked.indexOf(`. ${cook}\n`))
  const next = from.search(/\n\d+\. /)
  const block = next < 0 ? from : from.slice(0, next)
  assert.match(block, /^\. .+\n+Montréal · disponible le/, block)
  assert.match(block, /Score : \d{1,3} %/, block)
  for (const words of [
    'même groupe de base (CNP 63200)',
    `français : niveau ${typed.frenchLevel} requis, niveau 6 déclaré`,
    'expérience : 2 ans exigés, 7 ans déclarés',
    `souhaite s’établir en ${seedRegion.name}`,
  ]) {
    assert.ok(block.includes(words), `${words} in:\n${block}`)
  }
  const candidateId = (await page.getByRole('link', { name: cook, exact: true }).getAttribute('href'))!
    .split('/')
    .at(-1)!
  await page.getByRole('button', { name: `Proposer : ${cook}` }).click()
  await page.getByText('Le candidat a été proposé à l’entreprise.').waitFor()
  await expectNoAxeViolations(page, 'the ranked candidates after a proposal')
  return candidateId
}

/** The proposal found in the proposals list (the cook's, for the journey's need); its page. */
export async function openProposal(page: Page): Promise<string> {
  await page.goto(new URL('/app/propositions', page.url()).href)
  await page.getByRole('heading', { level: 1, name: 'Propositions de candidats' }).waitFor()
  const row = page.getByRole('row').filter({ hasText: demoEmployers.mobileCook }).filter({ hasText: typed.title })
  assert.match(await row.innerText(), new RegExp(`${demoEmployers.journeyEnterprise}\\tProposée`))
  await row.getByRole('link').click()
  await page.getByRole('heading', { level: 1, name: `Proposition — ${typed.title}` }).waitFor()
  await expectNoAxeViolations(page, 'a proposal')
  return pathOf(page).split('/').at(-1)!
}

/** The enterprise's answers: an interview, then a permanent hire today. */
export async function interviewThenHire(page: Page): Promise<void> {
  await page.getByRole('radio', { name: 'Entrevue prévue' }).check()
  await page.getByRole('button', { name: 'Enregistrer la réponse' }).click()
  await page.getByText('La réponse est enregistrée.').waitFor()
  await expectNoAxeViolations(page, 'a proposal in interview')
  await page.getByRole('radio', { name: 'Embauche', exact: true }).check()
  await page.getByLabel('Date d’embauche').fill(today())
  await page.getByRole('combobox', { name: /^Type d’emploi/ }).selectOption('permanent')
  await page.getByRole('button', { name: 'Enregistrer la réponse' }).click()
  await page.getByText('La réponse est enregistrée.').waitFor()
  const main = await page.getByRole('main').innerText()
  assert.match(main, /Entrevue → Embauchée/, main)
  await expectNoAxeViolations(page, 'a proposal hired')
}
