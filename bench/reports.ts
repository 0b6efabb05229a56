// Reports benchmarks (issue 9, Performance): the Bilan of one region-period — the region with the most persons, two
// years of the synthetic data — through `computeBilan` (the whole model) against the bare aggregate SQL it needs
// (bench/reports-sql.ts, the same statements run the same way), alternately first, in the same run; the API
// `GET /api/v1/reports/bilan` as JSON and Markdown as an admin (`inject()`, session cookie); and all 17 regions one
// after the other. Both sides must give the same figures, or the run fails naming the figures that differ.
import { type SQL, sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { type CtxBase, createUser, signIn, systemCtx } from '../src/modules/access/index.js'
import { computeBilan } from '../src/modules/reports/index.js'
import { type Database, type Db, queryRows } from '../src/platform/db/database.js'
import { percentile } from './people.js'
import { assertSameFigures, bareBilan, enterprisesSql, figuresOf, type Period, personsSql } from './reports-sql.js'

type Summary = { p50: number; p95: number }

export type ReportsMeasures = {
  region: string
  period: { from: string; to: string }
  samples: number
  persons: number
  bilan: Summary
  bare: Summary
  api: { json: Summary; md: Summary }
  /** All the regions one after the other: how many, the total time of one pass (best of three) for each side. */
  allRegions: { regions: number; bilanMs: number; bareMs: number }
  counts: { persons: number; interventions: number; enterprises: number; services: number; agreements: number }
  /** What PostgreSQL's plans of the two heaviest statements read, in the busiest and the quietest region. */
  plans: PlanReading[]
}

/** One statement's plan (`explain analyze`): the indexes it reads, its join, its execution time. */
export type PlanReading = { statement: string; region: string; indexes: string[]; joins: string[]; ms: number }

/** Two years of the synthetic data (2019-01 … 2026-10): its last two full fiscal years. */
const PERIOD = { from: '2024-04-01', to: '2026-03-31' }

const summary = (values: number[]): Summary => ({ p50: percentile(values, 0.5), p95: percentile(values, 0.95) })

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint()
  await run()
  return Number(process.hrtime.bigint() - start) / 1e6
}

async function busiestRegion(db: Db): Promise<string> {
  const [row] = await queryRows<{ code: string }>(
    db,
    sql`select region_code as code from people.persons group by 1 order by count(*) desc, 1 limit 1`,
  )
  if (!row) throw new Error('No persons to measure: load the synthetic data first.')
  return row.code
}

/** computeBilan and the bare SQL, alternately first, after 5 warm-up rounds; their figures compared on each. */
async function measureBilan(db: Db, code: string, samples: number) {
  const run = {
    bilan: () => computeBilan(db, { regionCode: code, ...PERIOD }, new Date()),
    bare: () => bareBilan(db, { code, ...PERIOD }),
  }
  const [model, bare] = await Promise.all([run.bilan(), run.bare()])
  assertSameFigures(`region ${code}`, figuresOf(model), bare)
  for (let i = 0; i < 5; i++) await run.bilan().then(run.bare)
  const times = { bilan: [] as number[], bare: [] as number[] }
  for (let i = 0; i < samples; i++) {
    const b = async () => times.bilan.push(await timed(run.bilan))
    const s = async () => times.bare.push(await timed(run.bare))
    if (i % 2 === 0) await b().then(s)
    else await s().then(b)
  }
  return { bilan: summary(times.bilan), bare: summary(times.bare), persons: Number(model.personsAccompanied) }
}

async function adminCookie(base: CtxBase): Promise<string> {
  const system = systemCtx(base, 'bench')
  const email = `bench-reports-admin-${Date.now()}@escale.example`
  const password = 'bench correct horse battery'
  await createUser(system, { email, displayName: 'Admin (banc d’essai)', password, role: 'admin', scopeKind: 'all' })
  return (await signIn(system, { email, password })).token
}

