// The Québec-scale section of docs/benchmarks.md: the machine, the scale, the load and the sizes, then one table of
// every measure with its floor measured in the same run, the ratio, the issue's target and ✓/✗; then what the plans
// of the Bilan's heaviest statements read (why it misses its target when it does). A run without a server writes only
// a note saying the Québec section was not re-run (its own date stays on it).
import type { QuebecMeasures } from './quebec.js'

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1))
const n = (v: number) => Math.round(v).toLocaleString('en').replace(/,/g, ' ')
const x = (a: number, b: number) => `${a / b >= 0.01 ? (a / b).toFixed(2) : (a / b).toPrecision(2)}×`
const met = (ok: boolean) => (ok ? '✓' : '✗')

type Row = [measure: string, figure: string, floor: string, ratio: string, target: string, verdict: string]

function bilanRows(m: QuebecMeasures): Row[] {
  const r = m.reports
  const ratio = r.bilan.p95 / r.bare.p95
  return [
    [
      `Bilan of region ${r.region} (${n(r.persons)} persons accompanied), \`computeBilan\` p95`,
      `${ms(r.bilan.p95)} ms`,
      `bare aggregate SQL p95 ${ms(r.bare.p95)} ms`,
      x(r.bilan.p95, r.bare.p95),
      '≤ 1.5× and < 300 ms',
      `${met(ratio <= 1.5)} ratio, ${met(r.bilan.p95 < 300)} time`,
    ],
    [
      `All ${r.allRegions.regions} regions one after the other (best of 3)`,
      `${n(r.allRegions.bilanMs)} ms`,
      `bare SQL ${n(r.allRegions.bareMs)} ms`,
      x(r.allRegions.bilanMs, r.allRegions.bareMs),
      '< 2 000 ms',
      met(r.allRegions.bilanMs < 2000),
    ],
  ]
}

function lookupRows(m: QuebecMeasures): Row[] {
  const p = m.people
  const advisor = m.employers.measures[0]!
  const admin = m.employers.measures[1]
  const rows: Row[] = [
    [
      `Person search p95 (\`searchPersons\`, agent of region ${p.region}, ${p.samples} names)`,
      `${ms(p.search.p95)} ms`,
      `bare trigram query p95 ${ms(p.bare.p95)} ms`,
      x(p.search.p95, p.bare.p95),
      '≤ 30 ms',
      met(p.search.p95 <= 30),
    ],
    [
      `Matching p95, top 50 explained (\`rankCandidates\`, ${advisor.as}, ${n(advisor.matchable)} matchable)`,
      `${ms(advisor.ranked.p95)} ms`,
      `bare selection SQL p95 ${ms(advisor.bare.p95)} ms`,
      x(advisor.ranked.p95, advisor.bare.p95),
      '≤ 100 ms',
      met(advisor.ranked.p95 <= 100),
    ],
  ]
  if (admin)
    rows.push([
      `Matching p95 (${admin.as}, ${n(admin.matchable)} matchable)`,
      `${ms(admin.ranked.p95)} ms`,
      `bare selection SQL p95 ${ms(admin.bare.p95)} ms`,
      x(admin.ranked.p95, admin.bare.p95),
      '≤ 100 ms',
      met(admin.ranked.p95 <= 100),
    ])
  return rows
}

function httpRows(m: QuebecMeasures): Row[] {
  const { dossier, bare, rss } = m.http
  const rows: Row[] = [
    [
      `Dossier page \`GET /app/dossiers/:id\` p95, real server, 1 connection (${n(dossier.latency.requests)} requests)`,
      `${ms(dossier.latency.p95)} ms`,
      `bare Fastify route p95 ${ms(bare.latency.p95)} ms`,
      x(dossier.latency.p95, bare.latency.p95),
      '≤ 25 ms',
      met(dossier.latency.p95 <= 25),
    ],
    [
      `Dossier page throughput, ${dossier.connections} connections for ${dossier.seconds} s`,
      `${n(dossier.throughput)} req/s`,
      `bare Fastify route ${n(bare.throughput)} req/s`,
      x(dossier.throughput, bare.throughput),
      '—',
      '',
    ],
  ]
  if (rss)
    rows.push([
      'Server memory (RSS) under that load, highest of samples every 100 ms',
      `${n(rss.maxMb)} MB`,
      `same server idle before the load ${n(rss.idleMb)} MB`,
      x(rss.maxMb, rss.idleMb),
      '—',
      '',
    ])
  return rows
}

