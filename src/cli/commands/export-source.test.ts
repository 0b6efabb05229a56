import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type TestContext, test } from 'node:test'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { buildTestApp } from '../../../test/build-test-app.js'
import { fileSink, streamExport } from '../../modules/access/index.js'
import { numbersSource } from '../../modules/access/exports/export.test-sources.js'
import { exportCommand } from './export.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'escale-export-list-'))

test('streams a list into a file through the background exports’ writer (CSV and XLSX), with its progress', async () => {
  const t = await buildTestApp()
  const source = numbersSource(500)
  const csv = path.join(dir, 'numbers.csv')
  const seen: number[] = []
  const filters = { n: 1234, note: 'x' }
  await streamExport(t.system, source, filters, { format: 'csv', lang: 'en', sink: fileSink(csv) }, async (p) => {
    if (p.rowsDone !== undefined) seen.push(p.rowsDone)
  })
  assert.deepEqual(seen, [500, 1000, 1234])
  const rows = parse(fs.readFileSync(csv, 'utf8').replace(/^\uFEFF/, '')) as string[][]
  assert.deepEqual(rows[0], ['Number', 'Label', 'Note'])
  assert.equal(rows.length, 1235)
  const xlsx = path.join(dir, 'numbers.xlsx')
  await streamExport(t.system, source, filters, { format: 'xlsx', lang: 'fr', sink: fileSink(xlsx) }, async () => {})
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(xlsx)
  assert.deepEqual((book.worksheets[0]!.getRow(1).values as unknown[]).slice(1), ['Numéro', 'Libellé', 'Note'])
  assert.equal(book.worksheets[0]!.rowCount, 1235)
})

async function runExport(positionals: string[], values: Record<string, string>, t: TestContext) {
  const printed: string[] = []
  t.mock.method(console, 'error', (line: string) => printed.push(line))
  const code = await exportCommand.run(values, positionals)
  t.mock.restoreAll()
  return { code, stderr: printed.join('\n') }
}

test('refuses a missing --out, a folder as --out, a missing folder, a bad format or language', async (t) => {
  assert.match(exportCommand.help, /escale export <list> --out <file>/)
  assert.match(exportCommand.help, /interventions/)
  assert.match((await runExport(['interventions'], {}, t)).stderr, /--out: the file to write/)
  assert.match((await runExport(['interventions'], { out: dir }, t)).stderr, /is a directory/)
  const missing = await runExport(['interventions'], { out: path.join(dir, 'no', 'f.csv') }, t)
  assert.equal(missing.code, 2)
  assert.match(missing.stderr, /folder .* does not exist/)
  assert.match((await runExport(['persons'], { out: path.join(dir, 'a.csv'), format: 'pdf' }, t)).stderr, /--format/)
  assert.match((await runExport(['persons'], { out: path.join(dir, 'a.csv'), lang: 'de' }, t)).stderr, /--lang/)
})

test('escale export interventions writes the list from the command line', {
  skip: !!process.env.DATABASE_URL && 'embedded',
}, () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'escale-export-cli-'))
  const out = path.join(dir, 'interventions.xlsx')
  const run = spawnSync(process.execPath, ['bin/escale.js', 'export', 'interventions', '--out', out], {
    env: { ...process.env, ESCALE_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  })
  assert.equal(run.status, 0, run.stderr)
  assert.match(run.stdout, /interventions: 0 rows written to .*interventions\.xlsx \(xlsx, \d+ bytes\)/)
  assert.equal(fs.readFileSync(out).subarray(0, 2).toString(), 'PK')
})
