import type { Ctx } from '../modules/access/index.js'
import { civilDate } from '../modules/territory/index.js'
import {
  addPlanStep,
  addDays,
  addWorkingDays,
  assessNeeds,
  changeDossierStatus,
  closeDossier,
  createPerson,
  openDossier,
  recordConsent,
  currentRequestConsentText,
  recordIntervention,
  submitSupportRequest,
  updatePlanStep,
  withdrawConsent,
} from '../modules/people/index.js'
import { demoReferral, type ReferralScript } from './demo-referrals.js'
import { needSets, profileOf } from './demo-profiles.js'

// Accompagnement Québec in the demo region. The seed document's Bilan counts 83 persons accompanied between the
// announcement of the regionalization (August 2019) and June 30, 2021: exactly 83 demo persons have an intervention in
// that period (two of them on its first and last days), four only before it and six only after it (one on July 1st,
// 2021), so the counting rule has something to refuse.
export const DEMO_PERIOD = { from: '2019-08-01', to: '2021-06-30' } as const
export const DEMO_ACCOMPANIED = 83
const BEFORE = 4
const AFTER = 6

export type DemoPlaces = {
  points: { cathedrale: string; sandy: string; carleton: string }
  agents: { amina: string; marcAndre: string }
  organizations: readonly string[]
}

/** The context acting on a given day (mid-morning in Québec): records carry the dates they would have had. */
const on = (ctx: Ctx, date: string): Ctx => ({ ...ctx, now: new Date(`${date}T15:00:00Z`) })

type Script = {
  startsOn: string
  openOn: string
  place: 'cathedrale' | 'sandy' | 'carleton'
  agent: boolean
  visits: string[]
  closeOn?: string
  referral?: ReferralScript
}

const outcomes: ReferralScript[] = [
  'completed',
  'not_completed',
  'declined',
  'completed',
  'expired',
  'rerouted',
  'cancelled',
  'completed',
]

/** The story of in-period person `i` (0–82): arrival, first meeting, follow-ups, closure, maybe a referral. */
function inPeriodScript(i: number): Script {
  const place = (['sandy', 'carleton', 'cathedrale'] as const)[i % 3]!
  if (i === 0) return { startsOn: '2019-07-29', openOn: '2019-08-01', place, agent: true, visits: ['2019-08-01'] }
  if (i === 1) return { startsOn: '2021-06-22', openOn: '2021-06-22', place, agent: true, visits: ['2021-06-30'] }
  const startsOn = addDays('2019-08-05', Math.floor((i * 680) / DEMO_ACCOMPANIED))
  // Most first meetings within the five working days of the standard; every seventh one late.
  const first = addWorkingDays(startsOn, i % 7 === 0 ? 8 : 1 + (i % 4))
  const visits = [first, addDays(first, 21), addDays(first, 49), addDays(first, 95)].slice(0, 1 + (i % 4))
  const last = visits[visits.length - 1]!
  const closeOn = i % 5 === 4 ? undefined : addWorkingDays(last, 20)
  const referral = i % 4 === 2 ? outcomes[Math.floor(i / 4) % outcomes.length] : undefined
  return { startsOn, openOn: startsOn, place, agent: true, visits, closeOn, referral }
}

/** Persons accompanied only before the period (one on its eve), at the office open since April 2019. */
function beforeScript(j: number): Script {
  const startsOn = addDays('2019-05-06', 14 * j)
  const visits = j === 0 ? ['2019-07-31'] : [addWorkingDays(startsOn, 2), addWorkingDays(startsOn, 15)]
  return { startsOn, openOn: startsOn, place: 'cathedrale', agent: false, visits, closeOn: '2019-07-31' }
}

/** Persons accompanied only after it: one on July 1st, 2021, the others up to this week (open work today). */
function afterScript(j: number, today: string): Script {
  if (j === 0)
    return { startsOn: '2021-06-28', openOn: '2021-06-28', place: 'sandy', agent: true, visits: ['2021-07-01'] }
  if (j === 1) {
    const visits = ['2023-03-14', '2023-04-11']
    return {
      startsOn: '2023-03-09',
      openOn: '2023-03-09',
      place: 'carleton',
      agent: true,
      visits,
      referral: 'completed',
    }
  }
  // This week's arrivals: first meetings due (one overdue), a plan under way with open referrals to the partner.
  const startsOn = addDays(today, -[9, 4, 20, 6][j - 2]!)
  const visits = j >= 4 ? [addWorkingDays(startsOn, 2)] : []
  const referral = j === 4 ? 'accepted' : j === 5 ? 'sent' : undefined
  return { startsOn, openOn: startsOn, place: 'sandy', agent: true, visits, referral }
}

async function addNeedsAndPlan(ctx: Ctx, dossierId: string, i: number, places: DemoPlaces, closeOn?: string) {
  const set = needSets[i % needSets.length]!
  const needs = await assessNeeds(ctx, dossierId, {
    needs: set.map((n, k) => ({
      code: n.code,
      priority: (['high', 'medium', 'low'] as const)[k % 3]!,
      status: 'identified',
    })),
  })
  const today = ctx.now.toISOString().slice(0, 10)
  for (const [k, n] of set.entries()) {
    const step = await addPlanStep(ctx, dossierId, {
      needId: needs.find((x) => x.code === n.code)!.id,
      action: n.action,
      responsible: n.responsible,
      organizationId: n.responsible === 'partner' ? places.organizations[(i + k) % places.organizations.length] : null,
      dueOn: addDays(today, 30 + 15 * k),
      status: 'planned',
    })
    if (closeOn) await updatePlanStep(on(ctx, addDays(closeOn, -7)), step.id, { status: 'done' })
  }
  return needs.map((n) => n.id)
}

