import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm'
import { civilDate } from '../../../platform/clock.js'
import type { Db } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/errors.js'
import type { Lang } from '../../../platform/views/i18n.js'
import type { Actor, Ctx } from '../actor.js'
import { can } from '../policy.js'
import type { ScopeResolver } from '../scope.js'
import { findUserById } from '../users/user.queries.js'
import { actorOfUser } from '../users/user.presenter.js'
import { errorText } from '../jobs/job-runner.js'
import type { AnyExportSource, ExportFormat, ExportSource } from './export.contracts.js'
import { exportChunks, exportJobs } from './export.schema.js'
import { type ByteSink, chunkingSink, rowWriter } from './export.writers.js'

/**
 * How long a running export holds its row between two batches: a node that dies mid-export leaves it to another node
 * after this, which starts it again from scratch.
 */
export const EXPORT_LEASE_SECONDS = 120

/** The runner's clock and database, and how it resolves the requester's scope again. */
export type RunnerBase = { db: Db; now: () => Date; resolveScope: ScopeResolver }

/** What one run did (counts only), and the largest batch and buffer it held (memory stays bounded). */
export type RunnerStats = {
  done: number
  failed: number
  cancelled: number
  peakBatchRows: number
  peakBufferedBytes: number
}

type Row = typeof exportJobs.$inferSelect

class Stop extends Error {
  constructor(readonly why: 'cancelled' | 'lost') {
    super(why)
  }
}

const fail = (code: string) => new AppError('forbidden', code, { fr: code, en: code })

/** Claims the oldest queued export, or a running one whose node died (its lease expired): started again. */
async function claimExport(base: RunnerBase): Promise<Row | undefined> {
  const now = base.now()
  const lease = new Date(now.getTime() + EXPORT_LEASE_SECONDS * 1000)
  const [row] = await base.db
    .update(exportJobs)
    .set({ status: 'running', lockedUntil: lease, startedAt: now, rowsDone: 0, rowsTotal: null, bytes: null })
    .where(
      sql`${exportJobs.id} = (select id from access.export_jobs
        where status = 'queued' or (status = 'running' and locked_until < ${now})
        order by created_at, id for update skip locked limit 1)`,
    )
    .returning()
  return row
}

/** The requester as they are now: a disabled account, or one that lost the source's permission, fails the export. */
async function requesterCtx(base: RunnerBase, row: Row, source: AnyExportSource | undefined): Promise<Ctx> {
  if (!source) throw fail('SOURCE_UNKNOWN')
  const user = await findUserById(base.db, row.userId)
  if (!user || user.disabledAt) throw fail('USER_DISABLED')
  const actor: Actor = actorOfUser(user, 'session')
  if (!can(actor, source.permission)) throw fail('FORBIDDEN')
  const now = base.now()
  const grant = { kind: user.scopeKind, ref: user.scopeRef }
  // A scope that no longer resolves (a closed service point) fails the export rather than writing an empty file.
  const scope = await base.resolveScope(base.db, grant, civilDate(now))
  if (!scope) throw fail('SCOPE_UNRESOLVED')
  return { db: base.db, actor, scope, now, resolveScope: base.resolveScope, requestId: `export ${row.id}` }
}

/** Records progress and extends the lease; stops when the user cancelled or another node took the export over. */
async function progress(base: RunnerBase, row: Row, patch: { rowsDone?: number; rowsTotal?: number }): Promise<void> {
  const lease = new Date(base.now().getTime() + EXPORT_LEASE_SECONDS * 1000)
  const [now] = await base.db
    .update(exportJobs)
    .set({ ...patch, lockedUntil: lease })
    .where(and(eq(exportJobs.id, row.id), eq(exportJobs.status, 'running'), eq(exportJobs.startedAt, row.startedAt!)))
    .returning({ cancel: exportJobs.cancelRequested })
  if (!now) throw new Stop('lost')
  if (now.cancel) throw new Stop('cancelled')
}

/** Where rows go and how: the format, the headers' language and the sink of the file's bytes. */
export type ExportTarget = { format: ExportFormat; lang: Lang; sink: ByteSink }

/**
 * Streams a source's rows (as `ctx` reads them) through the format's writer into a sink, one batch at a time; tells
 * `onProgress` the total first, then the rows done after each batch (it may throw to stop). The background runner and
 * `escale export <source>` both write through this.
 */
