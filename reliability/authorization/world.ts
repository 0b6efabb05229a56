// The records the authorization matrix tries its `:id` routes on: one of each resource in the home region (11,
// Gaspésie–Îles-de-la-Madeleine, at the home service point) and the same in another region (09, Côte-Nord), plus a
// record of the home region at another service point (what a service-point account must not reach).
import type { Ctx } from '../../src/modules/access/index.js'
import { createDirectorate, createStaffAccount } from '../../src/modules/territory/index.js'
import {
  buildAdvisorService,
  buildCandidateProfile,
  buildEnterprise,
  buildLabourNeed,
  buildPlacement,
  buildProposal,
} from '../../test/factories/employers.js'
import { buildAction, buildAgreement, buildDeliverable, buildInstalment } from '../../test/factories/partners.js'
import { buildDossier, buildIntervention, buildPerson } from '../../test/factories/people.js'
import { buildReferral, buildSupportRequest } from '../../test/factories/privacy.js'
import { buildConsent, buildOrganization } from '../../test/factories/referrals.js'
import { buildServicePoint, buildStaff } from '../../test/factories/territory.js'

export const HOME_REGION = '11'
export const OTHER_REGION = '09'

/** The records a route's parameters name, by resource. */
export type Resource =
  | 'servicePoint'
  | 'staff'
  | 'person'
  | 'dossier'
  | 'intervention'
  | 'consent'
  | 'referral'
  | 'request'
  | 'organization'
  | 'agreement'
  | 'deliverable'
  | 'instalment'
  | 'action'
  | 'enterprise'
  | 'advisorService'
  | 'labourNeed'
  | 'candidate'
  | 'proposal'
  | 'placement'

export type RecordSet = Record<Resource, string>

/** Where a record is, relative to the identity that asks for it. */
export type Placement = 'home' | 'otherServicePoint' | 'otherRegion'

export type World = {
  homeServicePointId: string
  homeDirectorateId: string
  /** The organization partner accounts of the home region belong to (what is addressed to it is theirs). */
  homeOrganizationId: string
  records: Record<Placement, RecordSet>
}

let staffCount = 0

/** One of each resource in a region, at a service point (built when not given). */
async function recordsIn(ctx: Ctx, regionCode: string, servicePointId?: string): Promise<RecordSet> {
  const servicePoint = servicePointId ?? (await buildServicePoint(ctx, { regionCode })).id
  // A team member with an account, so that the account's routes (reset, disable, enable) have one to act on.
  const staff = await buildStaff(ctx, { regionCode, email: `matrice-${++staffCount}@example.org` })
  await createStaffAccount(ctx, staff.id, { scope: 'region' })
  const person = await buildPerson(ctx, { regionCode })
  const dossier = await buildDossier(ctx, { regionCode, servicePointId: servicePoint, personId: person.id })
  const intervention = await buildIntervention(ctx, dossier, { occurredOn: '2021-03-02' })
  const consent = await buildConsent(ctx, person.id, 'referral_sharing')
  const organization = await buildOrganization(ctx, { regionCode })
  const referral = await buildReferral(ctx, dossier, organization.id, consent.id, { status: 'sent', outcome: null })
  const request = await buildSupportRequest(ctx, { regionCode })
  const agreement = await buildAgreement(ctx, organization)
  const deliverable = await buildDeliverable(ctx, agreement.id)
  const instalment = await buildInstalment(ctx, agreement.id)
  const action = await buildAction(ctx, agreement)
  const enterprise = await buildEnterprise(ctx, { regionCode })
  const advisorService = await buildAdvisorService(ctx, enterprise)
  const labourNeed = await buildLabourNeed(ctx, enterprise)
  const candidate = await buildCandidateProfile(ctx, { person: { id: person.id, regionCode } })
  const proposal = await buildProposal(ctx, labourNeed, candidate)
  const placement = await buildPlacement(ctx, labourNeed, candidate)
  return {
    servicePoint,
    staff: staff.id,
    person: person.id,
    dossier: dossier.id,
    intervention: intervention.id,
    consent: consent.id,
    referral: referral.id,
    request: request.id,
    organization: organization.id,
    agreement: agreement.id,
    deliverable: deliverable.id,
    instalment: instalment.id,
    action: action.id,
    enterprise: enterprise.id,
    advisorService: advisorService.id,
    labourNeed: labourNeed.id,
    candidate: candidate.id,
    proposal: proposal.id,
    placement: placement.id,
  }
}

/** The whole world of the matrix, arranged through the system context. */
export async function buildWorld(ctx: Ctx): Promise<World> {
  const directorate = await createDirectorate(ctx, {
    nameFr: 'Direction régionale (matrice)',
    nameEn: 'Regional directorate (matrix)',
    regionCodes: [HOME_REGION],
    validFrom: '2020-01-01',
  })
  const homeServicePoint = await buildServicePoint(ctx, { regionCode: HOME_REGION })
  const home = await recordsIn(ctx, HOME_REGION, homeServicePoint.id)
  const otherServicePoint = await recordsIn(ctx, HOME_REGION)
  const otherRegion = await recordsIn(ctx, OTHER_REGION)
  return {
    homeServicePointId: homeServicePoint.id,
    homeDirectorateId: directorate.id,
    homeOrganizationId: home.organization,
    records: { home, otherServicePoint, otherRegion },
  }
}

/**
 * A new record of a resource a destructive route removes (a local action, a deliverable), under the placement's
 * agreement: each identity's request acts on its own record, whatever the identities before it did.
 */
export async function freshRecord(
  ctx: Ctx,
  resource: Resource,
  placement: Placement,
  world: World,
): Promise<Partial<RecordSet>> {
  const agreement = { id: world.records[placement].agreement, regionCode: regionOf(placement) }
  if (resource === 'action') return { action: (await buildAction(ctx, agreement)).id }
  if (resource === 'deliverable') return { deliverable: (await buildDeliverable(ctx, agreement.id)).id }
  throw new Error(`the matrix builds no fresh ${resource}`)
}

function regionOf(placement: Placement): string {
  return placement === 'otherRegion' ? OTHER_REGION : HOME_REGION
}