/** The person of script `i` and their dossier, opened on the script's day at its service point. */
async function openDemoDossier(ctx: Ctx, i: number, script: Script, places: DemoPlaces) {
  const profile = profileOf(i)
  const person = await createPerson(on(ctx, script.openOn), {
    ...profile,
    regionCode: '11',
    arrivalDate: script.startsOn,
    citizenships: profile.citizenships,
    confirmedNotDuplicate: false,
  })
  // Marc-André Cyr works from Carleton-sur-Mer, Amina Diallo from Gaspé.
  const agent = script.place === 'carleton' ? places.agents.marcAndre : places.agents.amina
  const dossier = await openDossier(on(ctx, script.openOn), {
    personId: person.id,
    servicePointId: places.points[script.place],
    agentId: script.agent ? agent : undefined,
    intakeChannel: (['walk_in', 'airport_welcome', 'pre_departure', 'partner_referral', 'online_request'] as const)[
      i % 5
    ]!,
    startsOn: script.startsOn,
  })
  return { personId: person.id, dossierId: dossier.id }
}

/** One intervention on each day of the script's visits, the first one being the first meeting. */
async function recordVisits(ctx: Ctx, i: number, dossierId: string, visits: string[]) {
  for (const day of visits) {
    await recordIntervention(on(ctx, day), dossierId, {
      occurredAt: new Date(`${day}T14:30:00Z`),
      mode: (['in_person', 'phone', 'video', 'in_person'] as const)[i % 4]!,
      durationMinutes: 30 + 15 * (i % 4),
      summary:
        day === visits[0] ? 'Première rencontre : accueil et évaluation des besoins.' : 'Suivi du plan d’action.',
    })
  }
}

/** The consent to share, then the referral the day after the first meeting, played to the script's end. */
async function referWithConsent(
  ctx: Ctx,
  i: number,
  to: { personId: string; dossierId: string; needIds: string[]; first: string },
  end: ReferralScript,
  places: DemoPlaces,
) {
  const ctxFirst = on(ctx, to.first)
  const consent = await recordConsent(ctxFirst, to.personId, { purpose: 'referral_sharing', givenOn: to.first })
  if (i % 8 === 2) await recordConsent(ctxFirst, to.personId, { purpose: 'contact_sharing', givenOn: to.first })
  const organizationId = places.organizations[end === 'completed' || i > DEMO_ACCOMPANIED ? 3 : i % 4]!
  const referral = { dossierId: to.dossierId, needIds: to.needIds, organizationId }
  await demoReferral(on(ctx, addDays(to.first, 1)), referral, end, places)
  // One person withdrew the consent after the referral was completed: the partner now sees only that.
  if (i === 2) await withdrawConsent(on(ctx, addDays(to.first, 60)), consent.id)
}

async function playScript(ctx: Ctx, i: number, script: Script, places: DemoPlaces): Promise<string> {
  const { personId, dossierId } = await openDemoDossier(ctx, i, script, places)
  await recordVisits(ctx, i, dossierId, script.visits)
  const first = script.visits[0]
  if (!first) return personId
  const ctxFirst = on(ctx, first)
  await changeDossierStatus(ctxFirst, dossierId, { to: 'assessment' })
  const needIds = await addNeedsAndPlan(ctxFirst, dossierId, i, places, script.closeOn)
  await changeDossierStatus(ctxFirst, dossierId, { to: 'active_plan' })
  if (script.referral) await referWithConsent(ctx, i, { personId, dossierId, needIds, first }, script.referral, places)
  if (script.visits.length > 1) await changeDossierStatus(on(ctx, script.visits[1]!), dossierId, { to: 'follow_up' })
  if (script.closeOn) {
    const reason = (['goals_met', 'goals_met', 'moved_out_of_region', 'no_longer_reachable'] as const)[i % 4]!
    await closeDossier(on(ctx, script.closeOn), dossierId, { closureReason: reason })
  }
  return personId
}

/** Two requests sent from the public site this week, waiting in the region's triage queue. */
async function demoRequests(ctx: Ctx, today: string): Promise<void> {
  const text = await currentRequestConsentText(on(ctx, today))
  if (!text) return
  const asked = [
    { givenName: 'Karima', familyName: 'Bouzid', email: 'karima.bouzid@courriel.example', preferredLanguage: 'fr' },
    { givenName: 'Daniel', familyName: 'Okafor', phone: '418 555-0199', preferredLanguage: 'en' },
  ] as const
  for (const [k, person] of asked.entries()) {
    await submitSupportRequest(on(ctx, addDays(today, -1 - k)), {
      ...person,
      regionCode: '11',
      message:
        k === 0 ? 'Nous arrivons à Gaspé en janvier avec deux enfants.' : 'I start a job in Carleton next month.',
      consentTextId: text.id,
      consent: 'true',
    })
  }
}

/**
 * Loads the demo region's persons, dossiers, needs, plans, interventions, consents and referrals; returns the ids of
 * the persons accompanied in the period, by index (the employers' demo makes candidates of some of them).
 */
export async function loadDemoPeople(ctx: Ctx, places: DemoPlaces): Promise<string[]> {
  // Québec's date, not UTC's: in the evening UTC is already tomorrow, and today's work would be a day off.
  const today = civilDate(ctx.now)
  const accompanied: string[] = []
  for (let i = 0; i < DEMO_ACCOMPANIED; i++) accompanied.push(await playScript(ctx, i, inPeriodScript(i), places))
  for (let j = 0; j < BEFORE; j++) await playScript(ctx, DEMO_ACCOMPANIED + j, beforeScript(j), places)
  for (let j = 0; j < AFTER; j++) await playScript(ctx, DEMO_ACCOMPANIED + BEFORE + j, afterScript(j, today), places)
  await demoRequests(ctx, today)
  return accompanied
}
