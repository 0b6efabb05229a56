import type { Db } from '../../../platform/db/database.js'
import type { PartnerReferralOutput } from './referral.contracts.js'
import { type EventRow, familyInitialOf, portraitFrame, type Sharing } from './referral.presenter.js'
import { findPortraitPerson, listDossierNeeds, listDossierSteps, type ReferralWithDossier } from './referral.queries.js'

// The structured portrait a partner organization reads instead of an email listing generic needs: the service wanted,
// the needs and plan steps the agent chose, the person's languages and French levels, their given name and family
// initial, and their contact details only while they consent to it. Computed at every read from today's consents:
// a withdrawal takes effect at once, since nothing was copied when the referral was sent.

/** What the partner sees once the person withdrew their consent to share: only that the referral was withdrawn. */
function withdrawnPortrait(row: ReferralWithDossier): PartnerReferralOutput {
  return { ...portraitFrame(row, []), declineReason: null, outcome: null }
}

type PortraitPerson = NonNullable<Awaited<ReturnType<typeof findPortraitPerson>>>

/** The person as the portrait shows them: given name and family initial, languages, French levels, contact if consented. */
function personPart(person: PortraitPerson, sharing: Sharing): Pick<PartnerReferralOutput, 'person' | 'contact'> {
  return {
    person: {
      givenName: person.givenName,
      familyInitial: familyInitialOf(person.familyName),
      languages: person.languages,
      french: {
        oralComprehension: person.oralComprehension,
        oralProduction: person.oralProduction,
        writtenComprehension: person.writtenComprehension,
        writtenProduction: person.writtenProduction,
      },
    },
    contact:
      sharing === 'full'
        ? { email: person.email, phone: person.phone, preferredLanguage: person.preferredLanguage }
        : null,
  }
}

/** The portrait of a referral for its organization, given what the person consents to today. */
export async function buildPortrait(
  db: Db,
  row: ReferralWithDossier,
  sharing: Sharing,
  events: EventRow[],
): Promise<PartnerReferralOutput> {
  if (sharing === 'withdrawn') return withdrawnPortrait(row)
  const [needs, steps, person] = await Promise.all([
    listDossierNeeds(db, row.dossierId, row.needIds),
    listDossierSteps(db, row.dossierId, row.stepIds),
    findPortraitPerson(db, row.personId),
  ])
  if (!person) return withdrawnPortrait(row)
  return {
    ...portraitFrame(row, events),
    consentWithdrawn: false,
    serviceWanted: row.serviceWanted,
    message: row.message,
    ...personPart(person, sharing),
    needs: needs.map((n) => ({
      volet: n.volet,
      label: { fr: n.labelFr, en: n.labelEn },
      priority: n.priority,
      notes: n.notes,
    })),
    steps: steps.map((s) => ({ action: s.action, responsible: s.responsible, dueOn: s.dueOn, status: s.status })),
  }
}
