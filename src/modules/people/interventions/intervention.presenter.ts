import type { InterventionOutput } from './intervention.contracts.js'
import type { InterventionRow } from './intervention.queries.js'

export function presentIntervention(row: InterventionRow): InterventionOutput {
  return {
    id: row.id,
    dossierId: row.dossierId,
    occurredAt: row.occurredAt.toISOString(),
    occurredOn: row.occurredOn,
    mode: row.mode,
    durationMinutes: row.durationMinutes,
    servicePointId: row.servicePointId,
    regionCode: row.regionCode,
    summary: row.summary,
  }
}
