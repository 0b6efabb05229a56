// The reports measures' section of docs/benchmarks.md (bench/report.ts writes the sections; this shapes this one).
// The targets hold for PostgreSQL at Québec scale: the Bilan ≤ 1.5 × the bare SQL and p95 < 300 ms; all 17
// regions < 2 s. Elsewhere the figures are for information (no target shown).
import type { ReportsMeasures } from './reports.js'

const ms = (v: number) => v.toFixed(1)
const n = (v: number) => v.toLocaleString('en').replace(/,/g, ' ')

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
  ]
}
