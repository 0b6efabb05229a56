// What must hold after every kill: every acknowledged record is there with what was sent (by SQL, or through the API
// of the restarted server), and no row anywhere is an orphan or half of an aggregate (what one create writes in one
// transaction: the row, its first event, its amounts, its audit event). Creates cut by a kill are all or nothing.
import { sql } from 'drizzle-orm'
import { verifyAuditChain } from '../../src/modules/access/index.js'
import { type Db, queryRows } from '../../src/platform/db/database.js'
import { type Ack, type Kind, kinds, type LoadLog } from './load.js'

/** Each kind's table, the column holding its marker, its API path and the audit action of its creation. */
const where: Record<Kind, { table: string; marker: string; api: string; field: string; created: string }> = {
  person: {
    table: 'people.persons',
    marker: 'family_name',
    api: 'persons',
    field: 'familyName',
    created: 'person.created',
  },
  dossier: {
    table: 'people.dossiers',
    marker: 'person_id::text',
    api: 'dossiers',
    field: 'personId',
    created: 'dossier.created',
  },
  intervention: {
    table: 'people.interventions',
    marker: 'summary',
    api: 'interventions',
    field: 'summary',
    created: 'intervention.created',
  },
  referral: {
    table: 'people.referrals',
    marker: 'service_wanted',
    api: 'referrals',
    field: 'serviceWanted',
    created: 'referral.sent',
  },
  enterprise: {
    table: 'employers.enterprises',
    marker: 'legal_name',
    api: 'enterprises',
    field: 'legalName',
    created: 'enterprise.created',
  },
  agreement: {
    table: 'partners.agreements',
    marker: 'reference',
    api: 'agreements',
    field: 'reference',
    created: 'agreement.created',
  },
}

/** Invariants over every row (acknowledged or not): each query counts the rows breaking it, and must answer 0. */
export const invariants: { name: string; query: string }[] = [
  ...kinds.map((k) => ({
    name: `every ${k} has its '${where[k].created}' audit event`,
    query: `select count(*) from ${where[k].table} t where not exists (select 1 from access.audit_events a
      where a.action = '${where[k].created}' and a.entity_id = t.id::text)`,
  })),
  {
    name: 'no dossier without its person',
    query: 'select count(*) from people.dossiers d left join people.persons p on p.id = d.person_id where p.id is null',
  },
  {
    name: 'no intervention without its dossier',
    query:
      'select count(*) from people.interventions i left join people.dossiers d on d.id = i.dossier_id where d.id is null',
  },
  {
    name: 'no referral without its dossier',
    query:
      'select count(*) from people.referrals r left join people.dossiers d on d.id = r.dossier_id where d.id is null',
  },
  {
    name: 'no referral event without its referral',
    query:
      'select count(*) from people.referral_events e left join people.referrals r on r.id = e.referral_id where r.id is null',
  },
  {
    name: 'no dossier event without its dossier',
    query:
      'select count(*) from people.dossier_events e left join people.dossiers d on d.id = e.dossier_id where d.id is null',
  },
  {
    name: "every dossier has its 'opened' event",
    query:
      "select count(*) from people.dossiers d where not exists (select 1 from people.dossier_events e where e.dossier_id = d.id and e.kind = 'opened')",
  },
  {
    name: "every referral has its first event (none → 'sent')",
    query:
      "select count(*) from people.referrals r where not exists (select 1 from people.referral_events e where e.referral_id = r.id and e.from_status is null and e.to_status = 'sent')",
  },
  {
    name: 'no agreement amount without its agreement',
    query:
      'select count(*) from partners.agreement_amounts m left join partners.agreements a on a.id = m.agreement_id where a.id is null',
  },
  {
    name: 'every agreement has its amounts, summing to its total',
    query:
      'select count(*) from partners.agreements a where a.total_cents <> coalesce((select sum(m.amount_cents) from partners.agreement_amounts m where m.agreement_id = a.id), -1)',
  },
]

export type CheckCounts = { recordsChecked: number; invariantsChecked: number }

/** Every acknowledged record by SQL (there, with its marker), every invariant, and the audit hash chain. */
export async function checkBySql(
  db: Db,
  log: LoadLog,
): Promise<CheckCounts & { cutPresent: number; cutAbsent: number }> {
  const problems: string[] = []
  for (const kind of kinds) {
    const acks = log.of(kind)
    if (acks.length === 0) continue
    const ids = acks.map((a) => a.id)
    const rows = await queryRows<{ id: string; marker: string }>(
      db,
      sql`select id::text as id, ${sql.raw(where[kind].marker)} as marker from ${sql.raw(where[kind].table)} where id::text in ${ids}`,
    )
    const found = new Map(rows.map((r) => [r.id, r.marker]))
    const lost = acks.filter((a) => found.get(a.id) !== a.marker)
    if (lost.length > 0)
      problems.push(
        `${lost.length} acknowledged ${kind}(s) missing or changed, e.g. ${JSON.stringify(lost.slice(0, 3))}`,
      )
  }
  for (const inv of invariants) {
    const [row] = await queryRows<{ count: number }>(db, sql.raw(inv.query))
    if (Number(row!.count) !== 0) problems.push(`${inv.name}: ${row!.count} row(s) break it`)
  }
  const chain = await verifyAuditChain(db)
  if (!chain.intact) problems.push(`audit hash chain broken at event ${JSON.stringify(chain)}`)
  if (problems.length > 0) throw new Error(`after a kill:\n${problems.join('\n')}`)
  const cut = await cutOutcome(db, log)
  return { recordsChecked: log.acks.length, invariantsChecked: invariants.length + 1, ...cut }
}

/** How many creates cut by a kill committed (whole, by the invariants above) and how many left nothing. */
async function cutOutcome(db: Db, log: LoadLog): Promise<{ cutPresent: number; cutAbsent: number }> {
  let present = 0
  for (const kind of kinds) {
    const markers = log.cut.filter((c) => c.kind === kind).map((c) => c.marker)
    if (markers.length === 0) continue
    const [row] = await queryRows<{ count: number }>(
      db,
      sql`select count(*) from ${sql.raw(where[kind].table)} where ${sql.raw(where[kind].marker)} in ${markers}`,
    )
    present += Number(row!.count)
  }
  const cut = log.cut.length
  return { cutPresent: present, cutAbsent: cut - present }
}

/** Every acknowledged record read back through the API of the restarted server (200, with what was sent). */
export async function checkByApi(base: string, token: string, acks: Ack[], concurrency = 6): Promise<number> {
  const problems: string[] = []
  let next = 0
  async function worker() {
    while (next < acks.length) {
      const ack = acks[next++]!
      const res = await fetch(`${base}/api/v1/${where[ack.kind].api}/${ack.id}`, {
        headers: { authorization: `Bearer ${token}` },
      })
      const body = (await res.json()) as Record<string, unknown>
      if (res.status !== 200 || body[where[ack.kind].field] !== ack.marker) {
        problems.push(`${ack.kind} ${ack.id}: ${res.status} ${JSON.stringify(body).slice(0, 200)}`)
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  if (problems.length > 0)
    throw new Error(
      `${problems.length} acknowledged record(s) unreadable after a restart:\n${problems.slice(0, 5).join('\n')}`,
    )
  return acks.length
}
