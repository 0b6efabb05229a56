import type { AdvisorServiceOutput, FollowUpStatus } from './advisor-service.contracts.js'
import type { AdvisorServiceRow } from './advisor-service.queries.js'

/** Where a service's follow-up stands on a civil date (today in Québec): due on that day is not yet overdue. */
export function followUpStatusOf(row: Pick<AdvisorServiceRow, 'followUpOn' | 'followUpDoneAt'>, today: string) {
  let status: FollowUpStatus = 'none'
  if (row.followUpDoneAt) status = 'done'
  else if (row.followUpOn) status = row.followUpOn < today ? 'overdue' : 'due'
  return status
}

/** A service as the API and the pages show it, every field listed; `advisorNames` holds the advisors' names. */
export function presentAdvisorService(
  row: AdvisorServiceRow,
  advisorNames: ReadonlyMap<string, string>,
  today: string,
): AdvisorServiceOutput {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    regionCode: row.regionCode,
    kind: row.kind,
    servedOn: row.servedOn,
    advisorId: row.advisorId,
    advisorName: row.advisorId ? (advisorNames.get(row.advisorId) ?? null) : null,
    outcome: row.outcome,
    followUpOn: row.followUpOn,
    followUpDoneAt: row.followUpDoneAt?.toISOString() ?? null,
    followUpStatus: followUpStatusOf(row, today),
    createdAt: row.createdAt.toISOString(),
  }
}
