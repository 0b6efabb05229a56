import { parse } from 'csv-parse/sync'
import type { z } from 'zod'
import { type Ctx, inTransaction } from '../actor.js'
import { recordAudit } from '../audit/audit.service.js'
import { AppError, type FieldErrors, type Localized } from '../../../platform/errors.js'
import { fieldErrorsOf } from '../../../platform/validation.js'

/** One bad row of an import: its line in the file (the header is line 1), the column, the message. */
export type ImportProblem = { line: number; column: string | null; message: Localized }

/** What an import did: nothing at all when there is a problem (all-or-nothing), else every row. */
export type ImportReport = { entity: string; rows: number; imported: number; problems: ImportProblem[] }

/** A CSV column: its name in the header, whether a value is required, and what it holds (documentation, help page). */
export type ImportColumn = { name: string; required: boolean; description: Localized }

/** How one entity is imported: its columns, how a row becomes a service input, and the use case that saves it. */
export type ImportSpec<S extends z.ZodType, P = unknown> = {
  entity: string
  columns: readonly ImportColumn[]
  /** A row (column → text, blanks absent) → the input the service validates. */
  toInput(row: Record<string, string>): unknown
  /** Input field → the column to name in a problem, where they differ. */
  columnOf?: Record<string, string>
  schema: S
  /** What every row's save looks up (reference lists), read once per import rather than once per row. */
  prepare(ctx: Ctx): Promise<P>
  save(ctx: Ctx, input: z.output<S>, prepared: P): Promise<unknown>
  /**
   * Optional set-based `save` of every row at once (a few statements per thousand rows), used when present: it must
   * refuse exactly the rows `save` called row after row in file order would refuse, with the same errors, and write
   * the same rows and audit events; it may write nothing once a row is refused (the import is rolled back anyway).
   */
  saveMany?(ctx: Ctx, rows: ImportRow<z.output<S>>[], prepared: P): Promise<RowRefusal[]>
}

/** A row whose format is right: its line in the file and its validated input. */
export type ImportRow<I> = { line: number; input: I }

/** A row the use case refused: its line and the error `save` would have thrown for it. */
export type RowRefusal = { line: number; error: AppError }

/** Rolls the whole import back once every row was tried, so the report lists every problem, not the first. */
class ImportRefused extends Error {}

/** The most data rows an import takes unless its caller allows more (`escale import … --max-rows`). */
export const MAX_ROWS = 20_000

const tooLarge = (max: number) => ({
  fr: `Le fichier dépasse ${max.toLocaleString('fr-CA')} lignes.`,
  en: `The file has more than ${max.toLocaleString('en-CA')} rows.`,
})

type ReadCsv = { header: string[]; rows: Record<string, string>[]; problem?: ImportProblem }

function readCsv(text: string): ReadCsv {
  let header: string[] = []
  try {
    const records: Record<string, string>[] = parse(text, {
      columns: (names: string[]) => {
        header = names.map((h) => h.trim().toLowerCase())
        return header
      },
      bom: true,
      skip_empty_lines: true,
      trim: true,
      delimiter: [',', ';'],
    })
    return { header, rows: records }
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1
    const message = {
      fr: 'Le fichier n’est pas un CSV valide (guillemets ou nombre de colonnes).',
      en: 'The file is not valid CSV (quotes or number of columns).',
    }
    return { header, rows: [], problem: { line, column: null, message } }
  }
}

function headerProblems(spec: ImportSpec<z.ZodType>, header: string[]): ImportProblem[] {
  const known = new Set(spec.columns.map((c) => c.name))
  const unknown = header.filter((h) => !known.has(h))
  const missing = spec.columns.filter((c) => c.required && !header.includes(c.name))
  return [
    ...unknown.map((column) => ({
      line: 1,
      column,
      message: { fr: 'Colonne inconnue.', en: 'Unknown column.' },
    })),
    ...missing.map((c) => ({
      line: 1,
      column: c.name,
      message: { fr: 'Colonne obligatoire absente.', en: 'Required column missing.' },
    })),
  ]
}

function withoutBlanks(row: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ''))
}

