import { sql } from 'drizzle-orm'
import type { CtxBase } from '../../modules/access/index.js'
import type { Database } from '../../platform/db/database.js'
import { conflict } from '../../platform/errors.js'
import { type BulkSession, copyLine, openBulkSession, type Step } from './copy.js'
import { employersSteps } from './employers.js'
import { createEmployersWorld } from './employers-world.js'
import { dossierColumns, dossierEventColumns, dossierEventRows, dossierPlan, dossierRow } from './dossiers.js'
import { interventionColumns, interventionRows } from './interventions.js'
import { needAndStepRows, needColumns, stepColumns } from './needs.js'
import { createPartnersWorld } from './partners-world.js'
import { partnersSteps } from './partners.js'
import { personColumns, personRow } from './persons.js'
import { consentColumns, consentRow, referralColumns, referralEventColumns, referralRows } from './referrals.js'
import { targetsSteps } from './targets.js'
import { createWorld, isSyntheticLoaded, type Scale, type World } from './world.js'

export type SyntheticOptions = {
  scale: Scale
  seed: number
  referralExpiryWorkingDays: number
  /** Called every few hundred records of a step (the CLI draws its progress line from it). */
  onProgress?: (step: string, done: number, total: number) => void
}

export type SyntheticSummary = {
  /** Rows loaded per table, in load order. */
  counts: Record<string, number>
  /** What could not be generated and why (an empty needs catalogue, no consent text). */
  skipped: string[]
  seconds: number
}

const alreadyLoaded = () =>
  conflict('SYNTHETIC_ALREADY_LOADED', 'database', {
    fr: 'Cette base contient déjà des données synthétiques : utilisez une base neuve (autre ESCALE_DATA_DIR ou DATABASE_URL).',
    en: 'This database already holds synthetic data: use a new one (another ESCALE_DATA_DIR or DATABASE_URL).',
  })

async function runStep(session: BulkSession, step: Step, options: SyntheticOptions): Promise<number[]> {
  // One COPY at a time per connection: a step with two tables (needs, then plan steps) writes them in turn.
  const counts: number[] = []
  for (const [t, table] of step.tables.entries()) {
    const writer = await session.table(table.name, table.columns)
    for (let i = 0; i < step.units; i++) {
      for (const row of step.rowsOf(i)[t]!) await writer.add(copyLine(row))
      if (i % 500 === 0) options.onProgress?.(`${step.label}${t > 0 ? ` (${table.name})` : ''}`, i, step.units)
    }
    counts.push(await writer.end())
    options.onProgress?.(step.label, step.units, step.units)
  }
  return counts
}

const table = (name: string, columns: readonly string[]) => ({ name: `people.${name}`, columns })

/** Persons, dossiers, their events and interventions: always generated. */
function coreSteps(world: World): Step[] {
  const { persons, dossiers } = world.sizes
  const plan = (d: number) => dossierPlan(world, d)
  return [
    {
      label: 'persons',
      units: persons,
      tables: [table('persons', personColumns)],
      rowsOf: (i) => [[personRow(world, i)]],
    },
    {
      label: 'dossiers',
      units: dossiers,
      tables: [table('dossiers', dossierColumns)],
      rowsOf: (d) => [[dossierRow(world, plan(d))]],
    },
    {
      label: 'dossier events',
      units: dossiers,
      tables: [table('dossier_events', dossierEventColumns)],
      rowsOf: (d) => [dossierEventRows(plan(d))],
    },
    {
      label: 'interventions',
      units: dossiers,
      tables: [table('interventions', interventionColumns)],
      rowsOf: (d) => [interventionRows(world, plan(d))],
    },
  ]
}

/** Needs and plans when the catalogue has rows; consents and referrals when a consent text exists. */
function dependentSteps(world: World): Step[] {
  const { persons, dossiers } = world.sizes
  const plan = (d: number) => dossierPlan(world, d)
  const steps: Step[] = []
  if (world.needs.length > 0) {
    const needsOf = (d: number) => needAndStepRows(world, plan(d))
    const tables = [table('dossier_needs', needColumns), table('plan_steps', stepColumns)]
    steps.push({
      label: 'needs and plans',
      units: dossiers,
      tables,
      rowsOf: (d) => {
        const { needs, steps } = needsOf(d)
        return [needs, steps]
      },
    })
  }
  if (world.referralConsentTextId) {
    const referralsOf = (d: number) => referralRows(world, plan(d))
    steps.push(
      {
        label: 'consents',
        units: persons,
        tables: [table('consents', consentColumns)],
        rowsOf: (i) => [[consentRow(world, i)]],
      },
      {
        label: 'referrals',
        units: dossiers,
        tables: [table('referrals', referralColumns), table('referral_events', referralEventColumns)],
        rowsOf: (d) => {
          const referrals = referralsOf(d)
          return [referrals.map((r) => r.row), referrals.flatMap((r) => r.events)]
        },
      },
    )
  }
  return steps
}

function skippedOf(world: World, partnersSkipped: string[]): string[] {
  const skipped: string[] = [...partnersSkipped]
  if (world.needs.length === 0) skipped.push('needs and plan steps: the needs catalogue is empty')
  if (!world.referralConsentTextId) skipped.push('consents and referrals: no referral-sharing consent text')
  return skipped
}

/**
 * Generates the `scale`'s synthetic territory (service points, agents, organizations in all 17 regions, through their
 * modules), people (persons to referral events) and partners (directory, agreements with their amounts, events,
 * deliverables and instalments, local actions) and employers (enterprises, advisor services, labour needs, candidate
 * profiles with their job-matching consents), bulk-loaded in one transaction, then analyzes the tables.
 */
export async function loadSynthetic(
  base: CtxBase,
  database: Database,
  options: SyntheticOptions,
): Promise<SyntheticSummary> {
  const started = process.hrtime.bigint()
  if (await isSyntheticLoaded(base.db)) throw alreadyLoaded()
  const world = await createWorld(base, options)
  const partners = partnersSteps(await createPartnersWorld(base.db, world))
  const employers = employersSteps(await createEmployersWorld(base.db, world))
  const session = await openBulkSession(database)
  const counts: Record<string, number> = {}
  try {
    const targets = await targetsSteps(base.db, world)
    for (const step of [
      ...coreSteps(world),
      ...dependentSteps(world),
      ...partners.steps,
      ...employers.steps,
      ...targets,
    ]) {
      const loaded = await runStep(session, step, options)
      // A table loaded by two steps (consents to referrals, then to job matching) counts both.
      for (const [i, t] of step.tables.entries()) {
        const key = t.name.slice(t.name.indexOf('.') + 1)
        counts[key] = (counts[key] ?? 0) + loaded[i]!
      }
    }
    // The next dossier opened in the application numbers after the loaded ones.
    await session.execute(`select setval('people.dossier_number_seq', ${world.numberBase + world.sizes.dossiers - 1})`)
    await session.commit()
  } catch (error) {
    await session.rollback().catch(() => {})
    throw error
  }
  options.onProgress?.('analyze', 0, 1)
  // VACUUM, not only ANALYZE: it also merges the trigram index's pending list (GIN fast update) that a bulk COPY
  // leaves behind, which every search would otherwise scan, and sets the visibility map. Outside a transaction.
  await database.db.execute(sql`vacuum (analyze)`)
  return {
    counts,
    skipped: skippedOf(world, [...partners.skipped, ...employers.skipped]),
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  }
}
