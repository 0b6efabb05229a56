// Employers benchmarks (issue 8, Performance): one labour need against the candidate profiles. The top 50 with their
// explanations through the use case (`rankCandidates`: permission, scope, ranking in SQL, consent probe, explanation of
// each criterion, audit event) and the bare SQL that selects the same candidates (`selectMatchableCandidatesSql`: no
// score, no order), timed alternately in the same run; as an advisor of the need's region and as an admin of every
// region (every region's candidates of the need's broad category). Percentiles: the target is a p95.
import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { type Ctx, type CtxBase, createUser, type Role, signIn, systemCtx } from '../src/modules/access/index.js'
import { selectMatchableCandidatesSql } from '../src/modules/employers/matching/matching.queries.js'
import { getMatchableNeedOrThrow, rankCandidates } from '../src/modules/employers/matching/matching.service.js'
import { type Database, queryRows } from '../src/platform/db/database.js'
import { percentile } from './people.js'

type Summary = { p50: number; p95: number }

/** One caller's measures: the use case, the bare selection, how many candidates the selection holds. */
export type MatchMeasure = { as: string; ranked: Summary; bare: Summary; matchable: number; returned: number }

export type EmployersMeasures = {
  region: string
  samples: number
  need: { id: string; cnpCode: string; title: string }
  measures: MatchMeasure[]
  /** `GET /api/v1/labour-needs/{id}/matches` as the advisor (null when the route is absent). */
  api: Summary | null
  counts: { enterprises: number; services: number; needs: number; profiles: number }
}

/** The region the measures run in: Montréal, where most persons, hence candidates, are. */
const REGION = '06'

const summary = (values: number[]): Summary => ({ p50: percentile(values, 0.5), p95: percentile(values, 0.95) })

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint()
  await run()
  return Number(process.hrtime.bigint() - start) / 1e6
}

/** The open need of the region in the broad category most candidates target (the heaviest to rank), by id. */
async function heaviestNeed(database: Database) {
  const [row] = await queryRows<{ id: string; cnp_code: string; title: string }>(
    database.db,
    sql`with broad as (select b, count(*) as n from employers.candidate_profiles, unnest(target_broad_categories) b
        group by b)
      select n.id, n.cnp_code, n.title from employers.labour_needs n join broad on broad.b = left(n.cnp_code, 1)
      where n.region_code = ${REGION} and n.status = 'open' order by broad.n desc, n.id limit 1`,
  )
  if (!row) throw new Error(`No open labour need in region ${REGION}: load the synthetic data first.`)
  return { id: row.id, cnpCode: row.cnp_code, title: row.title }
}

async function callerOf(
  base: CtxBase,
  role: Role,
  grant: { kind: 'region'; ref: string } | { kind: 'all'; ref: null },
) {
  const system = systemCtx(base, 'bench')
  const email = `bench-${role}-${grant.kind}-${Date.now()}@escale.example`
  const password = 'bench correct horse battery'
  const user = await createUser(system, {
    email,
    displayName: `Banc d’essai (${role})`,
    password,
    role,
    scopeKind: grant.kind,
    ...(grant.ref ? { scopeRef: grant.ref } : {}),
  })
  const { token } = await signIn(system, { email, password })
  const now = base.now()
  const scope = await base.resolveScope(base.db, grant, now.toISOString().slice(0, 10))
  if (!scope) throw new Error(`The bench ${role} has no scope.`)
  const actor = { kind: 'user', userId: user.id, email, displayName: role, role, grant, locale: 'fr' } as const
  const ctx: Ctx = { db: base.db, actor: { ...actor, via: 'session' }, scope, now, resolveScope: base.resolveScope }
  return { ctx, cookie: token }
}

/** The use case and the bare selection for one caller, alternately first, after 5 warm-up rounds. */
async function measureMatching(ctx: Ctx, needId: string, samples: number, as: string): Promise<MatchMeasure> {
  const need = await getMatchableNeedOrThrow(ctx, needId)
  const today = ctx.now.toISOString().slice(0, 10)
  const bareQuery = selectMatchableCandidatesSql(ctx.scope, need, today)
  const runBare = () => queryRows<{ id: string }>(ctx.db, bareQuery)
  const runRanked = () => rankCandidates(ctx, needId, { limit: 50 })
  for (let i = 0; i < 5; i++) await runBare().then(runRanked)
  const bare: number[] = []
  const ranked: number[] = []
  for (let i = 0; i < samples; i++) {
    const b = async () => bare.push(await timed(runBare))
    const r = async () => ranked.push(await timed(runRanked))
    if (i % 2 === 0) await b().then(r)
    else await r().then(b)
  }
  const [matchable, top] = [(await runBare()).length, (await runRanked()).items.length]
  return { as, ranked: summary(ranked), bare: summary(bare), matchable, returned: top }
}

async function measureApi(app: FastifyInstance, cookie: string, needId: string, samples: number) {
  const url = `/api/v1/labour-needs/${needId}/matches`
  const get = () => app.inject({ method: 'GET', url, cookies: { escale_session: cookie } })
  if ((await get()).statusCode === 404) return null
  for (let i = 0; i < 5; i++) await get()
  const times: number[] = []
  for (let i = 0; i < samples; i++) {
    const start = process.hrtime.bigint()
    const { statusCode } = await get()
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
    if (statusCode !== 200) throw new Error(`${url} answered ${statusCode}`)
  }
  return summary(times)
}

/** Runs the employers measures on a database holding synthetic data (any scale). */
export async function measureEmployers(
  app: FastifyInstance,
  database: Database,
  base: CtxBase,
  samples: number,
): Promise<EmployersMeasures> {
  const need = await heaviestNeed(database)
  const advisor = await callerOf(base, 'advisor', { kind: 'region', ref: REGION })
  const admin = await callerOf(base, 'admin', { kind: 'all', ref: null })
  const measures = [
    await measureMatching(advisor.ctx, need.id, samples, `advisor of region ${REGION}`),
    await measureMatching(admin.ctx, need.id, samples, 'admin of every region'),
  ]
  const api = await measureApi(app, advisor.cookie, need.id, samples)
  const [counts] = await queryRows<EmployersMeasures['counts']>(
    database.db,
    sql`select (select count(*) from employers.enterprises)::int as enterprises,
      (select count(*) from employers.advisor_services)::int as services,
      (select count(*) from employers.labour_needs)::int as needs,
      (select count(*) from employers.candidate_profiles)::int as profiles`,
  )
  return { region: REGION, samples, need, measures, api, counts: counts! }
}