function problemsOf(spec: ImportSpec<z.ZodType>, line: number, fields: FieldErrors, general?: Localized) {
  const entries = Object.entries(fields)
  if (entries.length === 0) return [{ line, column: null, message: general ?? fallback }]
  return entries.map(([path, message]) => {
    // A list's item (`languages.1`) is reported on its column.
    const field = path.split('.')[0]!
    return { line, column: field === '_' ? null : (spec.columnOf?.[field] ?? field), message }
  })
}

const fallback = { fr: 'Ligne refusée.', en: 'Row refused.' }

function validateRows<S extends z.ZodType>(spec: ImportSpec<S>, rows: Record<string, string>[]) {
  const inputs: { line: number; input: z.output<S> }[] = []
  const problems: ImportProblem[] = []
  rows.forEach((row, i) => {
    const line = i + 2
    const result = spec.schema.safeParse(spec.toInput(withoutBlanks(row)), { reportInput: true })
    if (result.success) inputs.push({ line, input: result.data })
    else problems.push(...problemsOf(spec, line, fieldErrorsOf(result.error.issues)))
  })
  return { inputs, problems }
}

/**
 * Saves every row through the entity's use case in one transaction (each row in its own savepoint, so one refusal does
 * not hide the next; or all at once through `saveMany` when the entity has it); any refusal, or one found before
 * (`refusedAlready`), rolls everything back. Returns the refusals.
 */
async function saveAll<S extends z.ZodType, P>(
  ctx: Ctx,
  spec: ImportSpec<S, P>,
  inputs: { line: number; input: z.output<S> }[],
  refusedAlready: boolean,
): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = []
  try {
    await inTransaction(ctx, async (tx) => {
      const prepared = await spec.prepare(tx)
      const refuse = ({ line, error }: RowRefusal) =>
        problems.push(...problemsOf(spec, line, error.fields ?? {}, error.localized))
      if (spec.saveMany) (await spec.saveMany(tx, inputs, prepared)).forEach(refuse)
      else
        for (const { line, input } of inputs) {
          await spec.save(tx, input, prepared).catch((error: unknown) => {
            if (!(error instanceof AppError)) throw error
            refuse({ line, error })
          })
        }
      if (refusedAlready || problems.length > 0) throw new ImportRefused()
      await recordAudit(tx, {
        action: 'import.completed',
        entityType: 'import',
        entityId: null,
        regionCode: null,
        details: { entity: spec.entity, rows: inputs.length },
      })
    })
  } catch (error) {
    if (!(error instanceof ImportRefused)) throw error
  }
  return problems
}

const noRows = {
  fr: 'Le fichier ne contient aucune ligne de données (seulement l’en-tête, ou rien).',
  en: 'The file holds no data rows (only the header, or nothing).',
}

/**
 * Imports a CSV file all-or-nothing: the header is checked, every row's format, then the rows whose format is right
 * are tried through the use case (see `saveAll`) even when others are not, so the report lists every problem of the
 * file at once (line, column, message); any problem rolls everything back. More than `limits.maxRows` data rows
 * (default `MAX_ROWS`) are refused before anything is read further.
 */
export async function importCsv<S extends z.ZodType, P>(
  ctx: Ctx,
  spec: ImportSpec<S, P>,
  text: string,
  limits: { maxRows?: number } = {},
): Promise<ImportReport> {
  const maxRows = limits.maxRows ?? MAX_ROWS
  const report = (rows: number, problems: ImportProblem[], imported = 0): ImportReport => ({
    entity: spec.entity,
    rows,
    imported,
    problems,
  })
  const { header, rows, problem } = readCsv(text)
  if (problem) return report(0, [problem])
  if (rows.length > maxRows) return report(rows.length, [{ line: 1, column: null, message: tooLarge(maxRows) }])
  if (header.length === 0) return report(0, [{ line: 1, column: null, message: noRows }])
  const checked = headerProblems(spec, header)
  if (checked.length > 0) return report(rows.length, checked)
  if (rows.length === 0) return report(0, [{ line: 1, column: null, message: noRows }])
  const { inputs, problems } = validateRows(spec, rows)
  const refused = [...problems, ...(await saveAll(ctx, spec, inputs, problems.length > 0))]
  refused.sort((a, b) => a.line - b.line)
  return refused.length > 0 ? report(rows.length, refused) : report(rows.length, [], inputs.length)
}
