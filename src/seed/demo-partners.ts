import type { Ctx } from '../modules/access/index.js'
import {
  addAmendment,
  addDeliverable,
  changeAgreementStatus,
  createAction,
  createAgreement,
  createOrganization,
  fiscalYearLabel,
  fiscalYearOf,
  listOrganizationsOfRegion,
  listPrograms,
  markInstalmentPaid,
  recordDeliverableReceived,
  replaceSchedule,
  reviewDeliverable,
} from '../modules/partners/index.js'
import { addDays } from '../platform/civil-date.js'
import { civilDate } from '../platform/clock.js'
import { type DemoAction, demoActions } from './demo-partners-actions.js'
import {
  type DemoAgreement,
  extraOrganizations,
  inForceAgreements,
  type OrgKey,
  pastOutsideAgreements,
  resourceOrgKeys,
} from './demo-partners-data.js'

// The demo region's agreements, played through the partners services as the directorate would have recorded them:
// each step on its own civil date (the context's clock set to that day), so statuses, reviews and payments carry their
// dates and the audit journal its history. Dates are fixed for the Bilan's period; the agreement running today and
// the one in preparation are placed relative to the day the demo is loaded, so its reminders are always current.

const REGION = '11'
const on = (ctx: Ctx, date: string): Ctx => ({ ...ctx, now: new Date(`${date}T15:00:00Z`) })
const maxDate = (a: string, b: string) => (a > b ? a : b)
const cents = (dollars: number) => dollars * 100

type Ids = { orgs: Record<OrgKey, string>; volets: Map<string, string> }
type Deliverable = { id: string; agreementId: string; dueOn: string; year: number | null }
type Row = { plannedOn: string; amountCents: number; condition: string; deliverableId?: string }

/** The four resource organizations (as `loadDemo` created them) and the MRCs and municipality, found or created. */
async function organizationIds(ctx: Ctx, resourceIds: readonly string[]): Promise<Record<OrgKey, string>> {
  const ids = Object.fromEntries(resourceOrgKeys.map((k, i) => [k, resourceIds[i]!])) as Record<OrgKey, string>
  const existing = await listOrganizationsOfRegion(ctx.db, REGION)
  for (const o of extraOrganizations) {
    const found = existing.find((e) => e.name.toLowerCase() === o.name.toLowerCase())
    const { key, servedMrcCodes, services, ...fields } = o
    ids[key] =
      found?.id ??
      (
        await createOrganization(ctx, {
          ...fields,
          regionCode: REGION,
          servedMrcCodes: [...servedMrcCodes],
          services: [...services],
          languages: ['fr', 'en'],
        })
      ).id
  }
  return ids
}

async function voletIds(ctx: Ctx): Promise<Map<string, string>> {
  const programs = await listPrograms(ctx)
  return new Map(programs.flatMap((p) => p.volets.map((v) => [`${p.code}/${v.code}`, v.id] as const)))
}

/** Creates the agreement in preparation three weeks before its signature, then signs it and starts it. */
async function createSigned(ctx: Ctx, ids: Ids, a: DemoAgreement, signed = true): Promise<string> {
  const created = await createAgreement(on(ctx, addDays(a.signedOn, -21)), {
    organizationId: ids.orgs[a.org],
    programCode: a.program,
    voletId: ids.volets.get(`${a.program}/${a.volet}`)!,
    reference: a.reference,
    title: a.title,
    objectives: a.objectives,
    mrcCodes: a.mrcCodes,
    startOn: a.startOn,
    endOn: a.endOn,
    amounts: a.amounts.map(([fiscalYear, dollars]) => ({ fiscalYear, amountCents: cents(dollars) })),
    fundsReferrals: a.fundsReferrals ?? false,
  })
  if (!signed) return created.id
  await changeAgreementStatus(on(ctx, a.signedOn), created.id, { to: 'signed', on: a.signedOn })
  const startedOn = maxDate(a.startOn, a.signedOn)
  await changeAgreementStatus(on(ctx, startedOn), created.id, { to: 'in_progress', on: startedOn })
  return created.id
}

/**
 * An interim activity report per fiscal year (November 15, unless `dueOf` moves it), the final activity and financial
 * reports 60 days after the end.
 */
async function addReports(
  ctx: Ctx,
  id: string,
  a: DemoAgreement,
  dueOf: (year: number) => string | undefined = () => undefined,
): Promise<Deliverable[]> {
  const at = on(ctx, maxDate(a.startOn, a.signedOn))
  const out: Deliverable[] = []
  for (const [year] of a.amounts) {
    const dueOn = dueOf(year) ?? `${year}-11-15`
    const title = `Rapport d’étape ${fiscalYearLabel(year)}`
    out.push({ ...(await addDeliverable(at, id, { kind: 'interim_activity_report', title, dueOn })), year })
  }
  const dueOn = addDays(a.endOn, 60)
  for (const [kind, title] of [
    ['final_activity_report', 'Rapport final d’activités'],
    ['final_financial_report', 'Rapport financier final'],
  ] as const)
    out.push({ ...(await addDeliverable(at, id, { kind, title, dueOn })), year: null })
  return out
}

