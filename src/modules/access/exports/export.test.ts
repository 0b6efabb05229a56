import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { sql } from 'drizzle-orm'
import { queryRows } from '../../../platform/db/database.js'
import { buildTestApp, type TestUser } from '../../../../test/build-test-app.js'
import { setUserDisabled } from '../users/user.service.js'
import { expireExports, runQueuedExports } from './export.runner.js'
import { gatedSource, numbersSource } from './export.test-sources.js'
import { CHUNK_BYTES } from './export.writers.js'

const numbers = numbersSource()
const gated = gatedSource()
const sources = [numbers, gated.source]
const t = await buildTestApp({ exportSources: sources })
const agent = await t.userOf('agent', 'all')
const other = await t.userOf('agent', 'all')
const advisor = await t.userOf('advisor', 'all')
const run = () => runQueuedExports(t.base, sources, 24)

async function ask(user: TestUser, body: Record<string, unknown>) {
  return t.injectAs(user, { method: 'POST', url: '/api/v1/exports', payload: body })
}
const api = (user: TestUser, url: string, method: 'GET' | 'POST' = 'GET') => t.injectAs(user, { method, url })
const audits = (id: string) =>
  queryRows<{ action: string; actor_user_id: string }>(
    t.database.db,
    sql`select action, actor_user_id from access.audit_events where entity_id = ${id} order by id`,
  )

describe('background exports: request, run, download', () => {
  it('writes a CSV (UTF-8 BOM, French headers, formula-safe cells) that only its requester downloads, audited', async () => {
    const res = await ask(agent, { source: 'numbers', format: 'csv', filters: { n: '2500' } })
    assert.equal(res.statusCode, 201, res.body)
    const id = res.json().id as string
    assert.equal(res.json().status, 'queued')
    assert.deepEqual(
      (await audits(id)).map((a) => a.action),
      ['export.requested'],
    )
    const stats = await run()
    assert.equal(stats.done, 1)
    const job = (await api(agent, `/api/v1/exports/${id}`)).json()
    assert.equal(job.status, 'done')
    assert.equal(job.rowsDone, 2500)
    assert.equal(job.rowsTotal, 2500)
    assert.ok(job.expiresAt && job.bytes > 0)
    assert.equal((await api(other, `/api/v1/exports/${id}`)).statusCode, 404)
    assert.equal((await api(other, `/api/v1/exports/${id}/file`)).statusCode, 404)
    const file = await api(agent, `/api/v1/exports/${id}/file`)
    assert.equal(file.statusCode, 200)
    assert.equal(file.headers['content-type'], 'text/csv; charset=utf-8')
    assert.match(
      String(file.headers['content-disposition']),
      /^attachment; filename="escale-numbers-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    assert.deepEqual([...file.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf])
    assert.equal(file.rawPayload.length, job.bytes)
    const rows = parse(file.rawPayload.subarray(3).toString('utf8')) as string[][]
    assert.deepEqual(rows[0], ['Numéro', 'Libellé', 'Note'])
    assert.equal(rows.length, 2501)
    assert.deepEqual(rows[2], ['2', 'Élément n° 2, « pair »', "'=1+1"])
    assert.deepEqual(rows[2500], ['2500', 'Élément n° 2500, « pair »', "'=1+1"])
    const events = await audits(id)
    assert.deepEqual(
      events.map((a) => a.action),
      ['export.requested', 'export.downloaded'],
    )
    assert.equal(events[1]!.actor_user_id, agent.actor.kind === 'user' ? agent.actor.userId : '')
  })

  it('writes an XLSX with English headers, read back by exceljs', async () => {
    const res = await ask(agent, { source: 'numbers', format: 'xlsx', filters: { n: '1200', note: 'ok' }, lang: 'en' })
    assert.equal(res.statusCode, 201, res.body)
    await run()
    const file = await api(agent, `/api/v1/exports/${res.json().id}/file`)
    assert.equal(file.statusCode, 200)
    assert.equal(file.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer)
    const sheet = book.worksheets[0]!
    assert.equal(sheet.name, 'Numbers')
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), ['Number', 'Label', 'Note'])
    assert.equal(sheet.rowCount, 1201)
    assert.deepEqual((sheet.getRow(1201).values as unknown[]).slice(1), [1200, 'Élément n° 1200, « pair »', 'ok'])
  })

  it('answers 400 with a message per field for an unknown source, a bad format or a bad filter', async () => {
    const bad = await ask(agent, { source: 'nope', format: 'pdf' })
    assert.equal(bad.statusCode, 400)
    assert.deepEqual(Object.keys(bad.json().error.fields).sort(), ['format', 'source'])
    const filter = await ask(agent, { source: 'numbers', format: 'csv', filters: { n: 'beaucoup' } })
    assert.equal(filter.statusCode, 400)
    assert.ok(filter.json().error.fields.n)
    const missing = await ask(agent, { source: 'numbers' })
    assert.equal(missing.statusCode, 400)
    assert.ok(missing.json().error.fields.format)
  })

  it('refuses a role without the source’s permission (403) and fails the export of a user disabled since', async () => {
    assert.equal((await ask(advisor, { source: 'numbers', format: 'csv' })).statusCode, 403)
    const late = await t.userOf('agent', 'all')
    const res = await ask(late, { source: 'numbers', format: 'csv' })
    await setUserDisabled(t.system, late.actor.kind === 'user' ? late.actor.userId : '', true)
    await run()
    const [row] = await queryRows<{ status: string; error: string }>(
      t.database.db,
      sql`select status, error from access.export_jobs where id = ${res.json().id}`,
    )
    assert.deepEqual(row, { status: 'failed', error: 'USER_DISABLED' })
  })
})

