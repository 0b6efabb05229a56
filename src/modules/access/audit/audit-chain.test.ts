import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { createTestDatabase } from '../../../../test/db.js'
import { type Db, queryRows } from '../../../platform/db/database.js'
import { type Ctx, inTransaction, systemCtx } from '../actor.js'
import { verifyAuditChain } from './audit-chain.js'
import { recordAudit } from './audit.service.js'

// Tamper-evident audit (issue 5, defect 6): each event is chained to the previous one; a rewrite is caught.
async function freshLog(events: number): Promise<{ ctx: Ctx; ids: number[] }> {
  const database = await createTestDatabase()
  const ctx = systemCtx({ db: database.db, now: () => new Date(), resolveScope: async () => undefined }, 'test')
  for (let i = 0; i < events; i++) {
    await recordAudit(ctx, {
      action: 'thing.created',
      entityType: 'thing',
      entityId: `t${i}`,
      details: { changed: ['nom', 'ville'], n: i },
      regionCode: i % 2 ? '11' : null,
    })
  }
  const rows = await queryRows<{ id: number }>(ctx.db, sql`select id from access.audit_events order by id`)
  return { ctx, ids: rows.map((r) => r.id) }
}

/** What the database owner can do: switch the append-only trigger off, rewrite, switch it on again. */
async function asOwner(db: Db, change: ReturnType<typeof sql>) {
  await db.execute(sql`alter table access.audit_events disable trigger audit_events_append_only`)
  await db.execute(change)
  await db.execute(sql`alter table access.audit_events enable trigger audit_events_append_only`)
}

describe('audit hash chain', () => {
  test('links every event to the previous one and reports an intact chain', async () => {
    const { ctx, ids } = await freshLog(5)
    const rows = await queryRows<{ prev_hash: string; hash: string }>(
      ctx.db,
      sql`select prev_hash, hash from access.audit_events order by id`,
    )
    assert.equal(rows[0]!.prev_hash, '0'.repeat(64))
    for (let i = 1; i < rows.length; i++) assert.equal(rows[i]!.prev_hash, rows[i - 1]!.hash)
    assert.deepEqual(await verifyAuditChain(ctx.db), {
      intact: true,
      events: 5,
      lastId: ids.at(-1),
      lastHash: rows.at(-1)!.hash,
    })
  })

  test('catches an event the owner altered after disabling the trigger', async () => {
    const { ctx, ids } = await freshLog(5)
    await asOwner(ctx.db, sql`update access.audit_events set action = 'thing.viewed' where id = ${ids[2]}`)
    const report = await verifyAuditChain(ctx.db)
    assert.deepEqual(report, { intact: false, events: 2, brokenAt: ids[2], problem: 'altered', previousId: ids[1] })
  })

  test('catches an altered event whose hash was recomputed, at the next event', async () => {
    const { ctx, ids } = await freshLog(5)
    await asOwner(ctx.db, sql`update access.audit_events set region_code = '01' where id = ${ids[1]}`)
    await asOwner(
      ctx.db,
      sql`update access.audit_events e set hash = access.audit_event_hash(e, e.prev_hash) where id = ${ids[1]}`,
    )
    const report = await verifyAuditChain(ctx.db)
    assert.equal(report.intact === false && report.brokenAt, ids[2])
    assert.equal(report.intact === false && report.problem, 'unlinked')
  })

  test('catches a deleted event at the one that followed it', async () => {
    const { ctx, ids } = await freshLog(5)
    await asOwner(ctx.db, sql`delete from access.audit_events where id = ${ids[3]}`)
    assert.deepEqual(await verifyAuditChain(ctx.db), {
      intact: false,
      events: 3,
      brokenAt: ids[4],
      problem: 'unlinked',
      previousId: ids[2],
    })
  })

  test('catches the removal of the latest events', async () => {
    const { ctx, ids } = await freshLog(4)
    await asOwner(ctx.db, sql`delete from access.audit_events where id = ${ids[3]}`)
    assert.deepEqual(await verifyAuditChain(ctx.db), {
      intact: false,
      events: 3,
      brokenAt: ids[3],
      problem: 'truncated',
      previousId: ids[2],
    })
  })

  test('stays linear with concurrent writers, and a rolled-back event leaves no trace in the chain', async () => {
    const { ctx } = await freshLog(1)
    await assert.rejects(
      inTransaction(ctx, async (tx) => {
        await recordAudit(tx, { action: 'thing.created', entityType: 'thing', entityId: 'rolled-back' })
        throw new Error('abort')
      }),
    )
    await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        inTransaction(ctx, async (tx) => {
          await recordAudit(tx, { action: 'thing.updated', entityType: 'thing', entityId: `c${i}` })
          await recordAudit(tx, { action: 'thing.viewed', entityType: 'thing', entityId: `c${i}` })
        }),
      ),
    )
    const report = await verifyAuditChain(ctx.db)
    assert.equal(report.intact, true, JSON.stringify(report))
    assert.equal(report.events, 33)
  })

  test('refuses updates and deletes through the trigger while it is on', async () => {
    const { ctx, ids } = await freshLog(2)
    await assert.rejects(ctx.db.execute(sql`update access.audit_events set action = 'forged' where id = ${ids[0]}`))
    await assert.rejects(ctx.db.execute(sql`delete from access.audit_events where id = ${ids[0]}`))
    assert.equal((await verifyAuditChain(ctx.db)).intact, true)
  })
})
