import { eq } from 'drizzle-orm'
import { type Ctx, forbiddenUnless, inTransaction, recordAudit } from '../../access/index.js'
import { notFound } from '../../../platform/errors.js'
import { listOrganizationsOfRegion, type RegionOrganization } from '../../partners/index.js'
import { getDossierRowForRead, isWorkable } from '../dossiers/dossier.service.js'
import { consentedPurposes, eventsByReferral, getReferral, organizationNames } from './referral-read.service.js'
import { reachReferral } from './referral.access.js'
import type { StaffReferralOutput } from './referral.contracts.js'
import { presentStaffReferral, sharingOf } from './referral.presenter.js'
import { listDossierNeeds, listDossierSteps, listReferralRows } from './referral.queries.js'
import { referrals } from './referral.schema.js'

/** What the dossier's referrals page shows: the referrals and their history, and what the new-referral form offers. */
export type DossierReferrals = {
  dossier: { id: string; number: string; personId: string }
  referrals: StaffReferralOutput[]
  organizations: RegionOrganization[]
  needs: Awaited<ReturnType<typeof listDossierNeeds>>
  steps: Awaited<ReturnType<typeof listDossierSteps>>
  consents: { sharing: boolean; contact: boolean }
  canWork: boolean
}

/** A dossier's referrals for staff who read it (audited as one read), with the choices of the new-referral form. */
export async function listDossierReferrals(ctx: Ctx, dossierId: string): Promise<DossierReferrals> {
  return inTransaction(ctx, async (tx) => {
    const dossier = await getDossierRowForRead(tx, dossierId)
    const rows = await listReferralRows(tx.db, [eq(referrals.dossierId, dossier.id)])
    const [events, purposesOf, organizations, needs, steps, names] = await Promise.all([
      eventsByReferral(
        tx.db,
        rows.map((r) => r.id),
      ),
      consentedPurposes(tx, [dossier.personId]),
      listOrganizationsOfRegion(tx.db, dossier.regionCode),
      listDossierNeeds(tx.db, dossier.id),
      listDossierSteps(tx.db, dossier.id),
      // Earlier referrals may have gone to another region's organizations (before a transfer).
      organizationNames(tx.db, rows),
    ])
    await recordAudit(tx, {
      action: 'referral.listed',
      entityType: 'dossier',
      entityId: dossier.id,
      regionCode: dossier.regionCode,
    })
    const purposes = purposesOf(dossier.personId)
    return {
      dossier: { id: dossier.id, number: dossier.number, personId: dossier.personId },
      referrals: rows.map((r) =>
        presentStaffReferral(r, names.get(r.organizationId) ?? '', sharingOf(r, purposes), events.get(r.id) ?? []),
      ),
      organizations,
      needs,
      steps,
      consents: { sharing: purposes.has('referral_sharing'), contact: purposes.has('contact_sharing') },
      canWork: isWorkable(tx, dossier),
    }
  })
}

/** A referral of a dossier for its re-route and cancel pages, with the organizations it may go to instead. */
export async function referralActionChoices(ctx: Ctx, dossierId: string, referralId: string) {
  // One transaction: a referral of another dossier answers 404 and its read's audit event is rolled back with it.
  return inTransaction(ctx, async (tx) => {
    // Re-routing and cancelling are work on the dossier: people.write, at the dossier's current place (as the POST).
    forbiddenUnless((await reachReferral(tx, referralId)).canWork)
    const referral = await getReferral(tx, referralId)
    if (referral.view !== 'staff' || referral.dossierId !== dossierId) throw notFound('referral')
    const organizations = await listOrganizationsOfRegion(tx.db, referral.regionCode)
    return { referral, organizations: organizations.filter((o) => o.id !== referral.organization.id) }
  })
}
