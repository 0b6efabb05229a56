import { actorUserId, type Ctx, can } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { forbidden } from '../../../platform/errors.js'
import { type EmployerWorkKind, employerWorkKinds, type EmployerWorkRow, listEmployerWorkRows } from './work.queries.js'

/** One item of the queue: what, where it is handled, its date, whose. */
export type EmployerWorkItem = Omit<EmployerWorkRow, 'kind' | 'total' | 'overdue_total'>
/** One kind's items (the first ones) and its complete counts. */
export type EmployerWorkList = { items: EmployerWorkItem[]; total: number; overdue: number }
export type EmployerWork = Record<EmployerWorkKind, EmployerWorkList>

/** Whose items: the caller's own (and the requests nobody holds yet), or all of their regions'. */
export type WorkOwnerFilter = 'mine' | 'region'

/**
 * The advisor's queue in the caller's regions (employers.read), each kind with its counts; the new employer requests
 * only for those who handle them (employers.write).
 */
export async function getEmployerWork(ctx: Ctx, owner: WorkOwnerFilter = 'region'): Promise<EmployerWork> {
  if (!can(ctx.actor, 'employers.read')) throw forbidden()
  const me = actorUserId(ctx.actor)
  const options = { mineOnly: owner === 'mine', withRequests: can(ctx.actor, 'employers.write') }
  const rows = await listEmployerWorkRows(ctx.db, ctx.scope, me, civilDate(ctx.now), options)
  const work = Object.fromEntries(
    employerWorkKinds.map((k) => [k, { items: [], total: 0, overdue: 0 } as EmployerWorkList]),
  ) as EmployerWork
  for (const { kind, total, overdue_total, ...item } of rows) {
    const list = work[kind]
    list.items.push(item)
    list.total = Number(total)
    list.overdue = Number(overdue_total)
  }
  return work
}
