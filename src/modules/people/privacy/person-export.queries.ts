import { type AnyColumn, and, asc, eq, inArray, ne } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { consents, consentTexts } from '../consents/consent.schema.js'
import { dossierEvents, dossiers, dossierTransfers } from '../dossiers/dossier.schema.js'
import { interventions } from '../interventions/intervention.schema.js'
import { dossierNeeds, needCatalogue } from '../needs/need.schema.js'
import type { PersonRow } from '../persons/person.queries.js'
import { persons } from '../persons/person.schema.js'
import { planSteps } from '../plans/plan.schema.js'
import { referralEvents, referrals } from '../referrals/referral.schema.js'
import { supportRequests } from '../requests/request.schema.js'

/**
 * Everything held on a person beyond the person row, one query per kind of record (an export, not a screen): consents
 * with their texts, every dossier with its history, needs, plan steps, interventions, referrals and their events, and
 * the online requests that became (or wait on) one of the dossiers.
 */
export async function loadPersonRecords(db: Db, person: PersonRow) {
  const household = person.householdId
    ? await db
        .select({ personId: persons.id, relation: persons.householdRelation })
        .from(persons)
        .where(and(eq(persons.householdId, person.householdId), ne(persons.id, person.id)))
        .orderBy(asc(persons.id))
    : []
  const consentRows = await db
    .select({ consent: consents, text: consentTexts })
    .from(consents)
    .innerJoin(consentTexts, eq(consentTexts.id, consents.textId))
    .where(eq(consents.personId, person.id))
    .orderBy(asc(consents.recordedAt), asc(consents.id))
  const dossierRows = await db
    .select()
    .from(dossiers)
    .where(eq(dossiers.personId, person.id))
    .orderBy(asc(dossiers.openedOn), asc(dossiers.id))
  return { household, consents: consentRows, dossiers: dossierRows, ...(await loadDossierRecords(db, dossierRows)) }
}

async function loadDossierRecords(db: Db, rows: { id: string }[]) {
  const ids = rows.map((d) => d.id)
  if (ids.length === 0) return emptyDossierRecords()
  const of = (column: AnyColumn) => inArray(column, ids)
  const events = await db.select().from(dossierEvents).where(of(dossierEvents.dossierId)).orderBy(asc(dossierEvents.at))
  const transfers = await db
    .select()
    .from(dossierTransfers)
    .where(of(dossierTransfers.dossierId))
    .orderBy(asc(dossierTransfers.transferredAt))
  const needs = await db
    .select({ need: dossierNeeds, catalogue: needCatalogue })
    .from(dossierNeeds)
    .innerJoin(needCatalogue, eq(needCatalogue.code, dossierNeeds.needCode))
    .where(of(dossierNeeds.dossierId))
    .orderBy(asc(dossierNeeds.assessedOn), asc(dossierNeeds.id))
  const steps = await db.select().from(planSteps).where(of(planSteps.dossierId)).orderBy(asc(planSteps.createdAt))
  const acts = await db
    .select()
    .from(interventions)
    .where(of(interventions.dossierId))
    .orderBy(asc(interventions.occurredAt))
  const requests = await db
    .select()
    .from(supportRequests)
    .where(of(supportRequests.dossierId))
    .orderBy(asc(supportRequests.receivedAt))
  return { events, transfers, needs, steps, interventions: acts, ...(await loadReferralRecords(db, ids)), requests }
}

/** The referrals of these dossiers and the events of those referrals. */
async function loadReferralRecords(db: Db, dossierIds: string[]) {
  const refs = await db
    .select()
    .from(referrals)
    .where(inArray(referrals.dossierId, dossierIds))
    .orderBy(asc(referrals.sentAt))
  const refIds = refs.map((r) => r.id)
  const refEvents = refIds.length
    ? await db
        .select()
        .from(referralEvents)
        .where(inArray(referralEvents.referralId, refIds))
        .orderBy(asc(referralEvents.at))
    : []
  return { referrals: refs, referralEvents: refEvents }
}

function emptyDossierRecords() {
  return {
    events: [],
    transfers: [],
    needs: [],
    steps: [],
    interventions: [],
    referrals: [],
    referralEvents: [],
    requests: [],
  }
}

export type PersonRecords = Awaited<ReturnType<typeof loadPersonRecords>>
