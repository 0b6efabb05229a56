import { sql } from 'drizzle-orm'
import { type Db, queryRows } from '../../../platform/db/database.js'
import { consents } from '../consents/consent.schema.js'
import { dossierEvents, dossiers, dossierTransfers } from '../dossiers/dossier.schema.js'
import { interventions } from '../interventions/intervention.schema.js'
import { dossierNeeds } from '../needs/need.schema.js'
import { persons } from '../persons/person.schema.js'
import { planSteps } from '../plans/plan.schema.js'
import { referralEvents, referrals } from '../referrals/referral.schema.js'
import { supportRequests } from '../requests/request.schema.js'

/** What replaces erased free text: the record stays (dates, codes, counts), its words go. */
export const ERASED = '[anonymisé]'
/** The given name every anonymized person gets; the family name becomes `#` and the first 8 characters of the id. */
export const ANONYMOUS_NAME = 'Anonymisé'

export type ExpiredPerson = { id: string; regionCode: string }

/**
 * Persons due for anonymization (Loi 25 retention): not anonymized yet, with at least one dossier, every dossier
 * closed on or before `cutoff` (today less the retention period), and no online request still waiting on a dossier.
 */
export async function findExpiredPersons(db: Db, today: string, years: number, limit: number) {
  const cutoff = sql`(${today}::date - make_interval(years => ${years}))::date`
  return queryRows<ExpiredPerson>(
    db,
    sql`select p.id, p.region_code as "regionCode" from ${persons} p
        where p.anonymized_at is null
          and exists (select 1 from ${dossiers} d where d.person_id = p.id)
          and not exists (select 1 from ${dossiers} d where d.person_id = p.id
            and (d.status <> 'closed' or d.closed_on is null or d.closed_on > ${cutoff}))
          and not exists (select 1 from ${supportRequests} r join ${dossiers} d on d.id = r.dossier_id
            where d.person_id = p.id and r.status in ('new', 'assigned'))
        order by p.id limit ${limit}`,
  )
}

const idList = (ids: readonly string[]) =>
  sql`(${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`

/** Free text of a column replaced by the erased marker where there was any. */
const erase = (column: string) => sql.raw(`${column} = case when ${column} is null then null else '${ERASED}' end`)

/**
 * Erases the identity and the words of these persons' files, keeping every row, date, code and duration the counts
 * read (dossiers, interventions with their dates, regions, modes and durations, referral statuses, consents' dates).
 */
export async function anonymizePersons(db: Db, ids: readonly string[], at: Date): Promise<void> {
  const who = idList(ids)
  const theirDossiers = sql`(select id from ${dossiers} where person_id in ${who})`
  await db.execute(
    sql`update ${persons} set given_name = ${ANONYMOUS_NAME}, family_name = '#' || left(id::text, 8),
          birth_date = date_trunc('year', birth_date)::date, email = null, phone = null, street_address = null,
          city = null, postal_code = null, household_id = null, household_relation = null,
          anonymized_at = ${at}, updated_at = ${at}
        where id in ${who}`,
  )
  await db.execute(sql`update ${dossiers} set ${erase('closure_note')} where person_id in ${who}`)
  await db.execute(sql`update ${dossierEvents} set ${erase('note')} where dossier_id in ${theirDossiers}`)
  await db.execute(sql`update ${dossierTransfers} set ${erase('reason')} where dossier_id in ${theirDossiers}`)
  await db.execute(sql`update ${dossierNeeds} set ${erase('notes')} where dossier_id in ${theirDossiers}`)
  await db.execute(sql`update ${planSteps} set ${erase('action')} where dossier_id in ${theirDossiers}`)
  await db.execute(sql`update ${interventions} set ${erase('summary')} where dossier_id in ${theirDossiers}`)
  await db.execute(
    sql`update ${referrals} set ${erase('service_wanted')}, ${erase('message')}, ${erase('decline_reason')},
          ${erase('outcome')} where dossier_id in ${theirDossiers}`,
  )
  await db.execute(
    sql`update ${referralEvents} set ${erase('comment')}
        where referral_id in (select id from ${referrals} where dossier_id in ${theirDossiers})`,
  )
  // Consents stay as proof of what was agreed and when, without who recorded or withdrew them.
  await db.execute(sql`update ${consents} set recorded_by = null, withdrawn_by = null where person_id in ${who}`)
  await db.execute(
    sql`update ${supportRequests} set given_name = ${ANONYMOUS_NAME}, family_name = '#', birth_date = null,
          email = null, phone = null, ${erase('message')}, ${erase('rejection_reason')}
        where dossier_id in ${theirDossiers}`,
  )
}
