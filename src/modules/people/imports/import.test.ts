import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { and, eq, sql } from 'drizzle-orm'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'
import { dossiers } from '../dossiers/dossier.schema.js'
import { interventions } from '../interventions/intervention.schema.js'
import { persons } from '../persons/person.schema.js'
import { importFile } from './import.service.js'

const app = await buildTestApp()
const header =
  'given_name,family_name,birth_date,country_of_birth,languages,french_oral_comprehension,immigration_category,region_code'
let admin: TestUser
let agent: TestUser
let pointName: string

before(async () => {
  admin = await app.userOf('admin', 'all')
  agent = await app.userOf('agent', 'region', '11')
  pointName = (await buildServicePoint(app.system, { regionCode: '11', name: 'Point importé' })).name
})

const countPersons = async (familyName: string) =>
  (await app.system.db.select().from(persons).where(eq(persons.familyName, familyName))).length

test('imports persons, then their dossiers, then interventions naming them by name and birth date', async () => {
  const ctx = app.system
  const people = `${header}\nNadia,Importée,1988-04-12,DZ,ar|fr,7,economic,11\nJosé,Importé,1979-11-30,CO,es,,family_reunification,11\n`
  const r1 = await importFile(ctx, 'persons', people)
  assert.deepEqual(r1.problems, [])
  assert.equal(r1.imported, 2)
  const [nadia] = await ctx.db.select().from(persons).where(eq(persons.familyName, 'Importée'))
  assert.deepEqual(nadia!.languages, ['ar', 'fr'])
  assert.equal(nadia!.frenchOralComprehension, 7)

  const dossierCsv = `given_name;family_name;birth_date;service_point;intake_channel;starts_on\nNadia;Importée;1988-04-12;${pointName};walk_in;2021-02-01\n`
  const r2 = await importFile(ctx, 'dossiers', dossierCsv)
  assert.deepEqual(r2.problems, [])
  const [dossier] = await ctx.db.select().from(dossiers).where(eq(dossiers.personId, nadia!.id))
  assert.equal(dossier!.firstMeetingDueOn, '2021-02-08')

  const interventionCsv = `dossier_number,occurred_at,mode,duration_minutes,summary\n${dossier!.number},2021-02-03 10:30,in_person,60,Première rencontre\ngiven_name_absent,,,,\n`
  const bad = await importFile(ctx, 'interventions', interventionCsv)
  assert.equal(bad.imported, 0)
  assert.ok(bad.problems.some((p) => p.line === 3 && p.column === 'occurred_at'))
  const good = await importFile(ctx, 'interventions', interventionCsv.split('\n').slice(0, 2).join('\n'))
  assert.deepEqual(good.problems, [])
  const rows = await ctx.db.select().from(interventions).where(eq(interventions.dossierId, dossier!.id))
  assert.equal(rows[0]!.occurredOn, '2021-02-03')
})

test('saves nothing when one row is refused, and reports every bad row with line, column and message', async () => {
  const csv = [
    header,
    'Ana,Toutourien,1990-01-01,PE,es,,economic,11',
    'Bo,Toutourien,1990-13-01,PE,es,,economic,11',
    'Cy,Toutourien,1990-01-01,XX,es,15,economic,99',
    'Di,Toutourien,1990-01-01,PE,es,,economic,99',
    'Ed,Toutourien,1990-01-01,PE,es|zz,,economic,11',
  ].join('\n')
  const report = await importFile(app.system, 'persons', csv)
  assert.equal(report.imported, 0)
  assert.equal(await countPersons('Toutourien'), 0)
  const at = (line: number) => report.problems.filter((p) => p.line === line).map((p) => p.column)
  assert.deepEqual(at(2), [])
  assert.deepEqual(at(3), ['birth_date'])
  // Row 5's format is right, so the use case tries it even though rows 3 and 4 are refused: region 99 does not exist.
  assert.deepEqual(at(5), ['region_code'])
  // A list's bad item is reported on its column, not as `languages.1`.
  assert.deepEqual(at(6), ['languages'])
  // The region's existence is the service's check: a row that already fails its format is not sent to it.
  assert.deepEqual(at(4).sort(), ['country_of_birth', 'french_oral_comprehension'])
  assert.ok(report.problems.every((p) => p.message.fr.length > 0 && p.message.en.length > 0))
})