/** The API in one format: 200 every time, the JSON's persons count the model's; 3 warm-up requests. */
async function measureApi(app: FastifyInstance, cookie: string, code: string, format: 'json' | 'md', samples: number) {
  const url = `/api/v1/reports/bilan?region=${code}&from=${PERIOD.from}&to=${PERIOD.to}&format=${format}`
  const get = async () => {
    const res = await app.inject({ method: 'GET', url, cookies: { escale_session: cookie } })
    if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}: ${res.body.slice(0, 300)}`)
    return res
  }
  for (let i = 0; i < 3; i++) await get()
  const times: number[] = []
  for (let i = 0; i < samples; i++) times.push(await timed(get))
  return { summary: summary(times), body: (await get()).body }
}

/** Every region one after the other, each side's figures compared; the best of three passes per side. */
async function measureAllRegions(db: Db) {
  const codes = (await queryRows<{ code: string }>(db, sql`select code from territory.regions order by code`)).map(
    (r) => r.code,
  )
  for (const code of codes) {
    const model = await computeBilan(db, { regionCode: code, ...PERIOD }, new Date())
    assertSameFigures(`region ${code}`, figuresOf(model), await bareBilan(db, { code, ...PERIOD }))
  }
  const pass = async (one: (code: string) => Promise<unknown>) =>
    timed(async () => {
      for (const code of codes) await one(code)
    })
  const bilan: number[] = []
  const bare: number[] = []
  for (let i = 0; i < 3; i++) {
    bilan.push(await pass((code) => computeBilan(db, { regionCode: code, ...PERIOD }, new Date())))
    bare.push(await pass((code) => bareBilan(db, { code, ...PERIOD })))
  }
  return { regions: codes.length, bilanMs: Math.min(...bilan), bareMs: Math.min(...bare) }
}

async function readPlan(db: Db, statement: string, query: SQL, region: string): Promise<PlanReading> {
  const rows = await queryRows<Record<string, string>>(db, sql`explain (analyze) ${query}`)
  const text = rows.map((r) => Object.values(r).join(' ')).join('\n')
  const found = (re: RegExp) => [...new Set([...text.matchAll(re)].map((m) => m[1] ?? ''))]
  const ms = Number(/Execution Time: ([\d.]+)/.exec(text)?.[1] ?? Number.NaN)
  return {
    statement,
    region,
    indexes: found(/(?:using|Bitmap Index Scan on) (\w+)/gi),
    joins: found(/(Nested Loop|(?:Parallel )?Hash (?:Semi |Anti )?Join|Merge Join)/g),
    ms,
  }
}

/** The persons and enterprises statements' plans in the busiest region and in the one with the fewest interventions. */
async function readPlans(db: Db, busiest: string): Promise<PlanReading[]> {
  const [quiet] = await queryRows<{ code: string }>(
    db,
    sql`select r.code from territory.regions r left join people.interventions i on i.region_code = r.code
      and i.occurred_on between ${PERIOD.from}::date and ${PERIOD.to}::date group by 1 order by count(i.*), 1 limit 1`,
  )
  const readings: PlanReading[] = []
  for (const code of [busiest, quiet?.code ?? busiest]) {
    const p: Period = { code, ...PERIOD }
    readings.push(await readPlan(db, 'persons accompanied', personsSql(p), code))
    readings.push(await readPlan(db, 'enterprises accompanied', enterprisesSql(p), code))
  }
  return readings
}

async function countRows(db: Db): Promise<ReportsMeasures['counts']> {
  const [row] = await queryRows<ReportsMeasures['counts']>(
    db,
    sql`select (select count(*) from people.persons)::int as persons,
      (select count(*) from people.interventions)::int as interventions,
      (select count(*) from employers.enterprises)::int as enterprises,
      (select count(*) from employers.advisor_services)::int as services,
      (select count(*) from partners.agreements)::int as agreements`,
  )
  return row!
}

/** Runs the reports measures on a database holding synthetic data (any scale). */
export async function measureReports(
  app: FastifyInstance,
  database: Database,
  base: CtxBase,
  samples: number,
): Promise<ReportsMeasures> {
  const db = database.db
  const region = await busiestRegion(db)
  const bilan = await measureBilan(db, region, samples)
  const cookie = await adminCookie(base)
  const json = await measureApi(app, cookie, region, 'json', Math.max(5, Math.floor(samples / 2)))
  const persons = Number((JSON.parse(json.body) as { personsAccompanied: number }).personsAccompanied)
  if (persons !== bilan.persons) throw new Error(`The API's JSON says ${persons} persons, the model ${bilan.persons}.`)
  const md = await measureApi(app, cookie, region, 'md', Math.max(5, Math.floor(samples / 2)))
  const allRegions = await measureAllRegions(db)
  const counts = await countRows(db)
  const plans = await readPlans(db, region)
  return {
    region,
    period: PERIOD,
    samples,
    persons: bilan.persons,
    bilan: bilan.bilan,
    bare: bilan.bare,
    api: { json: json.summary, md: md.summary },
    allRegions,
    counts,
    plans,
  }
}