function bulkRows(m: QuebecMeasures): Row[] {
  const i = m.importing
  const e = m.exporting
  const cmd = e.command
  const exportRow: Row =
    'skipped' in cmd
      ? [
          `Export of ${n(e.rows)} interventions (\`escale export interventions\`)`,
          `not measured: ${cmd.skipped}`,
          `\`COPY … TO STDOUT\` of the same ${n(e.rows)} rows ${n(e.copyMs)} ms (${n(e.bytes / 2 ** 20)} MB CSV)`,
          '—',
          '≤ 30 s',
          '✗ (not measured)',
        ]
      : [
          `Export of ${n(cmd.rows)} interventions (\`escale export interventions\`, process)`,
          `${n(cmd.ms)} ms`,
          `\`COPY … TO STDOUT\` of the same ${n(e.rows)} rows ${n(e.copyMs)} ms (${n(e.bytes / 2 ** 20)} MB)`,
          x(cmd.ms * (e.rows / cmd.rows), e.copyMs),
          '≤ 30 s per 1M',
          met((cmd.ms * 1_000_000) / cmd.rows <= 30_000),
        ]
  // Fewer rows than the target's 100 000 (BENCH_IMPORT_ROWS, a busy machine): the figure is scaled linearly, and says so.
  const per100k = (i.importMs * 100_000) / i.rows
  const scaled = i.rows === 100_000 ? '' : ` → ${n(per100k / 1000)} s per 100 000 (linear)`
  return [
    [
      `Import of ${n(i.rows)} persons (CSV ${(i.bytes / 2 ** 20).toFixed(1)} MB, \`importCsv\` persons, all-or-nothing)`,
      `${n(i.importMs)} ms${scaled}`,
      `bare \`COPY\` of the same file ${n(i.copyMs)} ms`,
      x(i.importMs, i.copyMs),
      '≤ 15 s per 100 000',
      met(per100k <= 15_000),
    ],
    exportRow,
    ...m.coldStarts.map(
      (c, k): Row => [
        `Cold start to the first page (public region page), ${c.on}`,
        c.failure ? `no page: ${c.failure}` : `${n(c.escaleMs)} ms`,
        `bare \`node -e\` Fastify server ${n(c.bareMs)} ms`,
        x(c.escaleMs, c.bareMs),
        k === 0 ? '≤ 5 s' : '(≤ 5 s)',
        met(c.escaleMs <= 5000),
      ],
    ),
  ]
}

function header(m: QuebecMeasures): string[] {
  const c = m.machine
  const load = m.load
    ? `${n(m.load.seconds)} s on ${m.load.on}, ${m.load.how}`
    : 'not recorded (the data were there before this run and no earlier load was recorded)'
  const counts = m.reports.counts
  return [
    '## Québec scale — PostgreSQL (the issue’s targets)',
    '',
    `Run by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC in ${m.minutes.toFixed(1)} min.`,
    '',
    `- **Machine:** ${c.cpu}, ${c.cores} cores, ${c.memoryGb.toFixed(1)} GB of memory; Node.js ${c.node}; ${c.postgres}.`,
    `- **Load average** (\`uptime\`) at the start ${c.load}, at the end ${m.loadAfter}: other engineers' tests shared the cores.`,
    `- **Scale** \`quebec\` (seed 1): ${n(counts.persons)} persons, ${n(m.people.counts.dossiers)} dossiers, ${n(counts.interventions)} interventions, ${n(m.people.counts.referrals)} referrals, ${n(counts.enterprises)} enterprises, ${n(counts.services)} advisor services, ${n(m.employers.counts.profiles)} candidate profiles, ${n(counts.agreements)} agreements.`,
    `- **Load time:** ${load}.`,
    `- **Database size** (\`pg_database_size\`): ${n(m.databaseMb)} MB. Embedded data folder \`${m.embedded.dir}\` (\`region\` scale): ${n(m.embedded.mb)} MB${m.embedded.loadSeconds === null ? '' : `, loaded in this run in ${n(m.embedded.loadSeconds)} s`}.`,
    '',
  ]
}

/** The Québec measures of one run as a markdown section. */
export function quebecSection(m: QuebecMeasures): string[] {
  const rows = [...bilanRows(m), ...lookupRows(m), ...httpRows(m), ...bulkRows(m)]
  const plans = m.reports.plans.map(
    (p) =>
      `- ${p.statement}, region ${p.region}: ${p.joins.join(', ') || 'no join'} reading ${p.indexes.map((i) => `\`${i}\``).join(', ') || 'no index'}; ${ms(p.ms)} ms executing.`,
  )
  return [
    ...header(m),
    '| Measure | Figure | Floor, same run | Ratio | Target | Met |',
    '|---|---:|---:|---:|---:|:--:|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    'What PostgreSQL’s plans (`explain analyze`, after the timings) of the Bilan’s two heaviest statements read:',
    ...plans,
  ]
}

/** The note a run without a PostgreSQL server writes: the Québec section below keeps its own (older) date. */
export function quebecNotRun(): string[] {
  return [
    `The last \`npm run bench\` (${new Date().toISOString().slice(0, 10)}) ran without \`BENCH_DATABASE_URL\` or \`DATABASE_URL\`: the Québec-scale measures were **not run**; the section below keeps the figures of its own date.`,
  ]
}
