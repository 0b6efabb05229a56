import * as Plot from '@observablehq/plot'
import { sql } from 'drizzle-orm'
import { type Db, queryRows } from '../../../../platform/db/database.js'
import { formatNumber, type Lang } from '../../../../platform/views/i18n.js'
import type { ChartCell, ChartDef, DashboardFilter } from '../chart.js'
import { quebecDateSql, regionsSql } from '../chart-sql.js'

// Labour needs and hires by CNP 2021 broad category (the unit group's first digit, named from the reference table
// employers.cnp_groups). Positions: the positions of the labour needs recorded (opened) in the period, whatever
// became of them since, in the position's region. Hires: the placements dated in the period in the position's region
// (employers `countPlacements`' rule), by the hired position's unit group.

type CategoryRow = {
  categoryCode: string
  categoryFr: string | null
  categoryEn: string
  positions: number | string
  hires: number | string
}

async function rows(db: Db, filter: DashboardFilter): Promise<Record<string, ChartCell>[]> {
  const { from, to } = filter
  const found = await queryRows<CategoryRow>(
    db,
    sql`with counted as (
          select left(n.cnp_code, 1) as category, n.positions as positions, 0 as hires
          from employers.labour_needs n
          where ${regionsSql(sql`n.region_code`, filter.regionCodes)}
            and ${quebecDateSql(sql`n.created_at`)} between ${from}::date and ${to}::date
          union all
          select left(p.cnp_code, 1), 0, 1
          from employers.placements p
          where ${regionsSql(sql`p.region_code`, filter.regionCodes)}
            and p.hired_on between ${from}::date and ${to}::date)
        select g.code as "categoryCode", g.title_fr as "categoryFr", g.title_en as "categoryEn",
          sum(c.positions) as positions, sum(c.hires) as hires
        from counted c join employers.cnp_groups g on g.code = c.category and g.level = 'broad_category'
        group by g.code, g.title_fr, g.title_en
        order by g.code`,
  )
  return found.map((r) => ({
    categoryCode: r.categoryCode,
    categoryFr: r.categoryFr ?? r.categoryEn,
    categoryEn: r.categoryEn,
    positions: Number(r.positions),
    hires: Number(r.hires),
  }))
}

const series = {
  positions: { fr: 'postes', en: 'positions' },
  hires: { fr: 'embauches', en: 'hires' },
} as const
const singular = {
  positions: { fr: 'poste', en: 'position' },
  hires: { fr: 'embauche', en: 'hire' },
} as const

/** « 1 poste », « 0 poste », « 2 postes »; "1 hire", "0 hires". */
function countedWord(n: number, key: keyof typeof series, lang: Lang): string {
  const one = lang === 'fr' ? n < 2 : n === 1
  return `${formatNumber(n, lang)} ${(one ? singular : series)[key][lang]}`
}

/** Two bars per category, each labelled with its count and what it counts (never colour alone). */
function plot(data: Record<string, ChartCell>[], lang: Lang): Plot.PlotOptions {
  const bars = data.flatMap((r) =>
    (['positions', 'hires'] as const).map((key) => ({
      category: String(lang === 'fr' ? r.categoryFr : r.categoryEn),
      series: series[key][lang],
      n: Number(r[key]),
      label: countedWord(Number(r[key]), key, lang),
    })),
  )
  return {
    marginLeft: 250,
    marginRight: 120,
    height: 40 + 56 * data.length,
    x: { label: lang === 'fr' ? 'Nombre' : 'Number', grid: true, tickFormat: (d: number) => formatNumber(d, lang) },
    y: { axis: null, domain: [series.positions[lang], series.hires[lang]] },
    fy: { label: null, domain: data.map((r) => String(lang === 'fr' ? r.categoryFr : r.categoryEn)) },
    color: { domain: [series.positions[lang], series.hires[lang]], range: ['#095797', '#6b778a'] },
    marks: [
      Plot.barX(bars, { x: 'n', y: 'series', fy: 'category', fill: 'series' }),
      Plot.text(bars, {
        x: 'n',
        y: 'series',
        fy: 'category',
        text: 'label',
        textAnchor: 'start',
        dx: 4,
      }),
      Plot.axisFy({ anchor: 'left', lineWidth: 24, label: null, tickSize: 0 }),
      Plot.ruleX([0]),
    ],
  }
}

/** Positions of the labour needs opened in the period and hires in the period, by CNP 2021 broad category. */
export const labourNeedsByCnpChart: ChartDef = {
  key: 'besoins-main-oeuvre-par-cnp',
  title: {
    fr: 'Besoins de main-d’œuvre et embauches par grande catégorie de la CNP',
    en: 'Labour needs and hires by NOC broad category',
  },
  description: {
    fr:
      'Postes des besoins de main-d’œuvre enregistrés pendant la période (quel que soit leur statut depuis) et ' +
      'embauches datées de la période, dans la région du poste, par grande catégorie de la CNP 2021 (premier ' +
      'chiffre du groupe de base). Un poste relève d’une région et non d’un point de services : le filtre du ' +
      'point de services ne s’applique pas.',
    en:
      'Positions of the labour needs recorded during the period (whatever their status since) and hires dated in ' +
      'the period, in the position’s region, by NOC 2021 broad category (first digit of the unit group). A ' +
      'position belongs to a region, not to a service point: the service-point filter does not apply.',
  },
  permission: 'employers.read',
  byServicePoint: false,
  columns: [
    { key: 'categoryCode', label: { fr: 'Grande catégorie', en: 'Broad category' }, format: 'text' },
    { key: 'categoryFr', label: { fr: 'Intitulé (français)', en: 'Title (French)' }, format: 'text' },
    { key: 'categoryEn', label: { fr: 'Intitulé (anglais)', en: 'Title (English)' }, format: 'text' },
    { key: 'positions', label: { fr: 'Postes à pourvoir', en: 'Positions' }, format: 'count' },
    { key: 'hires', label: { fr: 'Embauches', en: 'Hires' }, format: 'count' },
  ],
  rows,
  plot,
}
