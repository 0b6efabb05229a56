import type { Ctx } from '../../access/index.js'
import { buildDossier, buildIntervention } from '../../../../test/factories/people.js'
import { buildReferral } from '../../../../test/factories/privacy.js'
import { buildConsent, buildNeed } from '../../../../test/factories/referrals.js'
import { buildOrganization } from '../../../../test/factories/partners.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'

// The Accompagnement Québec charts' test world: two service points of Gaspésie–Îles-de-la-Madeleine (11), one of
// Côte-Nord (09) whose data every region-11 count must leave out, and the period 2020-01-01 … 2020-03-31.

export const period = { from: '2020-01-01', to: '2020-03-31' }

async function referralsOf(ctx: Ctx, dossier: { id: string; regionCode: string; personId: string }, orgId: string) {
  const consent = await buildConsent(ctx, dossier.personId, 'referral_sharing')
  const at = (day: string) => new Date(`${day}T15:00:00Z`)
  const sent = (day: string, status: string, answered: string | null) =>
    buildReferral(ctx, dossier, orgId, consent.id, {
      status: status as 'sent',
      sentAt: at(day),
      answeredAt: answered ? at(answered) : null,
    })
  await sent('2020-01-10', 'completed', '2020-01-13')
  await sent('2020-02-03', 'declined', '2020-02-04')
  await sent('2020-03-01', 'sent', null)
  await sent('2019-12-20', 'completed', '2019-12-21')
}

/**
 * Region 11: dossier d1 (point A, opened 2020-01-06, two interventions in January, needs housing and French
 * courses), d2 (point B, opened 2020-03-10, an intervention in March, need housing, and three referrals to
 * `orgName` in the period plus one before it). Region 09: d3 (opened 2020-01-15, an intervention, need housing, a
 * referral to another organization).
 */
export async function buildAqWorld(ctx: Ctx, orgName = 'Accueil Gaspé') {
  const [pointA, pointB] = [await buildServicePoint(ctx), await buildServicePoint(ctx)]
  const pointC = await buildServicePoint(ctx, { regionCode: '09', city: 'Sept-Îles' })
  const d1 = await buildDossier(ctx, { servicePointId: pointA.id, startsOn: '2020-01-06' })
  const d2 = await buildDossier(ctx, { servicePointId: pointB.id, startsOn: '2020-03-10' })
  const d3 = await buildDossier(ctx, { regionCode: '09', servicePointId: pointC.id, startsOn: '2020-01-15' })
  await buildIntervention(ctx, d1, { occurredOn: '2020-01-10' })
  await buildIntervention(ctx, d1, { occurredOn: '2020-01-20' })
  await buildIntervention(ctx, d2, { occurredOn: '2020-03-11' })
  await buildIntervention(ctx, d3, { occurredOn: '2020-01-16' })
  await buildNeed(ctx, d1, { needCode: 'housing', assessedOn: '2020-01-10' })
  await buildNeed(ctx, d1, { needCode: 'french_courses', assessedOn: '2020-01-10' })
  await buildNeed(ctx, d2, { needCode: 'housing', assessedOn: '2020-03-11' })
  await buildNeed(ctx, d3, { needCode: 'housing', assessedOn: '2020-01-16' })
  const org = await buildOrganization(ctx, { name: orgName })
  const other = await buildOrganization(ctx, { name: 'Organisme de Sept-Îles', regionCode: '09' })
  await referralsOf(ctx, d2, org.id)
  const consent = await buildConsent(ctx, d3.personId, 'referral_sharing')
  await buildReferral(ctx, d3, other.id, consent.id, { sentAt: new Date('2020-01-20T15:00:00Z') })
  return { pointA, pointB, pointC, d1, d2, d3, org }
}