describe('background exports: cancel, take-over, expiry, memory', () => {
  it('cancels a queued export at once; an ended one answers 409; someone else’s 404', async () => {
    const id = (await ask(agent, { source: 'numbers', format: 'csv' })).json().id
    assert.equal((await api(other, `/api/v1/exports/${id}/cancel`, 'POST')).statusCode, 404)
    const res = await api(agent, `/api/v1/exports/${id}/cancel`, 'POST')
    assert.equal(res.statusCode, 200)
    assert.equal(res.json().status, 'cancelled')
    assert.equal((await run()).done, 0)
    assert.equal((await api(agent, `/api/v1/exports/${id}/cancel`, 'POST')).statusCode, 409)
    assert.equal((await api(agent, `/api/v1/exports/${id}/file`)).statusCode, 404)
  })

  it('stops a running export at its next batch when cancelled, and deletes what it wrote', async () => {
    const id = (await ask(agent, { source: 'gated', format: 'csv' })).json().id
    const running = run()
    for (let i = 0; i < 200 && (await api(agent, `/api/v1/exports/${id}`)).json().rowsDone < 3; i++)
      await new Promise((r) => setTimeout(r, 10))
    const mid = (await api(agent, `/api/v1/exports/${id}`)).json()
    assert.deepEqual([mid.status, mid.rowsDone, mid.rowsTotal], ['running', 3, 6])
    const cancel = await api(agent, `/api/v1/exports/${id}/cancel`, 'POST')
    assert.equal(cancel.json().cancelRequested, true)
    gated.release()
    assert.equal((await running).cancelled, 1)
    assert.equal((await api(agent, `/api/v1/exports/${id}`)).json().status, 'cancelled')
    const [chunks] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from access.export_chunks where job_id = ${id}`,
    )
    assert.equal(chunks!.n, 0)
  })

  it('takes over a running export whose lease expired (its node died) and starts it again from scratch', async () => {
    const id = (await ask(agent, { source: 'numbers', format: 'csv', filters: { n: '5' } })).json().id
    const past = new Date(Date.now() - 60_000)
    await t.database.db.execute(
      sql`update access.export_jobs set status = 'running', rows_done = 3, locked_until = ${past}, started_at = ${past} where id = ${id}`,
    )
    await t.database.db.execute(
      sql`insert into access.export_chunks (job_id, seq, data) values (${id}, 7, ${Buffer.from('stale')})`,
    )
    // A live lease is left alone.
    const other = (await ask(agent, { source: 'numbers', format: 'csv', filters: { n: '5' } })).json().id
    const future = new Date(Date.now() + 60_000)
    await t.database.db.execute(
      sql`update access.export_jobs set status = 'running', locked_until = ${future}, started_at = ${past} where id = ${other}`,
    )
    assert.equal((await run()).done, 1)
    const job = (await api(agent, `/api/v1/exports/${id}`)).json()
    assert.deepEqual([job.status, job.rowsDone], ['done', 5])
    const seqs = await queryRows<{ seq: number }>(
      t.database.db,
      sql`select seq from access.export_chunks where job_id = ${id} order by seq`,
    )
    assert.deepEqual(
      seqs.map((s) => s.seq),
      [0],
    )
    assert.equal((await api(agent, `/api/v1/exports/${other}`)).json().status, 'running')
  })

  it('expires files after the retention: chunks and filters deleted, the row kept as expired, the download answers 410', async () => {
    const id = (await ask(agent, { source: 'numbers', format: 'csv', filters: { n: '3' } })).json().id
    await run()
    const job = (await api(agent, `/api/v1/exports/${id}`)).json()
    await expireExports(t.database.db, new Date(Date.parse(job.expiresAt) - 1000))
    assert.equal((await api(agent, `/api/v1/exports/${id}`)).json().status, 'done')
    assert.ok((await expireExports(t.database.db, new Date(Date.parse(job.expiresAt) + 1000))) >= 1)
    const expired = (await api(agent, `/api/v1/exports/${id}`)).json()
    assert.equal(expired.status, 'expired')
    assert.deepEqual(expired.filters, {}, 'the filters (search words) are not kept past the file')
    const gone = await api(agent, `/api/v1/exports/${id}/file`)
    assert.equal(gone.statusCode, 410)
    assert.equal(gone.json().error.code, 'EXPORT_EXPIRED')
    const [chunks] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from access.export_chunks where job_id = ${id}`,
    )
    assert.equal(chunks!.n, 0)
  })

  it('writes 100 000 rows holding one batch and at most one 1 MiB chunk at a time', async () => {
    const id = (await ask(agent, { source: 'numbers', format: 'csv', filters: { n: '100000' } })).json().id
    const stats = await run()
    assert.equal(stats.done, 1)
    assert.ok(stats.peakBatchRows <= 1000, `batch ${stats.peakBatchRows}`)
    assert.ok(stats.peakBufferedBytes <= CHUNK_BYTES, `buffered ${stats.peakBufferedBytes}`)
    const job = (await api(agent, `/api/v1/exports/${id}`)).json()
    const sizes = await queryRows<{ n: number }>(
      t.database.db,
      sql`select length(data)::int as n from access.export_chunks where job_id = ${id} order by seq`,
    )
    assert.ok(sizes.length >= 3, `chunks ${sizes.length}`)
    assert.equal(
      sizes.reduce((a, s) => a + s.n, 0),
      job.bytes,
    )
    assert.ok(sizes.slice(0, -1).every((s) => s.n === CHUNK_BYTES))
    const file = await api(agent, `/api/v1/exports/${id}/file`)
    const text = file.rawPayload.toString('utf8')
    assert.equal(text.split('\r\n').length, 100_002)
    assert.ok(text.endsWith('100000,"Élément n° 100000, « pair »",\'=1+1\r\n'))
  })
})