/** Two payments a fiscal year: three quarters two weeks after it starts, the rest once its interim report is accepted. */
function scheduleRows(a: DemoAgreement, amounts: [number, number][], reports: Deliverable[]): Row[] {
  return amounts.flatMap(([year, dollars]) => {
    const first = Math.round(cents(dollars) * 0.75)
    const report = reports.find((r) => r.year === year)!
    return [
      {
        plannedOn: addDays(maxDate(maxDate(a.startOn, a.signedOn), `${year}-04-01`), 14),
        amountCents: first,
        condition: year === amounts[0]![0] ? 'Signature de l’entente' : 'Début de l’exercice financier',
      },
      {
        plannedOn: `${year}-11-27`,
        amountCents: cents(dollars) - first,
        condition: 'Rapport d’étape accepté',
        deliverableId: report.id,
      },
    ]
  })
}

async function schedule(ctx: Ctx, id: string, rows: Row[]): Promise<string[]> {
  const out = await replaceSchedule(ctx, id, rows)
  return out.instalments.map((i) => i.id)
}

/** A report received a few days before it is due and accepted (or sent back once, then received again). */
async function submitReport(ctx: Ctx, report: Deliverable, returnedFirst: boolean): Promise<string> {
  const received = addDays(report.dueOn, -4)
  await recordDeliverableReceived(on(ctx, received), report.agreementId, report.id, received)
  if (!returnedFirst) {
    await reviewDeliverable(on(ctx, addDays(received, 9)), report.agreementId, report.id, { decision: 'accepted' })
    return addDays(received, 9)
  }
  const comment = 'Ajoutez le nombre de participants par activité et la liste des partenaires.'
  await reviewDeliverable(on(ctx, addDays(received, 8)), report.agreementId, report.id, {
    decision: 'returned',
    comment,
  })
  await recordDeliverableReceived(on(ctx, addDays(received, 20)), report.agreementId, report.id, addDays(received, 20))
  await reviewDeliverable(on(ctx, addDays(received, 27)), report.agreementId, report.id, { decision: 'accepted' })
  return addDays(received, 27)
}

const pay = (ctx: Ctx, agreementId: string, instalmentId: string, paidOn: string) =>
  markInstalmentPaid(on(ctx, paidOn), agreementId, instalmentId, paidOn)

/** Each fiscal year in turn: its first payment, its interim report, its second payment (an amendment before its year). */
async function playYears(ctx: Ctx, id: string, a: DemoAgreement, reports: Deliverable[]) {
  let instalments = await schedule(on(ctx, maxDate(a.startOn, a.signedOn)), id, scheduleRows(a, a.amounts, reports))
  for (const [k, [year]] of a.amounts.entries()) {
    const amendment = a.amendment
    if (amendment && amendment.signedOn < `${year}-04-01` && amendment.signedOn >= `${year - 1}-04-01`) {
      const at = on(ctx, amendment.signedOn)
      const amounts = amendment.amounts.map(([fiscalYear, d]) => ({ fiscalYear, amountCents: cents(d) }))
      await addAmendment(at, id, { signedOn: amendment.signedOn, summary: amendment.summary, amounts })
      instalments = await schedule(at, id, scheduleRows(a, amendment.amounts, reports))
    }
    const rows = scheduleRows(a, a.amendment?.amounts ?? a.amounts, reports)
    await pay(ctx, id, instalments[2 * k]!, addDays(rows[2 * k]!.plannedOn, 5))
    const accepted = await submitReport(ctx, reports.find((r) => r.year === year)!, a.returnedOnce === year)
    await pay(ctx, id, instalments[2 * k + 1]!, addDays(maxDate(rows[2 * k + 1]!.plannedOn, accepted), 4))
  }
}

/** A past agreement from drafting to completion: reports, payments, the final reports, then completed. */
async function playPastAgreement(ctx: Ctx, ids: Ids, a: DemoAgreement): Promise<string> {
  const id = await createSigned(ctx, ids, a)
  const reports = await addReports(ctx, id, a)
  await playYears(ctx, id, a, reports)
  let accepted = a.endOn
  for (const report of reports.filter((r) => r.year === null))
    accepted = maxDate(accepted, await submitReport(ctx, report, false))
  const completedOn = addDays(accepted, 3)
  if (a.completed) await changeAgreementStatus(on(ctx, completedOn), id, { to: 'completed', on: completedOn })
  return id
}

