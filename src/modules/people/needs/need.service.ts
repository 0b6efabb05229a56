import { actorUserId, type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { type FieldErrors, forbidden, invalidInput } from '../../../platform/errors.js'
import { getDossierRowForRead, getDossierRowForWork } from '../dossiers/dossier.service.js'
import type { AssessedNeedInput, AssessmentInput, DossierNeedOutput } from './need.contracts.js'
import { needErrors } from './need.messages.js'
import { canReadNeeds, canWriteNeeds } from './need.policy.js'
import { presentDossierNeed } from './need.presenter.js'
import {
  type AssessmentLine,
  type DossierNeedRow,
  deleteDossierNeeds,
  insertDossierNeeds,
  listAssessedNeedRows,
  listAssessmentLines,
  needIdsWithSteps,
  updateDossierNeeds,
} from './need.queries.js'

/** What one save changes: needs added, needs changed (with their row), needs removed. */
type AssessmentDiff = {
  added: AssessedNeedInput[]
  changed: { row: DossierNeedRow; input: AssessedNeedInput }[]
  removed: DossierNeedRow[]
}

const differs = (row: DossierNeedRow, input: AssessedNeedInput) =>
  row.priority !== input.priority || row.status !== input.status || (row.notes ?? null) !== (input.notes ?? null)

/**
 * Compares an assessment with the dossier's: a need must be offered on the day (in force, or already on this dossier
 * though retired since), and listed once. Errors are keyed `need_<code>` (the form's checkbox of that need).
 */
export function diffAssessment(lines: AssessmentLine[], input: AssessmentInput): AssessmentDiff {
  const byCode = new Map(lines.map((l) => [l.need.code, l]))
  const errors: FieldErrors = {}
  const seen = new Set<string>()
  const diff: AssessmentDiff = { added: [], changed: [], removed: [] }
  for (const need of input.needs) {
    const line = byCode.get(need.code)
    if (seen.has(need.code)) errors[`need_${need.code}`] = needErrors.duplicateNeed
    else if (!line) errors[`need_${need.code}`] = needErrors.unknownNeed
    else if (!line.assessed) diff.added.push(need)
    else if (differs(line.assessed, need)) diff.changed.push({ row: line.assessed, input: need })
    seen.add(need.code)
  }
  if (Object.keys(errors).length > 0) throw invalidInput(errors)
  diff.removed = lines.flatMap((l) => (l.assessed && !seen.has(l.need.code) ? [l.assessed] : []))
  return diff
}

/** The needs assessed in a dossier the caller may read (audited: a read of a person's file). */
export async function listDossierNeeds(ctx: Ctx, dossierId: string): Promise<DossierNeedOutput[]> {
  if (!canReadNeeds(ctx.actor)) throw forbidden()
  return inTransaction(ctx, async (tx) => {
    const dossier = await getDossierRowForRead(tx, dossierId)
    const rows = await listAssessedNeedRows(tx.db, dossier.id)
    await recordAudit(tx, {
      action: 'need.viewed',
      entityType: 'dossier',
      entityId: dossier.id,
      regionCode: dossier.regionCode,
    })
    return rows.map(presentDossierNeed)
  })
}

async function writeDiff(ctx: Ctx, dossierId: string, diff: AssessmentDiff): Promise<void> {
  const stamp = { assessedOn: civilDate(ctx.now), assessedBy: actorUserId(ctx.actor), updatedAt: ctx.now }
  const removedIds = diff.removed.map((r) => r.id)
  const planned = await needIdsWithSteps(ctx.db, removedIds)
  const blocked = diff.removed.filter((r) => planned.has(r.id))
  if (blocked.length > 0)
    throw invalidInput(Object.fromEntries(blocked.map((r) => [`need_${r.needCode}`, needErrors.hasSteps])))
  await deleteDossierNeeds(ctx.db, removedIds)
  await insertDossierNeeds(
    ctx.db,
    diff.added.map((n) => ({ dossierId, needCode: n.code, ...valuesOf(n), ...stamp, createdAt: ctx.now })),
  )
  await updateDossierNeeds(
    ctx.db,
    diff.changed.map(({ row, input }) => ({ id: row.id, ...valuesOf(input) })),
    stamp,
  )
}

const valuesOf = (n: AssessedNeedInput) => ({ priority: n.priority, status: n.status, notes: n.notes ?? null })

/**
 * Saves a dossier's needs assessment (the needs listed are kept or added, the others removed), dated today and
 * signed by the caller. Audit: one `need.assessed` event naming the needs added and one `need.updated` event naming
 * those changed or removed, per save, not one per need.
 */
export async function assessNeeds(ctx: Ctx, dossierId: string, input: AssessmentInput): Promise<DossierNeedOutput[]> {
  if (!canWriteNeeds(ctx.actor)) throw forbidden()
  return inTransaction(ctx, async (tx) => {
    const dossier = await getDossierRowForWork(tx, dossierId)
    const diff = diffAssessment(await listAssessmentLines(tx.db, dossier.id, civilDate(tx.now)), input)
    await writeDiff(tx, dossier.id, diff)
    const audit = { entityType: 'dossier', entityId: dossier.id, regionCode: dossier.regionCode }
    if (diff.added.length > 0)
      await recordAudit(tx, { ...audit, action: 'need.assessed', details: { added: diff.added.map((n) => n.code) } })
    if (diff.changed.length + diff.removed.length > 0) {
      const changed = diff.changed.map((c) => c.row.needCode)
      const removed = diff.removed.map((r) => r.needCode)
      await recordAudit(tx, { ...audit, action: 'need.updated', details: { changed, removed } })
    }
    return (await listAssessedNeedRows(tx.db, dossier.id)).map(presentDossierNeed)
  })
}
