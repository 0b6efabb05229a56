// docs/benchmarks.md is written by more than one run (the quick default run, a Québec-scale run on a server): each run
// replaces only its own section, between `<!-- bench:<key> -->` and `<!-- /bench:<key> -->`, and keeps the others.
import fs from 'node:fs'
import type { EmployersMeasures, MatchMeasure } from './employers.js'
import type { PartnerMeasure, PartnersMeasures } from './partners.js'
import type { PeopleMeasures } from './people.js'

export const BENCH_FILE = 'docs/benchmarks.md'

/** The markdown with section `key` (marked `<!-- tag:key -->`) replaced by `lines` (appended when absent). */
export function withSection(markdown: string, key: string, lines: string[], tag = 'bench'): string {
  const open = `<!-- ${tag}:${key} -->`
  const close = `<!-- /${tag}:${key} -->`
  const block = [open, ...lines, close].join('\n')
  const start = markdown.indexOf(open)
  const end = markdown.indexOf(close)
  if (start >= 0 && end > start) return markdown.slice(0, start) + block + markdown.slice(end + close.length)
  return `${markdown.trimEnd()}\n\n${block}\n`
}

/** Writes one run's section into docs/benchmarks.md, keeping the other runs' sections. */
export function writeSection(key: string, lines: string[]): void {
  const before = fs.existsSync(BENCH_FILE) ? fs.readFileSync(BENCH_FILE, 'utf8') : ''
  // A file from before the sections is replaced whole.
  const current = before.includes('<!-- bench:') ? before : '# Benchmarks\n'
  fs.mkdirSync('docs', { recursive: true })
  fs.writeFileSync(BENCH_FILE, withSection(current, key, lines))
}

const ms = (v: number) => v.toFixed(1)
const n = (v: number) => v.toLocaleString('en').replace(/,/g, ' ')

/** The people measures of one run as a markdown section. */
export function peopleSection(
  m: PeopleMeasures,
  run: { backend: string; scale: string; loadSeconds: number | null },
): string[] {
  const target = (t: string) => (run.scale === 'quebec' && run.backend === 'PostgreSQL' ? t : '—')
  const met = (v: number, limit: number) =>
    run.scale === 'quebec' && run.backend === 'PostgreSQL' ? (v <= limit ? ' ✓' : ' ✗') : ''
  return [
    `## People — ${run.backend}, \`--scale ${run.scale}\``,
    '',
    `Run on ${new Date().toISOString().slice(0, 10)} (Node.js ${process.version}): ${n(m.counts.persons)} persons, ${n(m.counts.dossiers)} dossiers, ${n(m.counts.interventions)} interventions, ${n(m.counts.referrals)} referrals` +
      (run.loadSeconds === null ? '.' : `, loaded by \`escale seed synthetic\` in ${run.loadSeconds.toFixed(0)} s.`),
    `As an agent of region ${m.region} (the most persons), ${m.samples} different persons each, after 10 warm-up calls; a search is a name typed without accents with its last letter wrong.`,
    '',
    '| Measure | p50 ms | p95 ms | target p95 |',
    '|---|---:|---:|---:|',
    `| Person search, service \`searchPersons\` (the whole use case: permission, scope condition, mapping) | ${ms(m.search.p50)} | ${ms(m.search.p95)}${met(m.search.p95, 30)} | ${target('≤ 30 ms')} |`,
    `| Bare trigram query it runs (no scope condition) | ${ms(m.bare.p50)} | ${ms(m.bare.p95)} | |`,
    `| **Ratio** service / bare query (same run, same names, each first in turn) | ${(m.search.p50 / m.bare.p50).toFixed(2)} | ${(m.search.p95 / m.bare.p95).toFixed(2)} | |`,
    `| Dossier \`GET ${m.dossier.url}\` (session, \`inject()\`) | ${ms(m.dossier.p50)} | ${ms(m.dossier.p95)}${met(m.dossier.p95, 25)} | ${target('≤ 25 ms')} |`,
    '',
    `PostgreSQL's plan of the bare query for the first name ${m.usesTrigramIndex ? 'reads' : 'does not read'} the trigram index \`persons_name_trgm_idx\`.`,
  ]
}

