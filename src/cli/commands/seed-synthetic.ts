import type { Command } from '../command.js'
import { withDatabase } from '../context.js'
import { loadSynthetic } from '../../seed/synthetic/load.js'
import { progressLine } from '../../seed/synthetic/progress.js'
import { type Scale, scales, sizes } from '../../seed/synthetic/world.js'
import { invalidInput } from '../../platform/errors.js'

const help = `Usage: escale seed synthetic --scale small|region|quebec [--seed N]

Generates fictional data at scale, the same for the same seed (default 1), for tests and benchmarks:
in each of the 17 regions, service points, agents and partner organizations (marked "synthétique",
organizations not listed publicly), then persons with names of many origins, their dossiers
(AQ-<year>-<n>), lifecycle events, interventions (2019–2026), needs and plan steps (when the needs
catalogue has rows), referral-sharing consents and referrals in every status with their events;
then partners: directory organizations (realistic names and kinds, services, languages, MRCs served,
capacity), agreements over 1–3 fiscal years with their yearly amounts, status events, instalments and
interim and final reports as of 2026-10-30, and local actions of the catalogue's kinds; then employers:
enterprises (SCIAN sectors, unique NEQs), advisor services, labour needs by CNP 2021 unit group, and
candidate profiles of persons (their region and French, targets, mobility) with job-matching consents.

  small    ${sizes.small.persons.toLocaleString('en')} persons (tests)
  region   ${sizes.region.persons.toLocaleString('en')} persons
  quebec   ${sizes.quebec.persons.toLocaleString('en')} persons, ${sizes.quebec.dossiers.toLocaleString('en')} dossiers, ${sizes.quebec.interventions.toLocaleString('en')} interventions, ${sizes.quebec.referrals.toLocaleString('en')} referrals,
           ${sizes.quebec.organizations.toLocaleString('en')} organizations, ${sizes.quebec.agreements.toLocaleString('en')} agreements, ${sizes.quebec.actions.toLocaleString('en')} local actions
           ${sizes.quebec.enterprises.toLocaleString('en')} enterprises, ${sizes.quebec.advisorServices.toLocaleString('en')} advisor services, ${sizes.quebec.labourNeeds.toLocaleString('en')} labour needs, ${sizes.quebec.candidates.toLocaleString('en')} candidate profiles

People, partners and employers rows are bulk-loaded in one transaction (COPY on PostgreSQL and on
the embedded database), then the tables are analyzed. The demo region may be loaded too: synthetic records use their own
service points. A database that already holds synthetic data is refused: start from a new one.`

function parseSeed(value: string | boolean | undefined): number {
  const seed = value === undefined ? 1 : Number(value)
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31)
    throw invalidInput({ seed: { fr: 'Un entier positif.', en: 'A positive integer.' } })
  return seed
}

export const seedSyntheticCommand: Command = {
  name: 'seed synthetic',
  summary: 'generate synthetic persons, dossiers, partners, agreements and employers at scale',
  help,
  options: { scale: { type: 'string' }, seed: { type: 'string' } },
  async run(values) {
    const scale = values.scale as Scale
    if (!scales.includes(scale))
      throw invalidInput({ scale: { fr: 'small, region ou quebec.', en: 'small, region or quebec.' } })
    const seed = parseSeed(values.seed)
    await withDatabase('seed synthetic', async (ctx, database, config) => {
      const progress = progressLine(process.stderr)
      const summary = await loadSynthetic(
        { db: ctx.db, now: () => ctx.now, resolveScope: ctx.resolveScope },
        database,
        {
          scale,
          seed,
          referralExpiryWorkingDays: config.people.referralExpiryWorkingDays,
          onProgress: progress.update,
        },
      ).finally(progress.done)
      console.log(`Synthetic data loaded (scale ${scale}, seed ${seed}) in ${summary.seconds.toFixed(1)} s:`)
      for (const [table, n] of Object.entries(summary.counts))
        console.log(`  ${table.padEnd(18)} ${n.toLocaleString('en')}`)
      for (const s of summary.skipped) console.log(`  skipped: ${s}`)
    })
  },
}
