import { and, asc, desc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { isUuid } from '../../../platform/validation.js'
import { dossiers } from '../dossiers/dossier.schema.js'
import { dossierNeeds, needCatalogue } from '../needs/need.schema.js'
import { persons } from '../persons/person.schema.js'
import { planSteps } from '../plans/plan.schema.js'
import type { ReferralStatus } from './referral.policy.js'
import { referralEvents, referralStatuses, referrals } from './referral.schema.js'

export type ReferralRow = typeof referrals.$inferSelect
export type ReferralValues = typeof referrals.$inferInsert
/** A referral with its dossier's number and person (every read needs them). */
export type ReferralWithDossier = ReferralRow & { dossierNumber: string; personId: string; servicePointId: string }

const withDossier = {
  dossierNumber: dossiers.number,
  personId: dossiers.personId,
  servicePointId: dossiers.servicePointId,
}

export async function findReferral(db: Db, id: string): Promise<ReferralWithDossier | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db
    .select({ ...getTableColumns(referrals), ...withDossier })
    .from(referrals)
    .innerJoin(dossiers, eq(dossiers.id, referrals.dossierId))
    .where(eq(referrals.id, id))
  return row
}

/** A line of a list: the referral, its dossier, and the names its presenter shortens to what a portrait shows. */
export type ReferralListRow = ReferralWithDossier & { givenName: string; familyName: string }

/** Referrals matching conditions (a dossier, an organization, a status, the caller's readable dossiers), newest first. */
export function listReferralRows(db: Db, conditions: (SQL | undefined)[]): Promise<ReferralListRow[]> {
  return db
    .select({
      ...getTableColumns(referrals),
      ...withDossier,
      givenName: persons.givenName,
      familyName: persons.familyName,
    })
    .from(referrals)
    .innerJoin(dossiers, eq(dossiers.id, referrals.dossierId))
    .innerJoin(persons, eq(persons.id, dossiers.personId))
    .where(and(...conditions))
    .orderBy(desc(referrals.sentAt), desc(referrals.id))
    .limit(500)
}

export async function insertReferral(db: Db, values: ReferralValues): Promise<ReferralRow> {
  const [row] = await db.insert(referrals).values(values).returning()
  return row!
}

/** Moves a referral from the status it was read in (undefined when someone moved it meanwhile). */
export async function updateReferralStatus(
  db: Db,
  id: string,
  from: ReferralStatus,
  values: Partial<ReferralValues> & { status: ReferralStatus },
): Promise<ReferralRow | undefined> {
  const [row] = await db
    .update(referrals)
    .set(values)
    .where(and(eq(referrals.id, id), eq(referrals.status, from)))
    .returning()
  return row
}

export async function insertReferralEvent(
  db: Db,
  values: typeof referralEvents.$inferInsert | (typeof referralEvents.$inferInsert)[],
): Promise<void> {
  const rows = Array.isArray(values) ? values : [values]
  if (rows.length > 0) await db.insert(referralEvents).values(rows)
}

/**
 * Steps made in one transaction share their time (a partner accepting a referral it never opened receives it first):
 * they are ordered as the loop runs.
 */
const lifecycleOrder = sql`array_position(array[${sql.join(
  referralStatuses.map((s) => sql`${s}`),
  sql`, `,
)}]::text[], ${referralEvents.toStatus}::text)`

/** The history of some referrals, oldest first, with the account that made each step (the access module names it). */
export function listReferralEvents(db: Db, referralIds: readonly string[]) {
  if (referralIds.length === 0) return Promise.resolve([])
  return db
    .select({
      referralId: referralEvents.referralId,
      fromStatus: referralEvents.fromStatus,
      toStatus: referralEvents.toStatus,
      comment: referralEvents.comment,
      at: referralEvents.at,
      byUserId: referralEvents.by,
    })
    .from(referralEvents)
    .where(inArray(referralEvents.referralId, [...referralIds]))
    .orderBy(asc(referralEvents.at), lifecycleOrder)
}

/** The needs assessed in a dossier, with their catalogue labels (the new-referral form, the portrait). */
export async function listDossierNeeds(db: Db, dossierId: string, ids?: readonly string[]) {
  if (ids?.length === 0) return []
  return db
    .select({
      id: dossierNeeds.id,
      volet: needCatalogue.volet,
      labelFr: needCatalogue.labelFr,
      labelEn: needCatalogue.labelEn,
      priority: dossierNeeds.priority,
      notes: dossierNeeds.notes,
    })
    .from(dossierNeeds)
    .innerJoin(needCatalogue, eq(needCatalogue.code, dossierNeeds.needCode))
    .where(and(eq(dossierNeeds.dossierId, dossierId), ids ? inArray(dossierNeeds.id, [...ids]) : undefined))
    .orderBy(needCatalogue.volet, needCatalogue.sortOrder)
}

/** The steps of a dossier's plan (all, or some by id). */
export async function listDossierSteps(db: Db, dossierId: string, ids?: readonly string[]) {
  if (ids?.length === 0) return []
  return db
    .select({
      id: planSteps.id,
      action: planSteps.action,
      responsible: planSteps.responsible,
      dueOn: planSteps.dueOn,
      status: planSteps.status,
    })
    .from(planSteps)
    .where(and(eq(planSteps.dossierId, dossierId), ids ? inArray(planSteps.id, [...ids]) : undefined))
    .orderBy(asc(planSteps.dueOn), asc(planSteps.createdAt))
}

/** What a portrait may show of a person: never their full family name, address or birth date. */
export async function findPortraitPerson(db: Db, personId: string) {
  const [row] = await db
    .select({
      givenName: persons.givenName,
      familyName: persons.familyName,
      languages: persons.languages,
      oralComprehension: persons.frenchOralComprehension,
      oralProduction: persons.frenchOralProduction,
      writtenComprehension: persons.frenchWrittenComprehension,
      writtenProduction: persons.frenchWrittenProduction,
      email: persons.email,
      phone: persons.phone,
      preferredLanguage: persons.preferredLanguage,
    })
    .from(persons)
    .where(eq(persons.id, personId))
  return row
}

/**
 * Marks expired, in one statement, the referrals still waiting for an answer past their due day; returns each with
 * the status it had (several app nodes may run the job: rows another node holds are skipped).
 */
export async function expireOverdueRows(db: Db, today: string, at: Date) {
  const result = await db.execute(sql`
    with due as (
      select id, status from ${referrals}
      where status in ('sent', 'received') and answer_due_on < ${today}
      for update skip locked
    )
    update ${referrals} r set status = 'expired', closed_at = ${at.toISOString()}
    from due where r.id = due.id
    returning r.id, due.status as from_status, r.region_code`)
  return (result as unknown as { rows: { id: string; from_status: ReferralStatus; region_code: string }[] }).rows
}
