import { once } from 'node:events'
import fs from 'node:fs'
import { Writable } from 'node:stream'
import { excelJs } from '../../../platform/documents/excel.js'
import { csvCell } from '../../../platform/csv.js'
import type { Lang } from '../../../platform/views/i18n.js'
import type { ExportColumn, ExportFormat } from './export.contracts.js'

/** The largest piece of a file kept in memory and stored as one row of `export_chunks`. */
export const CHUNK_BYTES = 1024 * 1024

/** Where a writer's bytes go: the chunk table (background exports) or a file (`escale export`). */
export type ByteSink = { write(bytes: Buffer): Promise<void>; close(): Promise<void> }

/** What a writer reports: bytes written, and the most it ever held waiting for a sink (memory stays bounded). */
export type WriterStats = { bytes: number; peakBufferedBytes: number }

/**
 * Cuts a stream of bytes into pieces of exactly `size` bytes (the last one shorter) handed to `store` in order: at most
 * one piece is held at a time.
 */
export function chunkingSink(store: (seq: number, bytes: Buffer) => Promise<void>, size = CHUNK_BYTES) {
  let parts: Buffer[] = []
  let held = 0
  let seq = 0
  const stats = { bytes: 0, peakBufferedBytes: 0 }
  async function flush(): Promise<void> {
    if (held === 0) return
    const all = Buffer.concat(parts, held)
    parts = []
    held = 0
    await store(seq++, all)
  }
  const sink: ByteSink = {
    async write(bytes) {
      stats.bytes += bytes.length
      let rest = bytes
      while (held + rest.length >= size) {
        parts.push(rest.subarray(0, size - held))
        held = size
        stats.peakBufferedBytes = Math.max(stats.peakBufferedBytes, held)
        rest = rest.subarray(parts.at(-1)!.length)
        await flush()
      }
      if (rest.length > 0) parts.push(Buffer.from(rest))
      held += rest.length
      stats.peakBufferedBytes = Math.max(stats.peakBufferedBytes, held)
    },
    close: flush,
  }
  return { sink, stats, chunks: () => seq }
}

/** Writes rows of one source in one format; `finish` ends the file (its totals are the sink's). */
export type RowWriter<R> = { writeRows(rows: readonly R[]): Promise<void>; finish(): Promise<void> }

/** The header row, in the export's language. */
function headers<R>(columns: readonly ExportColumn<R>[], lang: Lang): string[] {
  return columns.map((c) => c.header[lang])
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf])

/** RFC 4180 CSV (formula-safe cells, CRLF), UTF-8 with a byte-order mark so that Excel reads accents. */
function csvWriter<R>(columns: readonly ExportColumn<R>[], lang: Lang, sink: ByteSink): RowWriter<R> {
  const line = (cells: readonly unknown[]) => `${cells.map(csvCell).join(',')}\r\n`
  let started = false
  async function start(): Promise<void> {
    if (started) return
    started = true
    await sink.write(Buffer.concat([BOM, Buffer.from(line(headers(columns, lang)))]))
  }
  return {
    async writeRows(rows) {
      await start()
      let text = ''
      for (const r of rows) text += line(columns.map((c) => c.value(r, lang)))
      await sink.write(Buffer.from(text))
    },
    async finish() {
      await start()
      await sink.close()
    },
  }
}

/**
 * XLSX through exceljs's streaming writer (rows committed as they come, no shared strings or styles, so nothing of
 * the sheet stays in memory): the zip it produces flows into the sink as it is compressed.
 */
function xlsxWriter<R>(
  columns: readonly ExportColumn<R>[],
  lang: Lang,
  sink: ByteSink,
  sheetName: string,
): RowWriter<R> {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      sink.write(chunk).then(() => done(), done)
    },
  })
  const workbook = new (excelJs().stream.xlsx.WorkbookWriter)({ stream, useStyles: false, useSharedStrings: false })
  const sheet = workbook.addWorksheet(sheetName.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31))
  sheet.addRow(headers(columns, lang)).commit()
  return {
    async writeRows(rows) {
      for (const r of rows) sheet.addRow(columns.map((c) => c.value(r, lang))).commit()
      // Let the compressor take what was committed before the next batch is read.
      await new Promise((resolve) => setImmediate(resolve))
    },
    async finish() {
      sheet.commit()
      await workbook.commit()
      await sink.close()
    },
  }
}

/** The writer of a format: CSV or XLSX (its only sheet named after the source). */
export function rowWriter<R>(
  format: ExportFormat,
  columns: readonly ExportColumn<R>[],
  lang: Lang,
  sink: ByteSink,
  sheetName: string,
): RowWriter<R> {
  return format === 'csv' ? csvWriter(columns, lang, sink) : xlsxWriter(columns, lang, sink, sheetName)
}

/** The file's media type and extension. */
export const formatFile: Record<ExportFormat, { type: string; ext: string }> = {
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' },
}

/** A file written as the bytes come (waiting when the disk is behind): `escale export <source> --out <file>`. */
export function fileSink(path: string): ByteSink & { bytes: () => number } {
  const out = fs.createWriteStream(path)
  let bytes = 0
  const failed = new Promise<never>((_, reject) => out.once('error', reject))
  failed.catch(() => {})
  return {
    async write(chunk) {
      bytes += chunk.length
      if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed])
    },
    async close() {
      out.end()
      await Promise.race([once(out, 'finish'), failed])
    },
    bytes: () => bytes,
  }
}
