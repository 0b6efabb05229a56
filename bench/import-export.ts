// Bulk measures against their floors. Import: a CSV of N new persons through Escale's import path (`importCsv` with
// the persons spec, as `escale import persons --max-rows N` runs it: every row checked by the schema, the duplicate
// probe, `createPerson` and its audit event, all-or-nothing in one transaction), against a bare `COPY` of the same file
// into a scratch table of text columns. Both are rolled back after timing, so the loaded data stay as they were.
// Export: the latest interventions (EXPORT_PERIOD, about 1 000 000 at Québec scale) by `COPY (select …) TO STDOUT` of
// the export's own columns and order (the floor), and `escale export interventions --out <file> --from --to` writing
// its CSV (timed as a process, rows counted in the file).
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type CtxBase, importCsv, systemCtx } from '../src/modules/access/index.js'
import { importSpecs } from '../src/modules/people/index.js'
import { openSession } from '../src/platform/db/backup/session.js'
import type { Database } from '../src/platform/db/database.js'
import { applicationExportSources } from '../src/server/export-sources.js'

export type ImportMeasure = { rows: number; importMs: number; copyMs: number; bytes: number }
export type ExportMeasure = {
  rows: number
  copyMs: number
  bytes: number
  /** `escale export interventions`: its rows and time, or why it was not measured. */
  command: { rows: number; ms: number } | { skipped: string }
}

const HEADER = 'given_name,family_name,birth_date,gender,country_of_birth,languages,region_code,city,preferred_language'
const GIVEN = ['Amina', 'Luis', 'Thi', 'Olga', 'Kofi', 'Mariam', 'Jorge', 'Yan', 'Fatou', 'Dmitri', 'Ana', 'Omar']
const REGIONS = ['06', '03', '16', '13', '05', '15', '14', '07', '17', '04']

/** A family name no synthetic person has: eight letters from the row number (different trigrams row to row). */
function familyOf(i: number): string {
  const letters = 'bcdfghjklmnpqrstvwxz'
  let name = ''
  let n = i * 7919 + 104_729
  for (let k = 0; k < 8; k++) {
    name += letters[n % letters.length]
    n = Math.floor(n / letters.length) + k * 31
  }
  return `${name[0]!.toUpperCase()}${name.slice(1)}`
}

/** N distinct persons as the persons import takes them (deterministic: the same file every run). */
export function personsCsv(rows: number): string {
  const lines = [HEADER]
  for (let i = 0; i < rows; i++) {
    // 14 983 days (a prime): rows born the same day are 14 983 apart, so never of the same given name (12 of them).
    const day = new Date(Date.UTC(1960, 0, 1) + (i % 14_983) * 86_400_000).toISOString().slice(0, 10)
    const gender = i % 2 === 0 ? 'female' : 'male'
    const region = REGIONS[i % REGIONS.length]
    lines.push(`${GIVEN[i % GIVEN.length]},${familyOf(i)},${day},${gender},HT,fr|es,${region},Ville ${i % 97},fr`)
  }
  return `${lines.join('\n')}\n`
}

const elapsed = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6

/** Rolls back what `run` wrote, after timing it: drizzle's rollback throws, the timing is kept. */
async function timedThenRolledBack(base: CtxBase, run: (ctx: ReturnType<typeof systemCtx>) => Promise<void>) {
  let ms = Number.NaN
  await base.db
    .transaction(async (tx) => {
      const start = process.hrtime.bigint()
      await run(systemCtx({ ...base, db: tx as unknown as CtxBase['db'] }, 'bench import'))
      ms = elapsed(start)
      tx.rollback()
    })
    .catch((error: Error) => {
      if (!/rollback/i.test(error.message) && error.name !== 'TransactionRollbackError') throw error
    })
  return ms
}

/** The bare floor: the same CSV bytes by `COPY … FROM STDIN (csv, header)` into a scratch table, rolled back. */
async function bareCopyIn(database: Database, csv: string): Promise<number> {
  const session = await openSession(database)
  try {
    const columns = HEADER.split(',')
      .map((c) => `${c} text`)
      .join(', ')
    await session.query(`create temp table bench_import_floor (${columns}) on commit drop`)
    const start = process.hrtime.bigint()
    const copy = await session.copyIn(`copy bench_import_floor from stdin with (format csv, header true)`)
    await copy.write(Buffer.from(csv))
    const rows = await copy.end()
    const ms = elapsed(start)
    if (rows !== csv.split('\n').length - 2) throw new Error(`COPY loaded ${rows} rows`)
    return ms
  } finally {
    await session.rollback()
  }
}

