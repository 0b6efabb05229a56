// The reports measures' section of docs/benchmarks.md (bench/report.ts writes the sections; this shapes this one).
// The issue's targets hold for PostgreSQL at Québec scale: the Bilan ≤ 1.5 × the bare SQL and p95 < 300 ms; all 17
// regions < 2 s. Elsewhere the figures are for information (no target shown).
import type { PlanReading, ReportsMeasures } from './reports.js'

const ms = (v: number) => v.toFixed(1)
const n = (v: number) => v.toLocaleString('en').replace(/,/g, ' ')

const planLine = (p: PlanReading) =>
  `- ${p.statement}, region ${p.region}: ${p.joins.join(', ') || 'no join'} reading ${p.indexes.map((i) => `\`${i}\``).join(', ') || 'no index (sequential scans)'}; ${ms(p.ms)} ms executing.`

/** The indexes the Bilan's statements rely on (what the plans above read), and why. */
const indexNotes = [
  '',
  'Indexes the Bilan relies on:',
  '- `people.interventions_region_date_idx (region_code, occurred_on, dossier_id)`: the persons count reads a region-period as one index-only range scan (no heap fetch).',
  '- `people.dossiers_id_person_idx (id, person_id)` (migration `0016_reports_indexes`): each intervention’s dossier and person in an index-only probe, so a region with a few thousand interventions joins by nested loop instead of hashing all the dossiers (before it, every region’s plan read the whole `dossiers` table).',
  '- `employers.enterprises_region_idx` with `employers.advisor_services_enterprise_idx (enterprise_id, served_on)`: a region’s enterprises, then an index-only probe of their services in the period; the busiest region reads `advisor_services_served_idx (served_on)` instead.',
  '- `partners.agreements_region_period_idx` and `partners.actions_region_period_idx`: agreements in force, amounts and action kinds of a region-period; the other statements read small reference tables.',
]

/** The Québec-scale run of 2026-11-27 on the same machine before `dossiers_id_person_idx`, for comparison. */
const before = [
  '',
  'Before `dossiers_id_person_idx` (same machine, 2026-11-27, 20 samples): `computeBilan` p50 2 616 ms / p95 3 154 ms, bare SQL p50 2 586 / p95 3 256 ms (ratio 1.01 / 0.97); all 17 regions 16 521 ms (bare SQL 15 590 ms): every region’s persons count hashed the 300 000 dossiers.',
]

/** The reports measures of one run as a markdown section. */
export function reportsSection(
  m: ReportsMeasures,
  run: { backend: string; scale: string; loadSeconds: number | null },
): string[] {
  const targeted = run.scale === 'quebec' && run.backend === 'PostgreSQL'
  const met = (ok: boolean) => (targeted ? (ok ? ' ✓' : ' ✗') : '')
  const target = (t: string) => (targeted ? t : '—')
  const c = m.counts
  const ratio = { p50: m.bilan.p50 / m.bare.p50, p95: m.bilan.p95 / m.bare.p95 }
  const all = m.allRegions
  return [
    `## Reports (the Bilan) — ${run.backend}, \`--scale ${run.scale}\``,
    '',
    `Run on ${new Date().toISOString().slice(0, 10)} (Node.js ${process.version}): ${n(c.persons)} persons, ${n(c.interventions)} interventions, ${n(c.enterprises)} enterprises, ${n(c.services)} advisor services, ${n(c.agreements)} agreements` +
      (run.loadSeconds === null ? '.' : `, loaded by \`escale seed synthetic\` in ${run.loadSeconds.toFixed(0)} s.`),
    `The Bilan of region ${m.region} (the most persons: ${n(m.persons)} accompanied in the period) for ${m.period.from} … ${m.period.to}, ${m.samples} times each after 5 warm-up rounds, \`computeBilan\` and the bare SQL alternately first. The bare SQL (\`bench/reports-sql.ts\`) is the statements the figures need — the same counts, the team, points and contacts on the end date, the committed amounts — run sequentially or together exactly as \`computeBilan\` runs its own; both sides' figures are compared (the run fails if one differs).`,
    '',
    '| Measure | p50 ms | p95 ms | target |',
    '|---|---:|---:|---:|',
    `| \`computeBilan\` (the whole model) | ${ms(m.bilan.p50)} | ${ms(m.bilan.p95)}${met(m.bilan.p95 < 300)} | ${target('p95 < 300 ms')} |`,
    `| Bare aggregate SQL (same statements, same parallelism) | ${ms(m.bare.p50)} | ${ms(m.bare.p95)} | |`,
    `| **Ratio** \`computeBilan\` / bare SQL | ${ratio.p50.toFixed(2)} | ${ratio.p95.toFixed(2)}${met(ratio.p95 <= 1.5)} | ${target('≤ 1.5')} |`,
    `| \`GET /api/v1/reports/bilan?format=json\` (admin, session, \`inject()\`) | ${ms(m.api.json.p50)} | ${ms(m.api.json.p95)} | |`,
    `| \`GET /api/v1/reports/bilan?format=md\` (admin, session, \`inject()\`) | ${ms(m.api.md.p50)} | ${ms(m.api.md.p95)} | |`,
    `| All ${all.regions} regions one after the other, \`computeBilan\` (total, best of 3) | ${ms(all.bilanMs)} | | ${target('< 2 000 ms')}${met(all.bilanMs < 2000)} |`,
    `| All ${all.regions} regions one after the other, bare SQL (total, best of 3) | ${ms(all.bareMs)} | | |`,
    '',
    'What the plans (`explain analyze`, once, after the timings) of the two heaviest statements read:',
    ...m.plans.map(planLine),
    ...indexNotes,
    ...(targeted ? before : []),
  ]
}
