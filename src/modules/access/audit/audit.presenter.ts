import type { Localized } from '../../../platform/errors.js'
import { type AuditVocabulary, auditActionLabel, auditEntityLabel } from '../access.messages.js'
import type { AuditRow } from './audit.queries.js'

/** One line of the journal as people read it: names and labels, never account ids, codes or UUIDs. */
export type JournalEntry = {
  id: number
  occurredAt: Date
  by: Localized
  action: Localized
  record: Localized
  reason: string | null
}

const text = {
  system: { fr: 'Système', en: 'System' },
  unidentified: { fr: 'Personne non identifiée', en: 'Unidentified person' },
  deletedAccount: { fr: 'Compte supprimé', en: 'Deleted account' },
} satisfies Record<string, Localized>

const same = (s: string): Localized => ({ fr: s, en: s })

function byOf(row: AuditRow): Localized {
  if (row.actorUserId) return row.actorName ? same(row.actorName) : text.deletedAccount
  // A failed sign-in is someone who could not prove who they are, not the system.
  return row.action === 'user.sign_in_failed' ? text.unidentified : text.system
}

/** Maps an audit row to what the journal shows. The reason is shown only when a person gave it (system labels are not). */
export function presentAuditEntry(row: AuditRow, vocabulary: AuditVocabulary): JournalEntry {
  const kind = auditEntityLabel(vocabulary, row.entityType)
  const record = row.subjectName
    ? { fr: `${kind.fr} : ${row.subjectName}`, en: `${kind.en}: ${row.subjectName}` }
    : kind
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    by: byOf(row),
    action: auditActionLabel(vocabulary, row.action),
    record,
    reason: row.actorUserId ? row.reason : null,
  }
}