/** The agreement running today, held by the partner demo account's organization (see `playCurrentAgreements`). */
function currentAgreement(today: string): DemoAgreement {
  const fy = fiscalYearOf(today)
  return {
    org: 'pouvoir',
    program: 'PAC',
    volet: '2',
    reference: `PAC-11-${fy - 1}-009`,
    title: 'Francisation et jumelage linguistique à Gaspé — deuxième entente',
    objectives: 'Poursuivre les ateliers de français et les jumelages linguistiques à Gaspé et à Murdochville.',
    mrcCodes: ['03'],
    startOn: `${fy - 1}-04-01`,
    endOn: `${fy + 2}-03-31`,
    amounts: [
      [fy - 1, 70_000],
      [fy, 75_000],
      [fy + 1, 75_000],
    ],
    signedOn: `${fy - 1}-03-14`,
    completed: false,
  }
}

/**
 * The agreement running today: last fiscal year's report accepted and both its payments made, a financial report 20
 * days overdue, this year's report due in 12 days, a payment 25 days late. Then the renewal still in preparation.
 */
async function playCurrentAgreements(ctx: Ctx, ids: Ids, today: string): Promise<string> {
  const a = currentAgreement(today)
  const fy = fiscalYearOf(today)
  const id = await createSigned(ctx, ids, a)
  const reports = await addReports(ctx, id, a, (year) => (year === fy ? addDays(today, 12) : undefined))
  const at = on(ctx, a.startOn)
  const overdue = { kind: 'interim_financial_report', title: 'Rapport financier intermédiaire' } as const
  await addDeliverable(at, id, { ...overdue, dueOn: addDays(today, -20) })
  const rows = scheduleRows(a, a.amounts, reports)
  rows[2]!.plannedOn = addDays(today, -25)
  rows[3]!.plannedOn = addDays(today, 40)
  const instalments = await schedule(at, id, rows)
  await pay(ctx, id, instalments[0]!, addDays(rows[0]!.plannedOn, 5))
  const accepted = await submitReport(ctx, reports.find((r) => r.year === fy - 1)!, false)
  await pay(ctx, id, instalments[1]!, addDays(maxDate(rows[1]!.plannedOn, accepted), 4))
  const renewal: DemoAgreement = {
    ...a,
    org: 'mrcGaspe',
    volet: '1',
    reference: `PAC-11-${fy + 1}-010`,
    title: 'Plan d’action en immigration de la MRC de La Côte-de-Gaspé — renouvellement',
    startOn: `${fy + 1}-04-01`,
    endOn: `${fy + 3}-03-31`,
    amounts: [
      [fy + 1, 65_000],
      [fy + 2, 65_000],
    ],
    signedOn: today,
  }
  await createSigned(ctx, ids, renewal, false)
  return id
}

/** The local actions: all twelve kinds in the period, some outside it, and one of the agreement running today. */
async function recordActions(ctx: Ctx, today: string, agreements: Map<string, string>): Promise<void> {
  const current: DemoAction = {
    agreement: currentAgreement(today).reference,
    kind: 'pairing',
    title: 'Jumelage linguistique — cohorte d’automne',
    startOn: addDays(today, -40),
    endOn: addDays(today, -5),
    municipality: 'Gaspé',
    mrcCode: '03',
    participants: [16, 32],
  }
  for (const x of [...demoActions, current]) {
    const endOn = x.endOn ?? x.startOn
    await createAction(on(ctx, maxDate(addDays(endOn, 3), endOn)), {
      agreementId: agreements.get(x.agreement)!,
      kindCode: x.kind,
      title: x.title,
      startOn: x.startOn,
      endOn,
      municipality: x.municipality,
      mrcCode: x.mrcCode,
      immigrantParticipants: x.participants?.[0] ?? null,
      totalParticipants: x.participants?.[1] ?? null,
      partnersInvolved: x.partners ?? null,
    })
  }
}

/**
 * Loads the demo region's partners through the services: the MRCs and the municipality as organizations (when absent),
 * the seven agreements in force during the Bilan's period with their reports, payments and an amendment, the
 * agreements outside it, and the local actions. `resourceOrganizationIds`: the four resource organizations, in
 * `loadDemo`'s order (the two carrefours jeunesse-emploi, the CLD, Pouvoir des mots).
 */
export async function loadDemoPartners(ctx: Ctx, resourceOrganizationIds: readonly string[]): Promise<void> {
  const today = civilDate(ctx.now)
  const ids: Ids = { orgs: await organizationIds(ctx, resourceOrganizationIds), volets: await voletIds(ctx) }
  const agreements = new Map<string, string>()
  for (const a of [...pastOutsideAgreements.slice(0, 1), ...inForceAgreements, ...pastOutsideAgreements.slice(1)])
    agreements.set(a.reference, await playPastAgreement(ctx, ids, a))
  agreements.set(currentAgreement(today).reference, await playCurrentAgreements(ctx, ids, today))
  await recordActions(ctx, today, agreements)
}