/** The partners measures of one run as a markdown section: a route that answered 404 says so, with no figure. */
export function partnersSection(
  m: PartnersMeasures,
  run: { backend: string; scale: string; loadSeconds: number | null },
): string[] {
  const c = m.counts
  const row = (x: PartnerMeasure) => {
    const who = x.as === 'partner' ? 'partner account' : 'director'
    const name = `${x.label} \`GET ${x.url}\` (${who})`
    if (x.outcome === 'absent') return `| ${name} | not measured: route absent (404) | | |`
    if (x.outcome !== 'measured') return `| ${name} | not measured: answered ${x.outcome.status} | | |`
    return `| ${name} | ${ms(x.p50)} | ${ms(x.p95)} | ${(x.p50 / m.health.p50).toFixed(0)} |`
  }
  return [
    `## Partners — ${run.backend}, \`--scale ${run.scale}\``,
    '',
    `Run on ${new Date().toISOString().slice(0, 10)} (Node.js ${process.version}): ${n(c.organizations)} organizations, ${n(c.agreements)} agreements, ${n(c.instalments)} instalments, ${n(c.deliverables)} deliverables, ${n(c.actions)} local actions` +
      (run.loadSeconds === null ? '.' : `, loaded by \`escale seed synthetic\` in ${run.loadSeconds.toFixed(0)} s.`),
    `As a director of region ${m.region} and as a partner account of its organization with the most agreements; each URL ${m.samples} times after 10 warm-up requests, through \`inject()\` with a session cookie. \`GET /health\` in the same run: p50 ${m.health.p50.toFixed(2)} ms.`,
    '',
    '| Request | p50 ms | p95 ms | p50 × /health |',
    '|---|---:|---:|---:|',
    ...m.measures.map(row),
  ]
}

/**
 * The employers measures of one run as a markdown section. The target (p95 ≤ 100 ms for the top 50 with their
 * explanations) holds for PostgreSQL at Québec scale and for the embedded database at region scale.
 */
export function employersSection(
  m: EmployersMeasures,
  run: { backend: string; scale: string; loadSeconds: number | null },
): string[] {
  const c = m.counts
  const targeted =
    (run.scale === 'quebec' && run.backend === 'PostgreSQL') || (run.scale === 'region' && run.backend !== 'PostgreSQL')
  const met = (v: number) => (targeted ? (v <= 100 ? ' ✓' : ' ✗') : '')
  const rows = (x: MatchMeasure) => [
    `| Top 50 with explanations, \`rankCandidates\` (${x.as}: ${n(x.matchable)} matchable, ${x.returned} returned) | ${ms(x.ranked.p50)} | ${ms(x.ranked.p95)}${met(x.ranked.p95)} | ${targeted ? '≤ 100 ms' : '—'} |`,
    `| Bare SQL selecting the same candidates, \`selectMatchableCandidatesSql\` (${x.as}) | ${ms(x.bare.p50)} | ${ms(x.bare.p95)} | |`,
    `| **Ratio** use case / bare SQL (${x.as}) | ${(x.ranked.p50 / x.bare.p50).toFixed(2)} | ${(x.ranked.p95 / x.bare.p95).toFixed(2)} | |`,
  ]
  const api = m.api
    ? [
        `| \`GET /api/v1/labour-needs/{id}/matches\` (advisor, session, \`inject()\`) | ${ms(m.api.p50)} | ${ms(m.api.p95)} | |`,
      ]
    : ['| `GET /api/v1/labour-needs/{id}/matches` | not measured: route absent (404) | | |']
  return [
    `## Employers — ${run.backend}, \`--scale ${run.scale}\``,
    '',
    `Run on ${new Date().toISOString().slice(0, 10)} (Node.js ${process.version}): ${n(c.enterprises)} enterprises, ${n(c.services)} advisor services, ${n(c.needs)} labour needs, ${n(c.profiles)} candidate profiles` +
      (run.loadSeconds === null ? '.' : `, loaded by \`escale seed synthetic\` in ${run.loadSeconds.toFixed(0)} s.`),
    `One open labour need of region ${m.region} (${m.need.cnpCode}, « ${m.need.title} », in the broad category most candidates target), ranked ${m.samples} times per caller after 5 warm-up rounds, the use case and the bare SQL alternately first. The use case includes its permission check, the consent probe, the explanation of every criterion of the 50 kept and its audit event; the bare SQL returns every matchable candidate's id, unordered.`,
    '',
    '| Measure | p50 ms | p95 ms | target p95 |',
    '|---|---:|---:|---:|',
    ...m.measures.flatMap(rows),
    ...api,
  ]
}
