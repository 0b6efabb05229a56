import fs from 'node:fs'
import path from 'node:path'
import type { Command } from '../command.js'
import { withDatabase } from '../context.js'
import type { Ctx } from '../../modules/access/index.js'
import {
  type BilanFormat,
  type BilanQuery,
  bilanFormats,
  computeBilan,
  findNarrative,
  renderBilan,
} from '../../modules/reports/index.js'
import { findDirectorateByName, findRegionByCode } from '../../modules/territory/index.js'
import { AppError } from '../../platform/errors.js'
import { isoDate, isUuid } from '../../platform/validation.js'

const help = `Usage: escale bilan (--region <code> | --directorate <name or id>) --from <YYYY-MM-DD> --to <YYYY-MM-DD>
                    [--lang fr|en] [--format md|html|pdf|docx|json] [--out <file>]

Computes the Bilan des réalisations of a region (its two-digit code, e.g. 11) or of every region a directorate serves
(its French name or its id) for a period, from the data, with the director's draft narrative, and prints it.

  --region <code>         the region, e.g. 11 (Gaspésie–Îles-de-la-Madeleine)
  --directorate <name|id> a directorate instead of a region
  --from, --to            the period's first and last days (civil dates)
  --lang fr|en            the language (default fr)
  --format <format>       md (default), html, pdf, docx or json
  --out <file>            writes to the file instead of the standard output (needed for pdf and docx on a terminal)

Exit code 0 when written; 2 with the option at fault named for a bad option, an unknown region or directorate.`

/** A refused option: the message names it; the command prints it with the help and exits 2. */
class OptionError extends Error {}

type Options = { target: { region?: string; directorate?: string }; from: string; to: string } & Rendering
type Rendering = { lang: 'fr' | 'en'; format: BilanFormat; out?: string }

function dateOption(values: Record<string, unknown>, name: 'from' | 'to'): string {
  const value = values[name]
  if (typeof value !== 'string' || value === '') throw new OptionError(`--${name}: required (YYYY-MM-DD).`)
  // The platform's civil date (1900–2199): year 0000 is ISO but PostgreSQL refuses it.
  if (!isoDate().safeParse(value).success)
    throw new OptionError(`--${name}: not a date in the form YYYY-MM-DD (1900 to 2199): ${value}`)
  return value
}

function renderingOptions(values: Record<string, unknown>): Rendering {
  const lang = values.lang ?? 'fr'
  if (lang !== 'fr' && lang !== 'en') throw new OptionError(`--lang: fr or en, not ${String(lang)}.`)
  const format = (values.format ?? 'md') as BilanFormat
  if (!bilanFormats.includes(format))
    throw new OptionError(`--format: one of ${bilanFormats.join(', ')}, not ${String(format)}.`)
  const out = typeof values.out === 'string' && values.out !== '' ? values.out : undefined
  if (!out && (format === 'pdf' || format === 'docx') && process.stdout.isTTY)
    throw new OptionError(`--out: a ${format} file is binary; name the file to write (--out bilan.${format}).`)
  return { lang, format, out }
}

/** The options checked before the database is opened (shape only; the region and directorate are looked up after). */
export function parseBilanOptions(values: Record<string, string | boolean | undefined>): Options {
  const region = typeof values.region === 'string' ? values.region.trim() : undefined
  const directorate = typeof values.directorate === 'string' ? values.directorate.trim() : undefined
  if (!region && !directorate) throw new OptionError('--region or --directorate: one of them is required.')
  if (region && directorate) throw new OptionError('--region and --directorate: give only one of them.')
  if (region !== undefined && !/^\d{2}$/.test(region))
    throw new OptionError(`--region: a region's two-digit code (01 to 17), not ${region}.`)
  const from = dateOption(values, 'from')
  const to = dateOption(values, 'to')
  if (to < from) throw new OptionError(`--to: the period ends (${to}) before it starts (--from ${from}).`)
  return { target: region ? { region } : { directorate }, from, to, ...renderingOptions(values) }
}

/** The Bilan's query, the region or directorate looked up (an unknown one is an option error). */
async function queryOf(ctx: Ctx, o: Options): Promise<BilanQuery> {
  const period = { from: o.from, to: o.to }
  if (o.target.region) {
    if (!(await findRegionByCode(ctx.db, o.target.region)))
      throw new OptionError(`--region: no region has the code ${o.target.region}.`)
    return { regionCode: o.target.region, ...period }
  }
  const name = o.target.directorate!
  const id = isUuid(name) ? name : (await findDirectorateByName(ctx.db, name))?.id
  if (!id) throw new OptionError(`--directorate: no directorate is named ${name}.`)
  return { directorateId: id, ...period }
}

/** Computes and renders the Bilan; an unknown directorate id (not_found) is reported against its option. */
async function renderFor(ctx: Ctx, o: Options) {
  try {
    const model = await computeBilan(ctx.db, await queryOf(ctx, o), ctx.now)
    const narrative = await findNarrative(ctx.db, model.region.code, model.period.from, model.period.to)
    return await renderBilan(model, o.lang, o.format, narrative)
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not_found')
      throw new OptionError(o.target.region ? '--region: not found.' : '--directorate: not found.')
    throw error
  }
}

/** --out's folder must exist and be writable: checked before the Bilan is computed, not after. */
function checkOut(out: string | undefined): void {
  if (!out) return
  const folder = path.dirname(path.resolve(out))
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    throw new OptionError(`--out: the folder ${folder} does not exist.`)
  if (fs.statSync(out, { throwIfNoEntry: false })?.isDirectory())
    throw new OptionError(`--out: ${out} is a folder; name the file to write.`)
  try {
    fs.accessSync(folder, fs.constants.W_OK)
  } catch {
    throw new OptionError(`--out: the folder ${folder} cannot be written.`)
  }
}

function writeOut(out: string, body: string | Uint8Array): void {
  try {
    fs.writeFileSync(out, body)
  } catch (error) {
    throw new OptionError(`--out: cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`)
  }
}

export const bilanCommand: Command = {
  name: 'bilan',
  summary: 'print or write the Bilan des réalisations of a region or directorate',
  help,
  options: {
    region: { type: 'string' },
    directorate: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    lang: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  },
  fieldOptions: { regionCode: 'region', directorateId: 'directorate' },
  async run(values) {
    try {
      const options = parseBilanOptions(values)
      checkOut(options.out)
      const rendered = await withDatabase('bilan', (ctx) => renderFor(ctx, options))
      if (options.out) {
        writeOut(options.out, rendered.body)
        console.error(`Bilan written to ${options.out}.`)
      } else process.stdout.write(rendered.body)
      return 0
    } catch (error) {
      if (!(error instanceof OptionError)) throw error
      console.error(`${error.message}\n\n${help}`)
      return 2
    }
  },
}