/** Imports `rows` new persons through Escale's import path, then COPYs the same file: both rolled back. */
export async function measureImport(database: Database, base: CtxBase, rows: number): Promise<ImportMeasure> {
  const csv = personsCsv(rows)
  const importMs = await timedThenRolledBack(base, async (ctx) => {
    const report = await importCsv(ctx, importSpecs.persons, csv, { maxRows: rows })
    if (report.imported !== rows) {
      const first = report.problems[0]
      throw new Error(
        `import refused: ${report.problems.length} problems, first line ${first?.line}: ${first?.message.en}`,
      )
    }
  })
  const copyMs = await bareCopyIn(database, csv)
  return { rows, importMs, copyMs, bytes: Buffer.byteLength(csv) }
}

// The rows and columns `interventionsExport` writes (its dossier, region and service point joined), in its keyset
// order (`interventions_region_date_idx`, then the id), as one statement.
const INTERVENTIONS = `select i.id, d.number, d.person_id, i.occurred_on, i.mode, i.duration_minutes, i.region_code,
  r.name_fr, r.name_en, sp.name from people.interventions i join people.dossiers d on d.id = i.dossier_id
  join territory.regions r on r.code = i.region_code join territory.service_points sp on sp.id = i.service_point_id
  where i.occurred_on between $from and $to order by i.region_code, i.occurred_on, i.dossier_id, i.id`

/** The export's period: the latest interventions, about 1 000 000 at Québec scale (the command's --from and --to). */
export const EXPORT_PERIOD = { from: '2025-03-31', to: '2026-12-31' }

/** The floor: the period's interventions by `COPY … TO STDOUT`, bytes and rows (lines) counted as they stream. */
async function bareCopyOut(database: Database): Promise<{ ms: number; bytes: number; rows: number }> {
  const session = await openSession(database, 'begin isolation level repeatable read read only')
  try {
    const query = INTERVENTIONS.replace('$from', `'${EXPORT_PERIOD.from}'`).replace('$to', `'${EXPORT_PERIOD.to}'`)
    const start = process.hrtime.bigint()
    let bytes = 0
    let rows = 0
    for await (const chunk of session.copyOut(`copy (${query}) to stdout with (format csv)`)) {
      bytes += chunk.length
      for (const byte of chunk) if (byte === 10) rows++
    }
    return { ms: elapsed(start), bytes, rows }
  } finally {
    await session.rollback()
  }
}

/** `escale export interventions --out <file>` as a process on the same database, when the command exists. */
async function commandExport(env: NodeJS.ProcessEnv): Promise<ExportMeasure['command']> {
  if (!applicationExportSources().some((s) => s.name === 'interventions'))
    return { skipped: 'no `interventions` export source in src/server/export-sources.ts' }
  const out = path.join(os.tmpdir(), `escale-bench-export-${process.pid}.csv`)
  const start = process.hrtime.bigint()
  let stderr = ''
  const code = await new Promise<number | null>((resolve) => {
    const period = ['--from', EXPORT_PERIOD.from, '--to', EXPORT_PERIOD.to]
    const args = ['--import', 'tsx', 'src/cli/main.ts', 'export', 'interventions', '--out', out, ...period]
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString()
    })
    child.on('exit', resolve)
  })
  const ms = elapsed(start)
  if (code !== 0 || !fs.existsSync(out)) {
    const said = stderr.split('\n')[0]?.trim() || 'no message'
    return {
      skipped: `\`escale export interventions --out <file>\` exited ${code} (“${said}”): the command is not there yet`,
    }
  }
  const lines = fs.readFileSync(out, 'utf8').split('\n').filter(Boolean).length
  fs.rmSync(out, { force: true })
  return { rows: lines - 1, ms }
}

/** The export measures: the floor on the period's interventions, then the command (its own row count). */
export async function measureExport(database: Database, env: NodeJS.ProcessEnv): Promise<ExportMeasure> {
  const floor = await bareCopyOut(database)
  return { rows: floor.rows, copyMs: floor.ms, bytes: floor.bytes, command: await commandExport(env) }
}
