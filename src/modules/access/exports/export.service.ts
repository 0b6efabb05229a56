import { and, desc, eq, sql } from 'drizzle-orm'
import { AppError, conflict, type FieldErrors, invalidInput, notFound } from '../../../platform/errors.js'
import { fieldErrorsOf, isUuid } from '../../../platform/validation.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { type Ctx, actorUserId, inTransaction } from '../actor.js'
import { recordAudit } from '../audit/audit.service.js'
import { assertCan } from '../policy.js'
import { type AnyExportSource, type ExportFormat, exportFormats, type ExportStatus } from './export.contracts.js'
import { exportErrors, unknownFiltersText } from './export.messages.js'
import { exportJobs } from './export.schema.js'

/** How many of a user's exports the history shows (newest first). */
export const HISTORY_SIZE = 50

/** What the pages and the API show of an export. */
export type ExportOutput = {
  id: string
  source: string
  format: ExportFormat
  lang: Lang
  filters: Record<string, string>
  status: ExportStatus
  rowsDone: number
  rowsTotal: number | null
  bytes: number | null
  error: string | null
  cancelRequested: boolean
  createdAt: string
  startedAt: string | null
  finishedAt: string | null
  expiresAt: string | null
}

export type ExportRequest = { source?: unknown; format?: unknown; filters?: Record<string, unknown>; lang: Lang }

type Row = typeof exportJobs.$inferSelect

/** The public shape of an export row. */
export function presentExport(row: Row): ExportOutput {
  const iso = (d: Date | null) => (d ? d.toISOString() : null)
  return {
    id: row.id,
    source: row.source,
    format: row.format as ExportFormat,
    lang: row.lang as Lang,
    filters: row.filters as Record<string, string>,
    status: row.status as ExportStatus,
    rowsDone: row.rowsDone,
    rowsTotal: row.rowsTotal,
    bytes: row.bytes,
    error: row.error,
    cancelRequested: row.cancelRequested !== null,
    createdAt: row.createdAt.toISOString(),
    startedAt: iso(row.startedAt),
    finishedAt: iso(row.finishedAt),
    expiresAt: iso(row.expiresAt),
  }
}

/** A source by its name, or undefined. */
export function findSource(sources: readonly AnyExportSource[], name: unknown): AnyExportSource | undefined {
  return typeof name === 'string' ? sources.find((s) => s.name === name) : undefined
}

/** The names of a source's filters (its schema's fields): any other name is refused. */
export function filterNames(source: AnyExportSource): string[] {
  const shape = (source.filters as { shape?: Record<string, unknown> }).shape
  return shape ? Object.keys(shape) : []
}

/**
 * The filters as the list screen sent them, kept for the run (parsed again then, with the same schema), or the errors:
 * a name the source does not know is refused (under `filters`, naming it), each invalid value under its own name.
 */
function checkFilters(source: AnyExportSource, raw: Record<string, unknown>) {
  const names = filterNames(source)
  const unknown = Object.keys(raw).filter((k) => !names.includes(k))
  const parsed = source.filters.safeParse(raw, { reportInput: true })
  const errors: FieldErrors = unknown.length > 0 ? { filters: unknownFiltersText(unknown) } : {}
  if (!parsed.success) Object.assign(errors, fieldErrorsOf(parsed.error.issues))
  const kept: Record<string, string> = {}
  for (const k of names) if (typeof raw[k] === 'string') kept[k] = raw[k] as string
  return { errors, kept }
}

/** The filters to keep for the run; invalid input (400, a message per field) otherwise. */
export function validFilters(source: AnyExportSource, raw: Record<string, unknown>): Record<string, string> {
  const { errors, kept } = checkFilters(source, raw)
  if (Object.keys(errors).length > 0) throw invalidInput(errors)
  return kept
}

/**
 * Checks the source, then the permission, then the format and the filters together (one 400 with every message).
 * An unknown source answers with the format's message too, and no filter is judged.
 */
