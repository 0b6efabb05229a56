import { type Ctx, findUserByEmail } from '../modules/access/index.js'
import {
  advisorServiceInput,
  answerInput,
  answerProposal,
  createEnterprise,
  createLabourNeed,
  createProfile,
  createProposal,
  enterpriseInput,
  labourNeedInput,
  markFollowUpDone,
  profileInput,
  proposalInput,
  recordAdvisorService,
} from '../modules/employers/index.js'
import { addDays, createPerson, personInput, recordConsent } from '../modules/people/index.js'
import { civilDate } from '../modules/territory/index.js'
import {
  accompaniedEnterprises,
  type DemoCandidate,
  type DemoEnterprise,
  enterprisesOutsidePeriod,
  montrealCandidates,
  regionalCandidates,
} from './demo-employers-data.js'

// Employer services in the demo region. The seed document's Bilan counts 19 enterprises accompanied between August
// 2019 and June 30, 2021: exactly 19 demo enterprises have an advisor service dated in that period (one on each of its
// ends), four only outside it, so the counting rule has something to refuse. Everything goes through the services.
export const DEMO_ENTERPRISES_ACCOMPANIED = 19
/** Hires of the demo, and those of candidates who lived in another region (Montréal) when hired. */
export const DEMO_HIRES = 4
export const DEMO_INTERREGIONAL_HIRES = 2

/** The context acting on a given day (mid-morning in Québec): records carry the dates they would have had. */
const on = (ctx: Ctx, date: string): Ctx => ({ ...ctx, now: new Date(`${date}T15:00:00Z`) })

type Loaded = { enterpriseIds: Map<string, string>; needIds: Map<string, string> }

/** An enterprise, its services (by the region's advisor) and its labour needs, each on its own date. */
async function loadEnterprise(ctx: Ctx, e: DemoEnterprise, k: number, advisorId: string | null, loaded: Loaded) {
  const firstOn = e.services[0]![0]
  const lastOn = e.services.at(-1)![0]
  const enterprise = await createEnterprise(
    on(ctx, firstOn),
    enterpriseInput.parse({
      legalName: e.legalName,
      neq: `11${String(71_300_000 + k * 104_729).slice(0, 8)}`,
      scianCode: e.scianCode,
      sizeBand: e.sizeBand,
      city: e.city,
      mrcCode: e.mrcCode,
      regionCode: '11',
    }),
  )
  loaded.enterpriseIds.set(e.legalName, enterprise.id)
  for (const [servedOn, kind, followUpOn] of e.services) {
    const outcome = 'Besoins discutés ; prochaines étapes convenues avec l’entreprise.'
    const service = await recordAdvisorService(
      on(ctx, servedOn),
      advisorServiceInput.parse({ enterpriseId: enterprise.id, kind, servedOn, advisorId, outcome, followUpOn }),
    )
    // Years ago: the follow-up was made on its day (only the recent services below wait in « Mon travail »).
    if (followUpOn) await markFollowUpDone(on(ctx, followUpOn), service.id)
  }
  for (const need of e.needs) {
    const created = await createLabourNeed(
      on(ctx, lastOn),
      labourNeedInput.parse({ ...need, enterpriseId: enterprise.id }),
    )
    loaded.needIds.set(`${e.legalName}|${need.cnpCode}`, created.id)
  }
}

/** Two services of these weeks: a follow-up due in a few days and one overdue (the advisor's « Mon travail »). */
async function loadRecentServices(ctx: Ctx, loaded: Loaded, advisorId: string | null) {
  const today = civilDate(ctx.now)
  const recent: [string, string, number, number][] = [
    ['Crustacés des Îles, coopérative', 'recruitment_strategy', -12, 3],
    ['Éoliennes Vents du Large S.E.C.', 'interregional_mobility', -40, -5],
  ]
  for (const [name, kind, servedDays, followUpDays] of recent) {
    const servedOn = addDays(today, servedDays)
    await recordAdvisorService(
      on(ctx, servedOn),
      advisorServiceInput.parse({
        enterpriseId: loaded.enterpriseIds.get(name),
        kind,
        servedOn,
        advisorId,
        outcome: 'Saison 2027 : besoins à confirmer.',
        followUpOn: addDays(today, followUpDays),
      }),
    )
  }
}

/** The job-matching consent, then the profile, on the day given. */
async function makeCandidate(ctx: Ctx, personId: string, c: DemoCandidate, regionCode: string, day: string) {
  await recordConsent(on(ctx, day), personId, { purpose: 'job_matching', givenOn: day })
  const mobilityRegionCodes = regionCode === '11' ? [] : ['11']
  const profile = await createProfile(
    on(ctx, day),
    profileInput.parse({ ...c, personId, currentRegionCode: regionCode, mobilityRegionCodes }),
  )
  return profile.id
}

