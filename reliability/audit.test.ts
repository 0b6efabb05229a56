// Audit completeness across the whole application (issue 10): every route of the catalogue is classified
// (reliability/audit/route-classes.txt); every route that reads or changes one person's data, performed on a real
// record by an identity allowed to, leaves exactly one audit event naming the actor, the action, the record and the
// time; a refused request leaves none; lists and searches of persons leave one event naming no record; the audit table
// refuses UPDATE, DELETE and TRUNCATE.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import { after, before, describe, test } from 'node:test'
import { sql } from 'drizzle-orm'
import { backendName, reliabilitySize, writeReliabilitySection } from './report.js'
import { buildCatalogue } from './routes.js'
import { verifyAuditChain } from '../src/modules/access/audit/audit-chain.js'
import { changes } from './audit/changes.js'
import {
  userIdOf,
  actorFor,
  type AuditRow,
  buildWorld,
  eventsAfter,
  lastEventId,
  urlOn,
  type World,
} from './audit/world.js'

const { app: t, routes } = await buildCatalogue()
let world: World
const counts = {
  classified: 0,
  read: 0,
  change: 0,
  list: 0,
  none: 0,
  readsDone: 0,
  changesDone: 0,
  listsDone: 0,
  events: 0,
  refusals: 0,
  sqlRefusals: 0,
}

before(async () => {
  world = await buildWorld(t)
})

