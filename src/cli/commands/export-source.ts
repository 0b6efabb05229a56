import fs from 'node:fs'
import path from 'node:path'
import {
  type AnyExportSource,
  type ExportFormat,
  exportFormats,
  fileSink,
  streamExport,
  validFilters,
} from '../../modules/access/index.js'
import { withDatabase } from '../context.js'

/** The option names of a source's filters (the list screen's query names), when its schema is an object. */
export function filterNames(source: AnyExportSource): string[] {
  const shape = (source.filters as unknown as { shape?: Record<string, unknown> }).shape
  return shape ? Object.keys(shape) : []
}

/** Why `--out` cannot be written, or null: its folder must exist, and it must not be a folder itself. */
function outProblem(out: string): string | null {
  if (fs.existsSync(out) && fs.statSync(out).isDirectory()) return `--out: ${out} is a directory; give a file name.`
  const dir = path.dirname(path.resolve(out))
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return `--out: the folder ${dir} does not exist.`
  try {
    fs.accessSync(dir, fs.constants.W_OK)
    return null
  } catch {
    return `--out: cannot write into ${dir}.`
  }
}

export type SourceExportArgs = {
  source: AnyExportSource
  out: string | undefined
  format: string | undefined
  lang: string | undefined
  values: Record<string, string | boolean | undefined>
}

/** The arguments checked (before the database is opened): a message, or what to write. */
export function checkSourceExport(a: SourceExportArgs) {
  if (typeof a.out !== 'string' || a.out === '') return '--out: the file to write.'
  const format = a.format ?? (a.out.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv')
  if (!(exportFormats as readonly string[]).includes(format)) return `--format: ${exportFormats.join(' or ')}.`
  const lang = a.lang ?? 'fr'
  if (lang !== 'fr' && lang !== 'en') return '--lang: fr or en.'
  const problem = outProblem(a.out)
  if (problem) return problem
  const raw: Record<string, string> = {}
  for (const name of filterNames(a.source)) if (typeof a.values[name] === 'string') raw[name] = a.values[name] as string
  return { out: a.out, format: format as ExportFormat, lang: lang as 'fr' | 'en', raw }
}

/**
 * Writes a source's whole list (as the system: everything) into a file, streamed batch by batch through the same
 * writer as the background exports; progress on a terminal. The file is removed if the export fails.
 */
export async function writeSourceExport(
  source: AnyExportSource,
  a: { out: string; format: ExportFormat; lang: 'fr' | 'en'; raw: Record<string, string> },
): Promise<number> {
  const filters = source.filters.parse(validFilters(source, a.raw))
  return withDatabase(`export ${source.name}`, async (ctx) => {
    const sink = fileSink(a.out)
    const tty = process.stderr.isTTY
    let total = 0
    let done = 0
    const started = Date.now()
    try {
      await streamExport(ctx, source, filters, { format: a.format, lang: a.lang, sink }, async (p) => {
        if (p.rowsTotal !== undefined) total = p.rowsTotal
        if (p.rowsDone !== undefined) done = p.rowsDone
        if (tty && p.rowsDone !== undefined) process.stderr.write(`\r${done} / ${total} rows`)
      })
    } catch (error) {
      fs.rmSync(a.out, { force: true })
      throw error
    }
    if (tty) process.stderr.write('\n')
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    console.log(
      `${source.name}: ${done} rows written to ${a.out} (${a.format}, ${sink.bytes()} bytes) in ${seconds} s.`,
    )
    return 0
  })
}
