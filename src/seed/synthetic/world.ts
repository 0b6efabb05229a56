import { sql } from 'drizzle-orm'
import { type Ctx, type CtxBase, inTransaction, systemCtx } from '../../modules/access/index.js'
import { createOrganization } from '../../modules/partners/index.js'
import { createServicePoint, createStaff, listRegions } from '../../modules/territory/index.js'
import { type Db, queryRows } from '../../platform/db/database.js'
import { origins, regionProfiles } from './names.js'
import { Draw, kinds } from './random.js'

export const scales = ['small', 'region', 'quebec'] as const
export type Scale = (typeof scales)[number]

/** How much each scale generates: the counts the issue sets for `quebec`, and the same shape smaller. */
export const sizes: Record<Scale, Sizes> = {
  small: {
    persons: 2_000,
    dossiers: 2_400,
    interventions: 24_000,
    referrals: 4_800,
    pointsPerRegion: 1,
    agents: 2,
    organizations: 60,
    agreements: 150,
    actions: 1_500,
    enterprises: 300,
    advisorServices: 1_500,
    labourNeeds: 600,
    candidates: 1_500,
  },
  region: {
    persons: 15_000,
    dossiers: 18_000,
    interventions: 180_000,
    referrals: 36_000,
    pointsPerRegion: 2,
    agents: 3,
    organizations: 300,
    agreements: 750,
    actions: 7_500,
    enterprises: 2_000,
    advisorServices: 10_000,
    labourNeeds: 4_000,
    candidates: 12_000,
  },
  quebec: {
    persons: 250_000,
    dossiers: 300_000,
    interventions: 3_000_000,
    referrals: 600_000,
    pointsPerRegion: 3,
    agents: 4,
    organizations: 2_000,
    agreements: 5_000,
    actions: 50_000,
    enterprises: 30_000,
    advisorServices: 150_000,
    labourNeeds: 60_000,
    candidates: 250_000,
  },
}
export type Sizes = {
  persons: number
  dossiers: number
  interventions: number
  referrals: number
  /** Service points per region (Montréal gets twice as many), and agents per service point. */
  pointsPerRegion: number
  agents: number
  /** Partners (bulk-loaded, beside the three organizations per region created through the module): directory
   * organizations, agreements (with their yearly amounts, events, instalments and deliverables), local actions. */
  organizations: number
  agreements: number
  actions: number
  /** Employers (bulk-loaded): enterprises, their advisor services and labour needs, and candidate profiles of
   * persons (at most one per person, each with its job-matching consent). */
  enterprises: number
  advisorServices: number
  labourNeeds: number
  candidates: number
}

/** Marks the service points this generator creates: how a second run knows the data is already there. */
export const SYNTHETIC_HOST = 'Données synthétiques (escale seed synthetic)'

export type RegionWorld = {
  code: string
  cities: readonly string[]
  fsa: string
  mrcCodes: string[]
  points: { id: string; city: string; agentIds: string[] }[]
  organizationIds: string[]
}

/** The territory the generated records hang on, and what the database already holds that they refer to. */
export type World = {
  seed: number
  sizes: Sizes
  regions: RegionWorld[]
  regionWeights: [number, number][]
  needs: { code: string; volet: string }[]
  referralConsentTextId: string | null
  /** Working days a partner has to answer a referral (the application's setting). */
  referralExpiryWorkingDays: number
  /** First dossier number of this load (`people.dossier_number_seq`). */
  numberBase: number
}

/** Whether synthetic service points are already there. */
export async function isSyntheticLoaded(db: Db): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from territory.service_points where host_name = ${SYNTHETIC_HOST}`,
  )
  return rows[0]!.n > 0
}

function staffName(seed: number, n: number): string {
  const draw = new Draw(seed, kinds.staff, n)
  const origin = draw.weighted(origins.map((o) => [o, o.weight] as const))
  return `${draw.pick(draw.chance(0.5) ? origin.female : origin.male)} ${draw.pick(origin.family)}`
}

async function createRegion(ctx: Ctx, world: { seed: number; sizes: Sizes }, code: string, mrcCodes: string[]) {
  const profile = regionProfiles[code]!
  const region: RegionWorld = {
    code,
    cities: profile.cities,
    fsa: profile.fsa,
    mrcCodes,
    points: [],
    organizationIds: [],
  }
  const pointCount = world.sizes.pointsPerRegion * (code === '06' ? 2 : 1)
  for (let p = 0; p < pointCount; p++) {
    const city = profile.cities[p % profile.cities.length]!
    const point = await createServicePoint(ctx, {
      regionCode: code,
      name: `Point de services synthétique ${code}-${p + 1} — ${city}`,
      hostKind: 'other',
      hostName: SYNTHETIC_HOST,
      streetAddress: `${100 + p * 10}, rue Principale`,
      city,
      validFrom: '2019-01-01',
    })
    const agentIds: string[] = []
    for (let a = 0; a < world.sizes.agents; a++) {
      const fullName = staffName(world.seed, Number(code) * 1000 + p * 50 + a)
      const staff = await createStaff(ctx, {
        fullName,
        role: 'agent',
        regionCode: code,
        servicePointId: point.id,
        validFrom: '2019-01-01',
      })
      agentIds.push(staff.id)
    }
    region.points.push({ id: point.id, city, agentIds })
  }
  const orgNames = [
    'Carrefour d’intégration',
    'Service d’accueil des nouveaux arrivants',
    'Centre d’emploi et de francisation',
  ]
  for (const [i, name] of orgNames.entries()) {
    const kind = (['community', 'community', 'employment'] as const)[i]!
    const org = await createOrganization(ctx, {
      name: `${name} (synthétique) — ${profile.cities[0]}`,
      kind,
      regionCode: code,
      city: profile.cities[0],
      listedPublicly: false,
    })
    region.organizationIds.push(org.id)
  }
  return region
}

/** Creates the service points, agents and organizations of all 17 regions through their modules' use cases. */
export async function createWorld(
  base: CtxBase,
  options: { seed: number; scale: Scale; referralExpiryWorkingDays: number },
): Promise<World> {
  const { seed, scale } = options
  const db = base.db
  const mrcRows = await queryRows<{ code: string; region_code: string }>(
    db,
    sql`select code, region_code from territory.mrcs order by code`,
  )
  const regions = await inTransaction(systemCtx(base, 'seed synthetic'), async (ctx) => {
    const out: RegionWorld[] = []
    for (const r of await listRegions(ctx.db)) {
      const mrcCodes = mrcRows.filter((m) => m.region_code === r.code).map((m) => m.code)
      out.push(await createRegion(ctx, { seed, sizes: sizes[scale] }, r.code, mrcCodes))
    }
    return out
  })
  const needs = await queryRows<{ code: string; volet: string }>(
    db,
    sql`select code, volet from people.need_catalogue where valid_to is null order by volet, sort_order, code`,
  )
  const texts = await queryRows<{ id: string }>(
    db,
    sql`select id from people.consent_texts where purpose = 'referral_sharing' order by version desc limit 1`,
  )
  const [{ n }] = (await queryRows<{ n: number }>(db, sql`select nextval('people.dossier_number_seq')::int as n`)) as [
    { n: number },
  ]
  return {
    seed,
    sizes: sizes[scale],
    regions,
    regionWeights: regions.map((r, i) => [i, regionProfiles[r.code]!.weight]),
    needs,
    referralConsentTextId: texts[0]?.id ?? null,
    referralExpiryWorkingDays: options.referralExpiryWorkingDays,
    numberBase: n,
  }
}
