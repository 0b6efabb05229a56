// People benchmarks (issue 6, Performance): person search p95 through the service and its ratio to the bare trigram
// query it runs, both timed in the same run on the same queries, alternately; and the dossier page p95, through the
// whole application (`inject()`, session cookie). Percentiles, not means: the targets are p95.
import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { type CtxBase, type Ctx, createUser, Scope, signIn, systemCtx } from '../src/modules/access/index.js'
import { searchPersons } from '../src/modules/people/index.js'
import { type Database, type Db, queryRows } from '../src/platform/db/database.js'
import { searchPersonRows } from '../src/modules/people/persons/person.queries.js'

export type PeopleMeasures = {
  region: string
  samples: number
  search: { p50: number; p95: number }
  bare: { p50: number; p95: number }
  dossier: { url: string; p50: number; p95: number }
  /** Whether PostgreSQL's plan for the bare query reads the trigram index. */
  usesTrigramIndex: boolean
  counts: { persons: number; dossiers: number; interventions: number; referrals: number }
}

/** The region the measures run in: Montréal, where most persons are (the heaviest searches and scopes). */
const REGION = '06'

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN
}

const summary = (values: number[]) => ({ p50: percentile(values, 0.5), p95: percentile(values, 0.95) })

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint()
  await run()
  return Number(process.hrtime.bigint() - start) / 1e6
}

/** What an agent types: no accents, lower case, the last letter wrong ("melanie tremblai"). */
function typed(given: string, family: string): string {
  const plain = `${given} ${family}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  return `${plain.slice(0, -1)}${plain.endsWith('e') ? 'a' : 'e'}`
}

// The statement `searchPersons` runs for a name, built by the same query function, without the caller's scope
// condition (a scope that reaches everything adds none).
const bareSearch = (db: Db, text: string) => searchPersonRows(db, Scope.all(), { kind: 'name', text }, 50)

export async function agentOf(base: CtxBase): Promise<{ ctx: Ctx; cookie: string }> {
  const system = systemCtx(base, 'bench')
  const email = `bench-agent-${Date.now()}@escale.example`
  const password = 'bench correct horse battery'
  const user = await createUser(system, {
    email,
    displayName: 'Agent (banc d’essai)',
    password,
    role: 'agent',
    scopeKind: 'region',
    scopeRef: REGION,
  })
  const { token } = await signIn(system, { email, password })
  const now = base.now()
  const grant = { kind: 'region' as const, ref: REGION }
  const scope = await base.resolveScope(base.db, grant, now.toISOString().slice(0, 10))
  if (!scope) throw new Error('The bench agent has no scope.')
  const actor = {
    kind: 'user',
    userId: user.id,
    email,
    displayName: 'Agent',
    role: 'agent',
    grant,
    locale: 'fr',
  } as const
  return {
    ctx: { db: base.db, actor: { ...actor, via: 'session' }, scope, now, resolveScope: base.resolveScope },
    cookie: token,
  }
}

async function measureSearch(database: Database, ctx: Ctx, samples: number) {
  const names = await queryRows<{ given_name: string; family_name: string }>(
    database.db,
    sql`select given_name, family_name from people.persons where region_code = ${REGION} order by id limit ${samples}`,
  )
  const queries = names.map((n) => typed(n.given_name, n.family_name))
  for (const q of queries.slice(0, 10)) {
    await bareSearch(database.db, q)
    await searchPersons(ctx, { q })
  }
  const bare: number[] = []
  const service: number[] = []
  // Alternately first, so neither side always pays the cold cache for a name the other then finds warm.
  for (const [i, q] of queries.entries()) {
    const runBare = async () => bare.push(await timed(() => bareSearch(database.db, q)))
    const runService = async () => service.push(await timed(() => searchPersons(ctx, { q })))
    if (i % 2 === 0) await runBare().then(runService)
    else await runService().then(runBare)
  }
  const plan = await queryRows<Record<string, string>>(
    database.db,
    sql`explain ${bareSearch(database.db, queries[0] ?? 'x')}`,
  )
  const usesTrigramIndex = plan.some((row) => Object.values(row).join(' ').includes('persons_name_trgm_idx'))
  return { bare: summary(bare), search: summary(service), usesTrigramIndex }
}

async function measureDossierPage(app: FastifyInstance, database: Database, cookie: string, samples: number) {
  const ids = await queryRows<{ id: string }>(
    database.db,
    sql`select id from people.dossiers where region_code = ${REGION} order by id limit ${samples}`,
  )
  // The dossier page when it is there; until then the dossier API, which reads the same dossier.
  const page = app.hasRoute({ method: 'GET', url: '/app/dossiers/:id' })
  const urlOf = (id: string) => (page ? `/app/dossiers/${id}` : `/api/v1/dossiers/${id}`)
  const get = async (id: string) => {
    const res = await app.inject({ method: 'GET', url: urlOf(id), cookies: { escale_session: cookie } })
    if (res.statusCode !== 200) throw new Error(`${urlOf(':id')} answered ${res.statusCode}`)
  }
  for (const { id } of ids.slice(0, 10)) await get(id)
  const times: number[] = []
  for (const { id } of ids) times.push(await timed(() => get(id)))
  return { url: urlOf(':id'), ...summary(times) }
}

/** Runs the people measures on a database holding synthetic data, as an agent of Montréal. */
export async function measurePeople(
  app: FastifyInstance,
  database: Database,
  base: CtxBase,
  samples: number,
): Promise<PeopleMeasures> {
  const { ctx, cookie } = await agentOf(base)
  const search = await measureSearch(database, ctx, samples)
  const dossier = await measureDossierPage(app, database, cookie, samples)
  const [counts] = await queryRows<PeopleMeasures['counts']>(
    database.db,
    sql`select (select count(*) from people.persons) as persons, (select count(*) from people.dossiers) as dossiers,
      (select count(*) from people.interventions) as interventions, (select count(*) from people.referrals) as referrals`,
  )
  return { region: REGION, samples, ...search, dossier, counts: counts! }
}