function checkRequest(sources: readonly AnyExportSource[], ctx: Ctx, input: ExportRequest) {
  const source = findSource(sources, input.source)
  if (source) assertCan(ctx.actor, source.permission)
  const checked = source ? checkFilters(source, input.filters ?? {}) : { errors: {}, kept: {} }
  const errors: FieldErrors = source ? {} : { source: exportErrors.unknownSource }
  if (!(exportFormats as readonly unknown[]).includes(input.format)) errors.format = exportErrors.badFormat
  Object.assign(errors, checked.errors)
  if (!source || Object.keys(errors).length > 0) throw invalidInput(errors)
  return { source, format: input.format as ExportFormat, filters: checked.kept }
}

/** Queues an export of a list for the signed-in user (audited); the runner writes its file. */
export async function requestExport(
  ctx: Ctx,
  sources: readonly AnyExportSource[],
  input: ExportRequest,
): Promise<ExportOutput> {
  // Staff only, as the history: a partner is refused before anything it sent is judged (even an unknown list).
  assertCan(ctx.actor, 'app.use')
  const userId = actorUserId(ctx.actor)
  if (!userId) throw notFound('export')
  const { source, format, filters } = checkRequest(sources, ctx, input)
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(exportJobs)
      .values({ userId, source: source.name, format, lang: input.lang, filters, status: 'queued', createdAt: tx.now })
      .returning()
    await recordAudit(tx, {
      action: 'export.requested',
      entityType: 'export',
      entityId: row!.id,
      details: { source: source.name, format },
    })
    return presentExport(row!)
  })
}

/** The signed-in user's exports, newest first (the last `HISTORY_SIZE`); staff only (partners export nothing). */
export async function listExports(ctx: Ctx): Promise<ExportOutput[]> {
  assertCan(ctx.actor, 'app.use')
  const userId = actorUserId(ctx.actor)
  if (!userId) return []
  const rows = await ctx.db
    .select()
    .from(exportJobs)
    .where(eq(exportJobs.userId, userId))
    .orderBy(desc(exportJobs.createdAt), desc(exportJobs.id))
    .limit(HISTORY_SIZE)
  return rows.map(presentExport)
}

/** One export row of the signed-in user; anyone else's (or an id that is not one) is not found. */
export async function findOwnExport(ctx: Ctx, id: string): Promise<Row> {
  const userId = actorUserId(ctx.actor)
  if (!userId || !isUuid(id)) throw notFound('export')
  const [row] = await ctx.db
    .select()
    .from(exportJobs)
    .where(and(eq(exportJobs.id, id), eq(exportJobs.userId, userId)))
  if (!row) throw notFound('export')
  return row
}

/** One of the signed-in user's exports. */
export async function getExport(ctx: Ctx, id: string): Promise<ExportOutput> {
  return presentExport(await findOwnExport(ctx, id))
}

/**
 * Cancels an export: a queued one at once, a running one at the runner's next batch (it then deletes what it wrote).
 * One that has ended cannot be cancelled (409).
 */
export async function cancelExport(ctx: Ctx, id: string): Promise<ExportOutput> {
  const own = await findOwnExport(ctx, id)
  const [row] = await ctx.db
    .update(exportJobs)
    .set({
      status: sql`case when ${exportJobs.status} = 'queued' then 'cancelled' else ${exportJobs.status} end`,
      finishedAt: sql`case when ${exportJobs.status} = 'queued' then ${ctx.now}::timestamptz else null end`,
      cancelRequested: sql`coalesce(${exportJobs.cancelRequested}, ${ctx.now}::timestamptz)`,
    })
    .where(and(eq(exportJobs.id, own.id), sql`${exportJobs.status} in ('queued', 'running')`))
    .returning()
  if (!row) throw conflict('EXPORT_NOT_CANCELLABLE', 'export', exportErrors.notCancellable)
  return presentExport(row)
}

/** An expired file: 410 Gone. */
export const exportExpired = () => new AppError('gone', 'EXPORT_EXPIRED', exportErrors.expired)