test('a likely duplicate refuses the whole file unless the row confirms it is someone else', async () => {
  await importFile(app.system, 'persons', `${header}\nMélanie,Doublon,1985-05-05,FR,fr,,economic,11`)
  const again = `${header},confirmed_not_duplicate\nMelanie,Doublon,1985-05-05,FR,fr,,economic,11,`
  const refused = await importFile(app.system, 'persons', again)
  assert.equal(refused.problems.length, 1)
  assert.equal(refused.problems[0]!.line, 2)
  assert.equal(await countPersons('Doublon'), 1)
  const confirmed = await importFile(app.system, 'persons', `${again}true`)
  assert.deepEqual(confirmed.problems, [])
  assert.equal(await countPersons('Doublon'), 2)
})

test('refuses unknown and missing columns, and a file that is not CSV, before reading any row', async () => {
  const columns = await importFile(app.system, 'persons', 'given_name,colour\nA,blue')
  assert.ok(columns.problems.some((p) => p.column === 'colour' && p.line === 1))
  assert.ok(columns.problems.some((p) => p.column === 'family_name'))
  const empty = await importFile(app.system, 'persons', `${header}\n`)
  assert.deepEqual(
    empty.problems.map((p) => [p.line, p.column, p.message.en]),
    [[1, null, 'The file holds no data rows (only the header, or nothing).']],
  )
  const broken = await importFile(app.system, 'persons', `${header}\n"Unclosed,quote`)
  assert.equal(broken.problems.length, 1)
  assert.equal(broken.imported, 0)
})

function multipart(entity: string, csv: string, token = csrfToken) {
  // As a browser sends it: the token in the form only (the test app's default header is replaced by an empty one).
  const boundary = '----escale-test'
  const part = (name: string, value: string, file = false) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? '; filename="p.csv"\r\nContent-Type: text/csv' : ''}\r\n\r\n${value}\r\n`
  const payload = `${part('_csrf', token)}${part('entity', entity)}${part('file', csv, true)}--${boundary}--\r\n`
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-csrf-token': '' } }
}

test('the upload page imports a file and shows the report; bad rows answer 400 with the table of problems', async () => {
  // As a browser asks for it: no CSRF header (the upload scope checks tokens on uploads only).
  const page = await app.injectAs(admin, { method: 'GET', url: '/app/admin/import', headers: { 'x-csrf-token': '' } })
  assert.equal(page.statusCode, 200)
  assert.match(page.body, /given_name/)
  const ok = await app.injectAs(admin, {
    method: 'POST',
    url: '/app/admin/import',
    ...multipart('persons', `${header}\nLina,Téléversée,1992-02-02,LB,ar,,economic,11\n`),
  })
  assert.equal(ok.statusCode, 200)
  assert.match(ok.body, /Une ligne importée/)
  const bad = await app.injectAs(admin, {
    method: 'POST',
    url: '/app/admin/import',
    ...multipart('persons', `${header}\nLina,Téléversée,not-a-date,LB,ar,,economic,11\n`),
  })
  assert.equal(bad.statusCode, 400)
  assert.match(bad.body, /birth_date/)
  const count = await app.system.db
    .select({ n: sql<number>`count(*)::int` })
    .from(persons)
    .where(and(eq(persons.familyName, 'Téléversée')))
  assert.equal(count[0]!.n, 1)
})

test('agents may not import; a form without its CSRF token is refused', async () => {
  const denied = await app.injectAs(agent, { method: 'GET', url: '/app/admin/import' })
  assert.equal(denied.statusCode, 403)
  const forged = await app.injectAs(admin, {
    method: 'POST',
    url: '/app/admin/import',
    ...multipart('persons', `${header}\nX,Forgé,1990-01-01,FR,fr,,economic,11\n`, 'forged'),
  })
  assert.equal(forged.statusCode, 403)
  assert.equal(await countPersons('Forgé'), 0)
})

test('a file over 5 MB is refused with 413, and an upload to a page that takes none with 415, never a 500', async () => {
  const big = `${header}\n${'Z,Énorme,1990-01-01,FR,fr,,economic,11\n'.repeat(150_000)}`
  const tooBig = await app.injectAs(admin, { method: 'POST', url: '/app/admin/import', ...multipart('persons', big) })
  assert.equal(tooBig.statusCode, 413)
  assert.equal(await countPersons('Énorme'), 0)
  const elsewhere = await app.injectAs(admin, {
    method: 'POST',
    url: '/app/admin/points-de-service/nouveau',
    ...multipart('persons', 'x'),
  })
  assert.equal(elsewhere.statusCode, 415)
})
