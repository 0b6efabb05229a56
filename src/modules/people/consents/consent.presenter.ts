import type { ConsentOutput, ConsentTextOutput } from './consent.contracts.js'
import { isConsentActive } from './consent.policy.js'
import type { ConsentHistoryRow, ConsentTextRow } from './consent.queries.js'

export function presentConsent(row: ConsentHistoryRow, today: string): ConsentOutput {
  return {
    id: row.id,
    personId: row.personId,
    purpose: row.purpose,
    textVersion: row.textVersion,
    givenOn: row.givenOn,
    expiresOn: row.expiresOn,
    recordedAt: row.recordedAt.toISOString(),
    recordedBy: row.recordedByName,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    withdrawnBy: row.withdrawnByName,
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
