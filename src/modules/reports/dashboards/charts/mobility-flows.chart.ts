import * as Plot from '@observablehq/plot'
import { sql } from 'drizzle-orm'
import { type Db, queryRows } from '../../../../platform/db/database.js'
import { formatNumber, type Lang } from '../../../../platform/views/i18n.js'
import type { ChartCell, ChartDef, DashboardFilter } from '../chart.js'
import { regionsSql } from '../chart-sql.js'

// Interregional mobility (employers `countMobilityFlows`' rule): hires dated in the period of positions in the
// filter's regions whose candidate lived in another region when hired, by region of origin → region of the position.
// The module's function gives codes only; the chart needs both regions' names, so one query joins territory's names.
// Québec's region names are official toponyms, the same in French and English: the flow's text is one column.

type FlowRow = {
  originCode: string
  regionCode: string
  originName: string
  regionName: string
  hires: number | string
}

async function rows(db: Db, filter: DashboardFilter): Promise<Record<string, ChartCell>[]> {
  const found = await queryRows<FlowRow>(
    db,
    sql`select p.origin_region_code as "originCode", p.region_code as "regionCode",
          o.name_fr as "originName", d.name_fr as "regionName",
          count(*) as hires
        from employers.placements p
        join territory.regions o on o.code = p.origin_region_code
        join territory.regions d on d.code = p.region_code
        where ${regionsSql(sql`p.region_code`, filter.regionCodes)}
          and p.origin_region_code <> p.region_code
          and p.hired_on between ${filter.from}::date and ${filter.to}::date
        group by p.origin_region_code, p.region_code, o.name_fr, d.name_fr
        order by count(*) desc, p.origin_region_code, p.region_code`,
  )
  return found.map((r) => ({
    originCode: r.originCode,
    regionCode: r.regionCode,
    flow: `${r.originName} → ${r.regionName}`,
    hires: Number(r.hires),
  }))
}

function plot(data: Record<string, ChartCell>[], lang: Lang): Plot.PlotOptions {
  const bars = data.map((r) => ({ flow: String(r.flow), n: Number(r.hires) }))
  return {
    marginLeft: 300,
    marginRight: 40,
    height: 40 + 34 * bars.length,
    x: {
      label: lang === 'fr' ? 'Embauches interrégionales' : 'Interregional hires',
      grid: true,
      tickFormat: (d: number) => formatNumber(d, lang),
    },
    y: { label: null, domain: bars.map((b) => b.flow) },
    marks: [
      Plot.barX(bars, { x: 'n', y: 'flow', fill: '#095797' }),
      Plot.text(bars, { x: 'n', y: 'flow', text: (b) => formatNumber(b.n, lang), textAnchor: 'start', dx: 4 }),
      Plot.axisY({ lineWidth: 28, label: null, tickSize: 0 }),
      Plot.ruleX([0]),
    ],
  }
}

/** Hires of the period of candidates from another region, by region of origin → region of the position. */
export const mobilityFlowsChart: ChartDef = {
  key: 'mobilite-interregionale',
  title: { fr: 'Mobilité interrégionale des personnes embauchées', en: 'Interregional mobility of persons hired' },
  description: {
    fr:
      'Embauches datées de la période, dans un poste de la région, de personnes qui habitaient une autre région ' +
      'au moment de l’embauche, par région d’origine → région du poste. Un poste relève d’une région et non d’un ' +
      'point de services : le filtre du point de services ne s’applique pas.',
    en:
      'Hires dated in the period, in a position of the region, of persons who lived in another region when hired, ' +
      'by region of origin → region of the position. A position belongs to a region, not to a service point: the ' +
      'service-point filter does not apply.',
  },
  permission: 'employers.read',
  byServicePoint: false,
  columns: [
    { key: 'originCode', label: { fr: 'Région d’origine (code)', en: 'Region of origin (code)' }, format: 'text' },
    { key: 'regionCode', label: { fr: 'Région du poste (code)', en: 'Region of the position (code)' }, format: 'text' },
    { key: 'flow', label: { fr: 'Trajet', en: 'Flow' }, format: 'text' },
    { key: 'hires', label: { fr: 'Embauches', en: 'Hires' }, format: 'count' },
  ],
  rows,
  plot,
}
