// Partners benchmarks (issue 7): the directorate's partner pages and API through the whole application (`inject()`,
// session cookie), as a director of Montréal, and the partner portal as a partner account of Montréal's organization
// with the most agreements. Percentiles, and the median as a multiple of `GET /health` timed in the same run. A route
// that answers 404 is reported as absent, never timed: a 404 is fast and means nothing.
import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { type CtxBase, createUser, signIn, systemCtx } from '../src/modules/access/index.js'
import { type Database, queryRows } from '../src/platform/db/database.js'
import { percentile } from './people.js'

/** What a measure ended as: timed, or why not. */
export type PartnerMeasure = {
  label: string
  url: string
  as: 'director' | 'partner'
  outcome: 'measured' | 'absent' | { status: number }
  p50: number
  p95: number
}

export type PartnersMeasures = {
  region: string
  samples: number
  health: { p50: number; p95: number }
  measures: PartnerMeasure[]
  counts: { organizations: number; agreements: number; instalments: number; deliverables: number; actions: number }
}

const targets = [
  { label: 'Organization directory', url: '/app/organismes', as: 'director' },
  {
    label: 'Directory export, Open Referral HSDS (JSON)',
    url: '/api/v1/organizations/export?format=hsds',
    as: 'director',
  },
  { label: 'Agreements list', url: '/app/ententes', as: 'director' },
  { label: 'Agreement totals (program, region, fiscal year)', url: '/app/ententes/totaux', as: 'director' },
  { label: 'Aging of deliverables and instalments', url: '/app/ententes/echeances', as: 'director' },
  { label: 'Local actions list', url: '/app/actions', as: 'director' },
  { label: 'Partner portal: its agreements', url: '/partenaires/ententes', as: 'partner' },
] as const

const summary = (values: number[]) => ({ p50: percentile(values, 0.5), p95: percentile(values, 0.95) })

/** The region the measures run in: Montréal, as the people measures (the most partners and agreements at scale). */
const REGION = '06'

/** The region's organization with the most agreements (the partner account's). */
async function busiestOrganization(database: Database): Promise<string> {
  const [row] = await queryRows<{ organization_id: string }>(
    database.db,
    sql`select organization_id from partners.agreements where region_code = ${REGION}
      group by 1 order by count(*) desc, 1 limit 1`,
  )
  if (!row) throw new Error(`No agreements in region ${REGION} to measure: load the synthetic data first.`)
  return row.organization_id
}

async function sessionOf(base: CtxBase, role: 'director' | 'partner', scope: ['region' | 'organization', string]) {
  const system = systemCtx(base, 'bench')
  const email = `bench-${role}-${Date.now()}@escale.example`
  const password = 'bench correct horse battery'
  await createUser(system, {
    email,
    displayName: `Banc d’essai (${role})`,
    password,
    role,
    scopeKind: scope[0],
    scopeRef: scope[1],
  })
  return (await signIn(system, { email, password })).token
}

async function measureOne(app: FastifyInstance, url: string, cookie: string | undefined, samples: number) {
  const get = () => app.inject({ method: 'GET', url, cookies: cookie ? { escale_session: cookie } : {} })
  const first = await get()
  if (first.statusCode === 404) return { outcome: 'absent' as const, p50: Number.NaN, p95: Number.NaN }
  if (first.statusCode !== 200) return { outcome: { status: first.statusCode }, p50: Number.NaN, p95: Number.NaN }
  for (let i = 0; i < 10; i++) await get()
  const times: number[] = []
  for (let i = 0; i < samples; i++) {
    const start = process.hrtime.bigint()
    const { statusCode } = await get()
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
    if (statusCode !== 200) throw new Error(`${url} answered ${statusCode} after 200`)
  }
  return { outcome: 'measured' as const, ...summary(times) }
}

/** Runs the partners measures on a database holding synthetic data (any scale). */
export async function measurePartners(
  app: FastifyInstance,
  database: Database,
  base: CtxBase,
  samples: number,
): Promise<PartnersMeasures> {
  const organizationId = await busiestOrganization(database)
  const cookies = {
    director: await sessionOf(base, 'director', ['region', REGION]),
    partner: await sessionOf(base, 'partner', ['organization', organizationId]),
  }
  const health = await measureOne(app, '/health', undefined, samples)
  const measures: PartnerMeasure[] = []
  for (const t of targets) measures.push({ ...t, ...(await measureOne(app, t.url, cookies[t.as], samples)) })
  const [counts] = await queryRows<PartnersMeasures['counts']>(
    database.db,
    sql`select (select count(*) from partners.organizations)::int as organizations,
      (select count(*) from partners.agreements)::int as agreements,
      (select count(*) from partners.instalments)::int as instalments,
      (select count(*) from partners.deliverables)::int as deliverables,
      (select count(*) from partners.actions)::int as actions`,
  )
  return { region: REGION, samples, health: { p50: health.p50, p95: health.p95 }, measures, counts: counts! }
}
