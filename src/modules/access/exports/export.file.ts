import { Readable } from 'node:stream'
import { civilDate } from '../../../platform/clock.js'
import { AppError, notFound } from '../../../platform/errors.js'
import type { Ctx } from '../actor.js'
import { recordAudit } from '../audit/audit.service.js'
import { assertCan } from '../policy.js'
import type { AnyExportSource, ExportFormat } from './export.contracts.js'
import { exportErrors } from './export.messages.js'
import { readChunk } from './export.runner.js'
import { exportExpired, findOwnExport, findSource } from './export.service.js'
import { formatFile } from './export.writers.js'

/** A file ready to send: its name, media type, size and bytes (read chunk by chunk as the client takes them). */
export type ExportFile = { filename: string; type: string; bytes: number; body: Readable }

const notReady = () => new AppError('not_found', 'EXPORT_NOT_READY', exportErrors.notReady)

/**
 * The file of one of the signed-in user's exports: the source's permission checked again, only a finished export
 * whose file has not expired (410 once it has). The download is audited with the export's id.
 */
export async function openExportFile(ctx: Ctx, sources: readonly AnyExportSource[], id: string): Promise<ExportFile> {
  const row = await findOwnExport(ctx, id)
  const source = findSource(sources, row.source)
  if (!source) throw notFound('export')
  assertCan(ctx.actor, source.permission)
  if (row.status === 'expired' || (row.status === 'done' && row.expiresAt && row.expiresAt <= ctx.now))
    throw exportExpired()
  if (row.status !== 'done') throw notReady()
  await recordAudit(ctx, {
    action: 'export.downloaded',
    entityType: 'export',
    entityId: row.id,
    details: { source: row.source, format: row.format },
  })
  const file = formatFile[row.format as ExportFormat]
  const date = civilDate(row.finishedAt ?? ctx.now)
  const db = ctx.db
  async function* chunks() {
    for (let seq = 0; ; seq++) {
      const data = await readChunk(db, row.id, seq)
      if (!data) return
      yield data
    }
  }
  return {
    filename: `escale-${row.source}-${date}.${file.ext}`,
    type: file.type,
    bytes: row.bytes ?? 0,
    body: Readable.from(chunks()),
  }
}