/** Profiles of some of the region's persons, and of four persons settled in Montréal who would move to the region. */
async function loadCandidates(ctx: Ctx, personIds: readonly string[]): Promise<Map<string, string>> {
  const profiles = new Map<string, string>()
  for (const [index, c] of regionalCandidates) {
    profiles.set(`#${index}`, await makeCandidate(ctx, personIds[index]!, c, '11', '2021-01-15'))
  }
  for (const [k, [givenName, familyName, c]] of montrealCandidates.entries()) {
    const person = await createPerson(
      on(ctx, '2021-01-20'),
      personInput.parse({
        givenName,
        familyName,
        birthDate: `${1984 + k}-0${3 + k}-1${k}`,
        citizenships: [['DZ', 'CO', 'VN', 'SN'][k]!],
        languages: ['fr'],
        frenchOralComprehension: c.frenchLevel,
        frenchOralProduction: c.frenchLevel,
        regionCode: '06',
        mrcCode: '66',
        city: 'Montréal',
        arrivalDate: '2018-09-01',
      }),
    )
    profiles.set(givenName, await makeCandidate(ctx, person.id, c, '06', '2021-01-20'))
  }
  return profiles
}

type Story = { candidate: string; need: string; proposedOn: string; answers: [string, Record<string, string>][] }

/** Who was proposed where, and what the enterprise answered (four hires, two of them from Montréal). */
const stories: Story[] = [
  {
    candidate: 'Karim',
    need: 'Éoliennes Vents du Large S.E.C.|72400',
    proposedOn: '2021-03-09',
    answers: [
      ['2021-03-23', { move: 'interview' }],
      ['2021-04-12', { move: 'hired', hiredOn: '2021-04-12' }],
    ],
  },
  {
    candidate: 'Lucía',
    need: 'Résidence Soleil-Levant|33102',
    proposedOn: '2021-02-23',
    answers: [['2021-03-29', { move: 'hired', hiredOn: '2021-03-29' }]],
  },
  {
    candidate: '#3',
    need: 'Poissonnerie Cap-aux-Vents inc.|94142',
    proposedOn: '2021-04-06',
    answers: [['2021-04-26', { move: 'hired', hiredOn: '2021-04-26' }]],
  },
  {
    candidate: '#41',
    need: 'Pêcheries Baie-des-Chaleurs ltée|84121',
    proposedOn: '2021-03-16',
    answers: [
      ['2021-03-30', { move: 'interview' }],
      ['2021-04-15', { move: 'hired', hiredOn: '2021-04-15' }],
    ],
  },
  {
    candidate: 'Nguyen',
    need: 'Auberge du Barachois|63200',
    proposedOn: '2021-04-20',
    answers: [['2021-05-04', { move: 'declined', declineReason: 'availability' }]],
  },
  {
    candidate: '#7',
    need: 'Auberge du Barachois|63200',
    proposedOn: '2021-04-20',
    answers: [['2021-05-04', { move: 'interview' }]],
  },
  {
    candidate: 'Oumar',
    need: 'Construction Rocher-Percé inc.|72310',
    proposedOn: '2021-05-25',
    answers: [['2021-06-08', { move: 'interview' }]],
  },
  {
    candidate: '#12',
    need: 'Coopérative de soins à domicile de la Haute-Gaspésie|44101',
    proposedOn: '2021-04-13',
    answers: [],
  },
]

async function loadProposals(ctx: Ctx, profiles: Map<string, string>, loaded: Loaded) {
  for (const s of stories) {
    const proposal = await createProposal(
      on(ctx, s.proposedOn),
      proposalInput.parse({
        labourNeedId: loaded.needIds.get(s.need),
        profileId: profiles.get(s.candidate),
        proposedOn: s.proposedOn,
      }),
    )
    for (const [day, answer] of s.answers) {
      await answerProposal(on(ctx, day), proposal.id, answerInput.parse({ ...answer, on: day }))
    }
  }
}

/**
 * Loads the demo region's enterprises, advisor services, labour needs, candidate profiles (some of `personIds`, the
 * region's persons accompanied in the period, by index), proposals and hires.
 */
export async function loadDemoEmployers(ctx: Ctx, personIds: readonly string[]): Promise<void> {
  // Julie Arsenault, the region's advisor, gave the services.
  const advisorId = (await findUserByEmail(ctx.db, 'advisor@escale.example'))?.id ?? null
  const loaded: Loaded = { enterpriseIds: new Map(), needIds: new Map() }
  const all = [...accompaniedEnterprises, ...enterprisesOutsidePeriod]
  for (const [k, e] of all.entries()) await loadEnterprise(ctx, e, k, advisorId, loaded)
  await loadRecentServices(ctx, loaded, advisorId)
  const profiles = await loadCandidates(ctx, personIds)
  await loadProposals(ctx, profiles, loaded)
}
