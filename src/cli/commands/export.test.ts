import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type TestContext, test } from 'node:test'
import { buildTestApp } from '../../../test/build-test-app.js'
import { buildDossier, buildIntervention } from '../../../test/factories/people.js'
import { buildServicePoint } from '../../../test/factories/territory.js'
import { resolveOpenDataYears, writeOpenData } from '../../modules/reports/index.js'
import { exportCommand } from './export.js'

// The CLI as a user runs it (bin/escale.js) on an embedded database in a temporary folder; the writer it calls runs
// in-process on this test's database (embedded or PostgreSQL).
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'escale-export-'))
function escale(...args: string[]) {
  return spawnSync(process.execPath, ['bin/escale.js', ...args], {
    env: { ...process.env, ESCALE_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  })
}
const newDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'escale-opendata-'))
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

test('writes every set as CSV and JSON, the dictionary, a README and a manifest that matches the files', async () => {
  const t = await buildTestApp()
  const point = await buildServicePoint(t.system, { regionCode: '11' })
  for (let i = 0; i < 2; i++) {
    const dossier = await buildDossier(t.system, { servicePointId: point.id, startsOn: '2020-05-01' })
    await buildIntervention(t.system, dossier, { occurredOn: '2020-06-01' })
  }
  const dir = newDir()
  const lines: string[] = []
  const manifest = await writeOpenData(t.system.db, dir, { from: 2020, to: 2021 }, new Date(), (l) => lines.push(l))
  assert.equal(lines.length, 6, 'one progress line per set')
  assert.deepEqual(manifest.period, { from: '2020-2021', to: '2021-2022' })
  const onDisk = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
  assert.deepEqual(onDisk, manifest)
  for (const file of manifest.files) {
    assert.equal(sha256(path.join(dir, file.file)), file.sha256, file.file)
    if (file.file.endsWith('.csv') && file.dataset) {
      const rows = fs.readFileSync(path.join(dir, file.file), 'utf8').trim().split('\r\n').length - 1
      assert.equal(rows, file.rows, file.file)
    }
  }
  const names = manifest.files.map((f) => f.file)
  for (const f of ['personnes-accompagnees.csv', 'ententes.json', 'dictionnaire.json', 'dictionnaire.csv', 'README.md'])
    assert.ok(names.includes(f), f)
  const persons = fs.readFileSync(path.join(dir, 'personnes-accompagnees.csv'), 'utf8')
  assert.match(persons, /^2020-2021,11,Gaspésie–Îles-de-la-Madeleine,[^,]+,<5\r$/m)
  assert.match(persons, /^2020-2021,00,Ensemble du Québec,All of Québec,<5\r$/m)
  assert.match(fs.readFileSync(path.join(dir, 'README.md'), 'utf8'), /CC BY 4\.0/)
  assert.equal(await resolveOpenDataYears(t.system.db, '2026-11-27', { from: 2022, to: 2021 }), undefined)
  assert.deepEqual(await resolveOpenDataYears(t.system.db, '2026-11-27', {}), { from: 2020, to: 2026 })
})

/** Runs the command in-process (no database is opened for bad arguments): its exit code and what it printed. */
async function runExport(positionals: string[], values: Record<string, string>, t: TestContext) {
  const printed: string[] = []
  t.mock.method(console, 'error', (line: string) => printed.push(line))
  const code = await exportCommand.run(values, positionals)
  t.mock.restoreAll()
  return { code, stderr: printed.join('\n') }
}

test('refuses another entity, a missing --out, a file or a folder under a file, and a bad fiscal year', async (t) => {
  assert.match(exportCommand.help, /--out <dir>/)
  const entity = await runExport(['nope'], { out: newDir() }, t)
  assert.equal(entity.code, 2)
  assert.match(entity.stderr, /Unknown or missing entity: nope\. Allowed: opendata(, [a-z]+)*\./)
  assert.match((await runExport([], { out: newDir() }, t)).stderr, /missing entity: \(none\)/)
  assert.match((await runExport(['opendata'], {}, t)).stderr, /--out: the directory/)
  const file = path.join(newDir(), 'a-file')
  fs.writeFileSync(file, '')
  assert.match((await runExport(['opendata'], { out: file }, t)).stderr, /Not a directory/)
  const underFile = await runExport(['opendata'], { out: path.join(file, 'sub') }, t)
  assert.equal(underFile.code, 2)
  assert.match(underFile.stderr, /Cannot create the directory .*sub \(ENOTDIR\)/)
  const absent = path.join(newDir(), 'absent')
  const badYear = await runExport(['opendata'], { out: absent, from: '2019-2021' }, t)
  assert.equal(badYear.code, 2)
  assert.match(badYear.stderr, /--from: a fiscal year/)
  assert.equal(fs.existsSync(absent), false, 'no directory created for a refused command')
})

test('exports the open data of a database from the command line', {
  skip: !!process.env.DATABASE_URL && 'embedded',
}, () => {
  const dir = newDir()
  const help = escale('export', '--help')
  assert.equal(help.status, 0)
  assert.match(help.stdout, /--from <year>/)
  // A folder that does not exist yet is created with its parents (mkdir -p).
  const out = path.join(dir, 'od', 'new')
  const run = escale('export', 'opendata', '--out', out, '--from', '2019-2020', '--to', '2020')
  assert.equal(run.status, 0, run.stderr)
  assert.match(run.stdout, /Open data 2019-2020 … 2020-2021 written/)
  const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'))
  assert.equal(manifest.files.find((f: { file: string }) => f.file === 'embauches.csv').rows, 2 * 18)
})
