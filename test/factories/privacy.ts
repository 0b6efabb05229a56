import { and, eq } from 'drizzle-orm'
import type { Ctx } from '../../src/modules/access/index.js'
import { consentTexts } from '../../src/modules/people/consents/consent.schema.js'
import { referralEvents, referrals } from '../../src/modules/people/referrals/referral.schema.js'
import { supportRequests } from '../../src/modules/people/requests/request.schema.js'

// Rows written straight to the tables for the Loi 25 tests (export, retention): a completed referral with its
// history, and an online request tied to a dossier.

/** A referral of a dossier to an organization, completed, with a message, an outcome and a commented history. */
export async function buildReferral(
  ctx: Ctx,
  dossier: { id: string; regionCode: string },
  organizationId: string,
  consentId: string,
  overrides: Partial<typeof referrals.$inferInsert> = {},
) {
  const [row] = await ctx.db
    .insert(referrals)
    .values({
      dossierId: dossier.id,
      regionCode: dossier.regionCode,
      organizationId,
      serviceWanted: 'Aide à la recherche de logement',
      message: 'Madame préfère être appelée le matin.',
      needIds: [],
      stepIds: [],
      consentId,
      status: 'completed',
      outcome: 'Logement trouvé à Gaspé.',
      answerDueOn: '2014-06-20',
      sentAt: new Date('2014-06-12T14:00:00Z'),
      ...overrides,
    })
    .returning()
  await ctx.db.insert(referralEvents).values([
    { referralId: row!.id, fromStatus: null, toStatus: 'sent', at: new Date('2014-06-12T14:00:00Z') },
    {
      referralId: row!.id,
      fromStatus: 'in_progress',
      toStatus: 'completed',
      comment: 'Bail signé.',
      at: new Date('2014-07-02T14:00:00Z'),
    },
  ])
  return row!
}

/** An online request of the region (Gaspésie–Îles-de-la-Madeleine unless told), tied to a dossier when given. */
export async function buildSupportRequest(ctx: Ctx, overrides: Partial<typeof supportRequests.$inferInsert> = {}) {
  const [text] = await ctx.db
    .select()
    .from(consentTexts)
    .where(and(eq(consentTexts.purpose, 'online_request'), eq(consentTexts.version, 1)))
  const [row] = await ctx.db
    .insert(supportRequests)
    .values({
      regionCode: '11',
      givenName: 'Élodie',
      familyName: 'Tremblay',
      email: 'elodie@example.org',
      preferredLanguage: 'fr',
      message: 'Je viens d’arriver avec mes deux enfants.',
      consentTextId: text!.id,
      receivedAt: new Date('2014-05-30T14:00:00Z'),
      ...overrides,
    })
    .returning()
  return row!
}