/** `METHOD /url` → class, from the data file. */
function readClasses(): Map<string, string> {
  const text = fs.readFileSync(new URL('./audit/route-classes.txt', import.meta.url), 'utf8')
  const entries = text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.replace(/#.*$/, '').trim().split(/\s+/) as [string, string, string])
  return new Map(entries.map(([kind, method, url]) => [`${method} ${url}`, kind]))
}
const classes = readClasses()
const routesOf = (kind: string) => routes.filter((r) => classes.get(`${r.method} ${r.url}`) === kind)

describe('every route is classified', () => {
  test('the catalogue and the table name the same routes, each with a known class', () => {
    const catalogue = new Set(routes.map((r) => `${r.method} ${r.url}`))
    const unclassified = [...catalogue].filter((key) => !classes.has(key))
    const stale = [...classes.keys()].filter((key) => !catalogue.has(key))
    assert.deepEqual(unclassified, [], 'routes to classify in reliability/audit/route-classes.txt')
    assert.deepEqual(stale, [], 'routes classified that the application no longer has')
    for (const [key, kind] of classes) assert.ok(['read', 'change', 'list', 'none'].includes(kind), `${key}: ${kind}`)
    counts.classified = catalogue.size
    for (const kind of ['read', 'change', 'list', 'none'] as const) counts[kind] = routesOf(kind).length
  })
})

// What a read leaves when it is not one event: a partner's first opening of a sent referral also receives it.
const readActions: Record<string, string[]> = {
  'GET /partenaires/references/:id': ['referral.received', 'referral.viewed'],
}
// Reads the suite does not perform, and why (each is covered where named).
const notPerformed: Record<string, string> = {
  'GET /app/exports/:id/fichier':
    'needs a finished export job: src/modules/access/exports/export.test.ts audits the download',
  'GET /api/v1/exports/:id/file':
    'needs a finished export job: src/modules/access/exports/export.test.ts audits the download',
}

/** Checks the events one request left: the expected actions, each by the user, on one of the ids, during the request. */
function eventProblems(
  events: AuditRow[],
  expected: string[] | number,
  userId: string,
  ids: string[],
  start: Date,
): string[] {
  const problems: string[] = []
  const actions = events.map((e) => e.action)
  if (typeof expected === 'number' ? events.length !== expected : actions.join() !== expected.join())
    problems.push(`events ${actions.join(',') || 'none'}`)
  for (const e of events) {
    if (e.actor !== userId) problems.push(`${e.action}: actor ${e.actor}`)
    if (!e.action.includes('.')) problems.push(`${e.action}: action`)
    if (!e.entity_id || !ids.includes(e.entity_id)) problems.push(`${e.action}: record ${e.entity_type} ${e.entity_id}`)
    const at = new Date(e.at).getTime()
    if (!(at >= start.getTime() - 1000 && at <= Date.now() + 1000)) problems.push(`${e.action}: time ${e.at}`)
  }
  counts.events += events.length
  return problems
}

describe('reads of one person’s data', () => {
  test('each leaves exactly one event with the actor, an action, the record and the time', async () => {
    const failures: string[] = []
    for (const route of routesOf('read')) {
      const key = `${route.method} ${route.url}`
      if (notPerformed[key]) continue
      const target = urlOn(world, route.url)
      assert.ok(target, `${route.url}: no record for its parameters`)
      const user = actorFor(world, route.url)
      const since = await lastEventId(t)
      const start = new Date()
      const res = await t.injectAs(user, { method: 'GET', url: target.url })
      if (res.statusCode !== 200) {
        failures.push(`${key}: ${res.statusCode}`)
        continue
      }
      const events = await eventsAfter(t, since)
      const problems = eventProblems(events, readActions[key] ?? 1, userIdOf(user), target.ids, start)
      failures.push(...problems.map((p) => `${key}: ${p}`))
      counts.readsDone++
    }
    assert.deepEqual(failures, [])
  })

  test('a read refused (unknown record, another region, another organization) answers 404 and leaves no event', async () => {
    const failures: string[] = []
    for (const route of routesOf('read')) {
      const key = `${route.method} ${route.url}`
      if (notPerformed[key]) continue
      const target = urlOn(world, route.url)!
      const unknown = target.url.replace(target.ids[0]!, crypto.randomUUID())
      const tries = [
        { user: actorFor(world, route.url), url: unknown },
        { user: route.url.startsWith('/partenaires') ? world.otherPartner : world.otherRegion, url: target.url },
      ]
      for (const { user, url } of tries) {
        const since = await lastEventId(t)
        const res = await t.injectAs(user, { method: 'GET', url })
        const events = await eventsAfter(t, since)
        if (res.statusCode !== 404) failures.push(`${key}: ${res.statusCode}`)
        if (events.length > 0) failures.push(`${key}: refused, yet ${events.map((e) => e.action).join(',')}`)
        counts.refusals++
      }
    }
    assert.deepEqual(failures, [])
  })
})

// The query a list needs to answer 200 (its required filters), by route.
const listQueries: Record<string, (w: World) => string> = {
  '/api/v1/interventions': (w) => `?dossier=${w.dossier.id}`,
  '/api/v1/reports/bilan/records': () => '?figure=personsAccompanied&region=11&from=2024-01-01&to=2024-12-31',
  '/app/bilans/chiffres/:figure': () => '?region=11&from=2024-01-01&to=2024-12-31',
}
const audited: string[] = []

describe('lists and searches of persons', () => {
  test('a list leaves at most one event, by its reader, naming no listed record (only the record it belongs to)', async () => {
    const failures: string[] = []
    for (const route of routesOf('list')) {
      const target = urlOn(world, route.url.replace(':figure', 'personsAccompanied')) ?? { url: route.url, ids: [] }
      const url = `${target.url.replace(':figure', 'personsAccompanied')}${listQueries[route.url]?.(world) ?? ''}`
      const user = actorFor(world, route.url)
      const since = await lastEventId(t)
      const res = await t.injectAs(user, { method: 'GET', url })
      const events = await eventsAfter(t, since)
      const key = `GET ${route.url}`
      if (res.statusCode !== 200) failures.push(`${key}: ${res.statusCode}`)
      if (events.length > 1) failures.push(`${key}: ${events.length} events`)
      for (const e of events) {
        if (e.actor !== userIdOf(user)) failures.push(`${key}: actor ${e.actor}`)
        if (e.entity_id !== null && !url.includes(e.entity_id)) failures.push(`${key}: names ${e.entity_id}`)
      }
      if (events.length === 1) audited.push(`${route.url} (${events[0]!.action})`)
      counts.events += events.length
      counts.listsDone++
    }
    assert.deepEqual(failures, [])
  })

  test('a search of persons by name, dossier number or birth date leaves one person.searched; the bare list none', async () => {
    const searches = ['?q=Nom', `?q=${world.dossier.number}`, '?q=1990-01-01', '?birthDate=1990-01-01']
    for (const base of ['/api/v1/persons', '/app/personnes']) {
      for (const [i, query] of ['', ...searches].entries()) {
        const since = await lastEventId(t)
        const start = new Date()
        const res = await t.injectAs(world.admin, { method: 'GET', url: `${base}${query}` })
        assert.equal(res.statusCode, 200, `${base}${query}`)
        const events = await eventsAfter(t, since)
        assert.deepEqual(
          events.map((e) => [e.action, e.entity_id]),
          i === 0 ? [] : [['person.searched', null]],
          `${base}${query}`,
        )
        for (const e of events) {
          assert.equal(e.actor, userIdOf(world.admin))
          assert.ok(new Date(e.at).getTime() >= start.getTime() - 1000)
        }
        counts.events += events.length
        counts.listsDone++
      }
    }
  })
})

describe('changes of personal data', () => {
  test('each leaves exactly one event with the actor, its action, the record and the time', async () => {
    const made: Record<string, string> = {}
    const failures: string[] = []
    for (const change of changes) {
      const user = change.as ? change.as(world) : world.admin
      const options = change.request(world, made)
      // First refused: an admin of another region gets 404 (or 400 for a region outside its scope) and leaves no event.
      const before = await lastEventId(t)
      const refused = await t.injectAs(world.otherRegion, options)
      if (![400, 404].includes(refused.statusCode)) failures.push(`${change.route} elsewhere: ${refused.statusCode}`)
      if ((await eventsAfter(t, before)).length > 0) failures.push(`${change.route}: refused, yet audited`)
      counts.refusals++
      const since = await lastEventId(t)
      const start = new Date()
      const res = await t.injectAs(user, options)
      if (res.statusCode >= 400) {
        failures.push(`${change.route}: ${res.statusCode} ${res.body.slice(0, 200)}`)
        continue
      }
      const id = String(res.headers['content-type']).includes('json') ? (res.json() as { id?: string }).id : undefined
      if (change.remember && id) made[change.remember] = id
      const ids = [...String(options.url).matchAll(/[0-9a-f-]{36}/g)].map((m) => m[0]).concat(id ? [id] : [])
      const events = await eventsAfter(t, since)
      const created = events.find((e) => e.entity_type === change.creates && e.entity_id && !ids.includes(e.entity_id))
      if (created) ids.push(created.entity_id!)
      const problems = eventProblems(events, change.actions, userIdOf(user), ids, start)
      failures.push(...problems.map((p) => `${change.route}: ${p}`))
      counts.changesDone++
    }
    assert.deepEqual(failures, [])
    const performed = new Set(changes.map((c) => c.route))
    for (const key of performed) assert.equal(classes.get(key), 'change', `${key} is not classified as a change`)
  })
})

describe('the audit table is append-only', () => {
  test('UPDATE, DELETE and TRUNCATE are refused by the database, and the chain stays intact', async () => {
    const db = t.database.db
    const [last] = await eventsAfter(t, (await lastEventId(t)) - 1)
    assert.ok(last, 'the suite wrote events')
    const statements = [
      sql`update access.audit_events set action = 'forged' where id = ${last.id}`,
      sql`update access.audit_events set actor_user_id = null`,
      sql`delete from access.audit_events where id = ${last.id}`,
      sql`delete from access.audit_events`,
      sql`truncate access.audit_events`,
    ]
    for (const statement of statements) {
      await assert.rejects(db.execute(statement), /append-only|audit/i)
      counts.sqlRefusals++
    }
    const [again] = await eventsAfter(t, last.id - 1)
    assert.deepEqual(again, last)
    assert.equal((await verifyAuditChain(db)).intact, true)
  })
})

after(() => {
  const lines = [
    `Backend: ${backendName()}, size ${reliabilitySize()}.`,
    '',
    `- Routes classified: ${counts.classified} (read ${counts.read}, change ${counts.change}, list ${counts.list}, none ${counts.none})`,
    `- Personal-data reads performed on a real record, one event each checked (actor, action, record, time): ${counts.readsDone}`,
    `- Personal-data changes performed, one event each checked: ${counts.changesDone}`,
    `- Lists and searches of persons performed (at most one event, naming no listed record): ${counts.listsDone}; lists that audit: ${audited.join(', ') || 'none'}`,
    `- Audit events checked: ${counts.events}; refused requests that left no event: ${counts.refusals}`,
    `- UPDATE, DELETE, TRUNCATE on access.audit_events refused by the database: ${counts.sqlRefusals}`,
  ]
  writeReliabilitySection('audit', lines)
  console.log(`audit (${backendName()}):\n${lines.join('\n')}`)
})
