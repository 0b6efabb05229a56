import type { ConsentOutput, ConsentTextOutput } from './consent.contracts.js'
import { isConsentActive } from './consent.policy.js'
import type { ConsentHistoryRow, ConsentTextRow } from './consent.queries.js'

/** A consent, with who recorded and withdrew it named from their accounts' display names (`userNames`, by id). */
export function presentConsent(
  row: ConsentHistoryRow,
  userNames: ReadonlyMap<string, string>,
  today: string,
): ConsentOutput {
  const nameOf = (id: string | null) => (id ? (userNames.get(id) ?? null) : null)
  return {
    id: row.id,
    personId: row.personId,
    purpose: row.purpose,
    textVersion: row.textVersion,
    givenOn: row.givenOn,
    expiresOn: row.expiresOn,
    recordedAt: row.recordedAt.toISOString(),
    recordedBy: nameOf(row.recordedBy),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    withdrawnBy: nameOf(row.withdrawnBy),
    active: isConsentActive(row, today),
  }
}

export function presentConsentText(row: ConsentTextRow): ConsentTextOutput {
  return {
    id: row.id,
    purpose: row.purpose,
    version: row.version,
    textFr: row.textFr,
    textEn: row.textEn,
    validFrom: row.validFrom,
  }
}
