import * as Plot from '@observablehq/plot'
import { sql } from 'drizzle-orm'
import { type Db, queryRows } from '../../../../platform/db/database.js'
import { formatMoney, formatNumber, type Lang } from '../../../../platform/views/i18n.js'
import { fiscalYearLabel, fiscalYearOf, fiscalYearSql } from '../../../partners/index.js'
import type { ChartCell, ChartDef, DashboardFilter } from '../chart.js'
import { regionsSql } from '../chart-sql.js'

// Funding by program and Québec fiscal year (April 1 – March 31), in integer cents.
// Committed: partners `committedAmountsByProgramAndYear`'s rule — the yearly amounts of the agreements in force during
// the period (signed by its end, their period, up to an early termination, overlapping it), for the fiscal years the
// period touches. Paid: the instalments of the regions' agreements paid in the period (partners.instalments.paid_on),
// in the fiscal year of their payment. The partners function gives the first half only: one query gives both.

type ProgramYearRow = {
  programCode: string
  programFr: string
  programEn: string
  fiscalYear: number
  committedCents: number | string
  paidCents: number | string
}

async function rows(db: Db, filter: DashboardFilter): Promise<Record<string, ChartCell>[]> {
  const { from, to } = filter
  const found = await queryRows<ProgramYearRow>(
    db,
    sql`with amounts as (
          select a.program_code as program, y.fiscal_year::int as fiscal_year,
            y.amount_cents as committed, 0::bigint as paid
          from partners.agreement_amounts y join partners.agreements a on a.id = y.agreement_id
          where ${regionsSql(sql`a.region_code`, filter.regionCodes)}
            and a.signed_on is not null and a.signed_on <= ${to}::date and a.start_on <= ${to}::date
            and least(a.end_on, coalesce(a.terminated_on, a.end_on)) >= ${from}::date
            and y.fiscal_year between ${fiscalYearOf(from)} and ${fiscalYearOf(to)}
          union all
          select a.program_code, ${fiscalYearSql(sql`i.paid_on`)}, 0::bigint, i.amount_cents
          from partners.instalments i join partners.agreements a on a.id = i.agreement_id
          where ${regionsSql(sql`a.region_code`, filter.regionCodes)}
            and i.paid_on between ${from}::date and ${to}::date)
        select p.code as "programCode", p.name_fr as "programFr", p.name_en as "programEn",
          m.fiscal_year as "fiscalYear", sum(m.committed) as "committedCents", sum(m.paid) as "paidCents"
        from amounts m join partners.programs p on p.code = m.program
        group by p.code, p.name_fr, p.name_en, p.sort_order, m.fiscal_year
        order by p.sort_order, p.code, m.fiscal_year`,
  )
  return found.map((r) => ({
    programCode: r.programCode,
    programFr: r.programFr,
    programEn: r.programEn,
    fiscalYear: fiscalYearLabel(Number(r.fiscalYear)),
    committedCents: Number(r.committedCents),
    paidCents: Number(r.paidCents),
  }))
}

const amountWords = { committedCents: { fr: 'engagés', en: 'committed' }, paidCents: { fr: 'versés', en: 'paid' } }

/** Two bars per program and fiscal year, each labelled with its amount and what it is (never colour alone). */
function plot(data: Record<string, ChartCell>[], lang: Lang): Plot.PlotOptions {
  const groupOf = (r: Record<string, ChartCell>) => `${lang === 'fr' ? r.programFr : r.programEn} (${r.fiscalYear})`
  const bars = data.flatMap((r) =>
    (['committedCents', 'paidCents'] as const).map((key) => ({
      group: groupOf(r),
      series: amountWords[key][lang],
      dollars: Number(r[key]) / 100,
      label: `${formatMoney(Number(r[key]), lang)} ${amountWords[key][lang]}`,
    })),
  )
  const series = [amountWords.committedCents[lang], amountWords.paidCents[lang]]
  return {
    marginLeft: 260,
    marginRight: 170,
    height: 40 + 56 * data.length,
    x: {
      label: lang === 'fr' ? 'Montant ($)' : 'Amount ($)',
      grid: true,
      tickFormat: (d: number) => formatNumber(d, lang),
    },
    y: { axis: null, domain: series },
    fy: { label: null, domain: data.map(groupOf) },
    color: { domain: series, range: ['#095797', '#6b778a'] },
    marks: [
      Plot.barX(bars, { x: 'dollars', y: 'series', fy: 'group', fill: 'series' }),
      Plot.text(bars, { x: 'dollars', y: 'series', fy: 'group', text: 'label', textAnchor: 'start', dx: 4 }),
      Plot.axisFy({ anchor: 'left', lineWidth: 24, label: null, tickSize: 0 }),
      Plot.ruleX([0]),
    ],
  }
}

/** Amounts committed and paid by program and fiscal year, in the agreements' regions. */
export const agreementsByProgramChart: ChartDef = {
  key: 'ententes-par-programme',
  title: {
    fr: 'Ententes et versements par programme et exercice financier',
    en: 'Agreements and payments by program and fiscal year',
  },
  description: {
    fr:
      'Montants engagés : sommes annuelles des ententes signées en vigueur pendant la période, pour les ' +
      'exercices financiers (1er avril – 31 mars) que la période touche. Montants versés : versements payés ' +
      'pendant la période, dans l’exercice de leur paiement. Une entente relève d’une région et non d’un point de ' +
      'services : le filtre du point de services ne s’applique pas.',
    en:
      'Amounts committed: the yearly amounts of the signed agreements in force during the period, for the fiscal ' +
      'years (April 1 – March 31) the period touches. Amounts paid: instalments paid during the period, in the ' +
      'fiscal year of their payment. An agreement belongs to a region, not to a service point: the service-point ' +
      'filter does not apply.',
  },
  permission: 'partners.read',
  byServicePoint: false,
  columns: [
    { key: 'programCode', label: { fr: 'Programme (code)', en: 'Program (code)' }, format: 'text' },
    { key: 'programFr', label: { fr: 'Programme (français)', en: 'Program (French)' }, format: 'text' },
    { key: 'programEn', label: { fr: 'Programme (anglais)', en: 'Program (English)' }, format: 'text' },
    { key: 'fiscalYear', label: { fr: 'Exercice financier', en: 'Fiscal year' }, format: 'text' },
    { key: 'committedCents', label: { fr: 'Montants engagés', en: 'Amounts committed' }, format: 'money' },
    { key: 'paidCents', label: { fr: 'Montants versés', en: 'Amounts paid' }, format: 'money' },
  ],
  rows,
  plot,
}
