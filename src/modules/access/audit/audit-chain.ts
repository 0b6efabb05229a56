import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { type Db, queryRows } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/errors.js'

/** The previous hash of the first event. */
export const GENESIS_HASH = '0'.repeat(64)
const BATCH = 2000

/**
 * Why the chain breaks at an event: its content no longer matches its hash (`altered`), it does not follow the event
 * before it (`unlinked`: an event between them was removed, or the previous one rewritten with a new hash), or the
 * chain stops before its recorded end (`truncated`: the latest events were removed).
 */
export type ChainProblem = 'altered' | 'unlinked' | 'truncated'

export type ChainReport =
  | { intact: true; events: number; lastId: number; lastHash: string }
  | { intact: false; events: number; brokenAt: number; problem: ChainProblem; previousId: number | null }

type EventText = {
  id: number
  id_text: string
  at: string
  actor: string | null
  action: string
  entity_type: string
  entity_id: string | null
  reason: string | null
  request_id: string | null
  details: string | null
  region_code: string | null
  prev_hash: string | null
  hash: string | null
}

// The encoding of migrations/0005_audit_hash_chain.sql, reimplemented here so the check does not trust the database's
// own functions: '~' for null, else '<byte length>:<text>'.
const field = (v: string | null) => (v === null ? '~' : `${Buffer.byteLength(v, 'utf8')}:${v}`)

/** The hash an event must carry, given the previous event's hash. */
export function eventHash(e: EventText, prev: string): string {
  const parts = [
    prev,
    e.id_text,
    e.at,
    e.actor,
    e.action,
    e.entity_type,
    e.entity_id,
    e.reason,
    e.request_id,
    e.details,
    e.region_code,
  ]
  return createHash('sha256').update(parts.map(field).join(''), 'utf8').digest('hex')
}

function readBatch(db: Db, after: number): Promise<EventText[]> {
  return queryRows<EventText>(
    db,
    sql`select id, id::text as id_text, to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at,
      actor_user_id::text as actor, action, entity_type, entity_id, reason, request_id, details::text as details,
      region_code, prev_hash, hash
      from access.audit_events where id > ${after} order by id limit ${BATCH}`,
  )
}

/**
 * Walks the whole audit chain in id order and reports the first broken link, or that it is intact up to the recorded
 * end. A rewrite of every hash from some point on is not caught here: keep the reported last hash somewhere else too.
 */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  let prev = GENESIS_HASH
  let previousId: number | null = null
  let events = 0
  for (let batch = await readBatch(db, 0); batch.length > 0; batch = await readBatch(db, previousId ?? 0)) {
    for (const e of batch) {
      if (e.prev_hash !== prev) return { intact: false, events, brokenAt: e.id, problem: 'unlinked', previousId }
      if (e.hash !== eventHash(e, prev))
        return { intact: false, events, brokenAt: e.id, problem: 'altered', previousId }
      prev = e.hash
      previousId = e.id
      events++
    }
  }
  const [head] = await queryRows<{ last_id: number; last_hash: string }>(
    db,
    sql`select last_id, last_hash from access.audit_chain_head where id = 1`,
  )
  if (!head || head.last_hash !== prev || head.last_id !== (previousId ?? 0)) {
    return {
      intact: false,
      events,
      brokenAt: head ? head.last_id : (previousId ?? 0),
      problem: 'truncated',
      previousId,
    }
  }
  return { intact: true, events, lastId: previousId ?? 0, lastHash: prev }
}

const problemText: Record<ChainProblem, { fr: string; en: string }> = {
  altered: {
    fr: 'son contenu ne correspond plus à son empreinte (modifié)',
    en: 'its content no longer matches its hash (altered)',
  },
  unlinked: {
    fr: "il ne suit pas l'événement précédent (un événement a été effacé, ou le précédent réécrit)",
    en: 'it does not follow the previous event (an event was erased, or the previous one rewritten)',
  },
  truncated: { fr: 'les derniers événements ont été effacés', en: 'the latest events were erased' },
}

/** The error a broken chain raises: the first broken event, what is wrong with it, the last intact event. */
export function auditChainBroken(report: Extract<ChainReport, { intact: false }>): AppError {
  const p = problemText[report.problem]
  const last = report.previousId ?? 0
  return new AppError('conflict', 'AUDIT_CHAIN_BROKEN', {
    fr: `Chaîne d'audit rompue à l'événement ${report.brokenAt} : ${p.fr}. Dernier événement intact : ${last}.`,
    en: `Audit chain broken at event ${report.brokenAt}: ${p.en}. Last intact event: ${last}.`,
  })
}