export async function streamExport<F>(
  ctx: Ctx,
  source: ExportSource<F, unknown>,
  filters: F,
  target: ExportTarget,
  onProgress: (p: { rowsDone?: number; rowsTotal?: number; batchRows?: number }) => Promise<void>,
): Promise<void> {
  await onProgress({ rowsTotal: await source.count(ctx, filters) })
  const writer = rowWriter(target.format, source.columns, target.lang, target.sink, source.title[target.lang])
  let done = 0
  for await (const batch of source.batches(ctx, filters)) {
    await writer.writeRows(batch)
    done += batch.length
    await onProgress({ rowsDone: done, batchRows: batch.length })
  }
  await writer.finish()
}

/** Writes the export's file into its chunks, batch after batch; returns its size. */
async function writeFile(base: RunnerBase, row: Row, source: AnyExportSource, stats: RunnerStats): Promise<number> {
  const ctx = await requesterCtx(base, row, source)
  const parsed = source.filters.safeParse(row.filters)
  if (!parsed.success) throw fail('INVALID_INPUT')
  const file = chunkingSink(async (seq, data) => {
    await base.db.insert(exportChunks).values({ jobId: row.id, seq, data })
  })
  const target = { format: row.format as ExportFormat, lang: row.lang as Lang, sink: file.sink }
  await streamExport(ctx, source, parsed.data, target, async ({ batchRows, ...patch }) => {
    stats.peakBatchRows = Math.max(stats.peakBatchRows, batchRows ?? 0)
    await progress(base, row, patch)
  })
  stats.peakBufferedBytes = Math.max(stats.peakBufferedBytes, file.stats.peakBufferedBytes)
  return file.stats.bytes
}

/** Ends a claimed export: done with its size and expiry, or cancelled / failed with its chunks deleted. */
async function finish(base: RunnerBase, row: Row, end: Partial<Row>): Promise<void> {
  if (end.status !== 'done') await base.db.delete(exportChunks).where(eq(exportChunks.jobId, row.id))
  await base.db
    .update(exportJobs)
    .set({ ...end, lockedUntil: null, finishedAt: base.now() })
    .where(and(eq(exportJobs.id, row.id), eq(exportJobs.startedAt, row.startedAt!)))
}

/** Runs one claimed export to its end (never throws for the export's own failure: it is recorded). */
async function runOne(
  base: RunnerBase,
  row: Row,
  sources: readonly AnyExportSource[],
  retentionHours: number,
  stats: RunnerStats,
) {
  // Whatever an earlier, dead attempt wrote goes first.
  await base.db.delete(exportChunks).where(eq(exportChunks.jobId, row.id))
  try {
    if (row.cancelRequested) throw new Stop('cancelled')
    const source = sources.find((s) => s.name === row.source)
    const bytes = await writeFile(base, row, source!, stats)
    const expiresAt = new Date(base.now().getTime() + retentionHours * 3_600_000)
    await finish(base, row, { status: 'done', bytes, expiresAt })
    stats.done++
  } catch (error) {
    if (error instanceof Stop && error.why === 'lost') return
    if (error instanceof Stop) {
      await finish(base, row, { status: 'cancelled' })
      stats.cancelled++
      return
    }
    await finish(base, row, { status: 'failed', error: errorText(error) })
    stats.failed++
  }
}

/** Runs queued exports one after another until none is left to claim (at most `max` in one call). */
export async function runQueuedExports(
  base: RunnerBase,
  sources: readonly AnyExportSource[],
  retentionHours: number,
  max = 20,
): Promise<RunnerStats> {
  const stats: RunnerStats = { done: 0, failed: 0, cancelled: 0, peakBatchRows: 0, peakBufferedBytes: 0 }
  for (let i = 0; i < max; i++) {
    const row = await claimExport(base)
    if (!row) break
    await runOne(base, row, sources, retentionHours, stats)
  }
  return stats
}

/** Deletes the files of finished exports past their expiry and marks them expired (the history keeps the row). */
export async function expireExports(db: Db, now: Date): Promise<number> {
  const gone = await db
    .update(exportJobs)
    // The filters go with the file: a persons export's search words (a name, a date of birth) are not kept.
    .set({ status: 'expired', filters: {} })
    .where(and(eq(exportJobs.status, 'done'), lte(exportJobs.expiresAt, now)))
    .returning({ id: exportJobs.id })
  if (gone.length > 0)
    await db.delete(exportChunks).where(
      inArray(
        exportChunks.jobId,
        gone.map((g) => g.id),
      ),
    )
  return gone.length
}

/** One chunk of a file, in order (the download reads them one at a time). */
export async function readChunk(db: Db, jobId: string, seq: number): Promise<Buffer | undefined> {
  const [chunk] = await db
    .select({ data: exportChunks.data })
    .from(exportChunks)
    .where(and(eq(exportChunks.jobId, jobId), eq(exportChunks.seq, seq)))
    .orderBy(asc(exportChunks.seq))
  return chunk?.data
}
