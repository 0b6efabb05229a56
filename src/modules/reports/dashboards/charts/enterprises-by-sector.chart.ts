import * as Plot from '@observablehq/plot'
import { sql } from 'drizzle-orm'
import { type Db, queryRows } from '../../../../platform/db/database.js'
import { formatNumber, type Lang } from '../../../../platform/views/i18n.js'
import type { ChartCell, ChartDef, DashboardFilter } from '../chart.js'
import { regionsSql } from '../chart-sql.js'

// The Bilan's « entreprises accompagnées » (employers `countEnterprisesAccompanied`): an enterprise counts once, in
// its own region, when it received at least one advisor service dated in the period (bounds included); here split by
// its SCIAN 2022 sector. The employers module gives the total, not the split: one aggregate query on its tables.

/** A sector row's names when the enterprise's sector is missing from the reference table. */
const unspecified = { fr: 'Secteur non précisé', en: 'Sector not specified' }

type SectorRow = { sectorCode: string; sectorFr: string | null; sectorEn: string | null; enterprises: number | string }

async function rows(db: Db, filter: DashboardFilter): Promise<Record<string, ChartCell>[]> {
  const found = await queryRows<SectorRow>(
    db,
    sql`select e.scian_code as "sectorCode", sc.name_fr as "sectorFr", sc.name_en as "sectorEn",
          count(*) as enterprises
        from employers.enterprises e
        left join employers.scian_sectors sc on sc.code = e.scian_code
        where ${regionsSql(sql`e.region_code`, filter.regionCodes)}
          and exists (select 1 from employers.advisor_services s
                      where s.enterprise_id = e.id and s.served_on between ${filter.from}::date and ${filter.to}::date)
        group by e.scian_code, sc.name_fr, sc.name_en
        order by count(*) desc, e.scian_code`,
  )
  return found.map((r) => ({
    sectorCode: r.sectorCode,
    sectorFr: r.sectorFr ?? unspecified.fr,
    sectorEn: r.sectorEn ?? unspecified.en,
    enterprises: Number(r.enterprises),
  }))
}

function plot(data: Record<string, ChartCell>[], lang: Lang): Plot.PlotOptions {
  const bars = data.map((r) => ({ sector: String(lang === 'fr' ? r.sectorFr : r.sectorEn), n: Number(r.enterprises) }))
  return {
    marginLeft: 230,
    marginRight: 40,
    height: 40 + 34 * bars.length,
    x: {
      label: lang === 'fr' ? 'Entreprises accompagnées' : 'Enterprises accompanied',
      grid: true,
      tickFormat: (d: number) => formatNumber(d, lang),
    },
    y: { label: null, domain: bars.map((b) => b.sector) },
    marks: [
      Plot.barX(bars, { x: 'n', y: 'sector', fill: '#095797' }),
      Plot.text(bars, { x: 'n', y: 'sector', text: (b) => formatNumber(b.n, lang), textAnchor: 'start', dx: 4 }),
      Plot.axisY({ lineWidth: 22, label: null, tickSize: 0 }),
      Plot.ruleX([0]),
    ],
  }
}

/** Enterprises accompanied in the period by SCIAN 2022 sector (the Bilan's rule), in the enterprises' regions. */
export const enterprisesBySectorChart: ChartDef = {
  key: 'entreprises-par-secteur',
  title: { fr: 'Entreprises accompagnées par secteur', en: 'Enterprises accompanied by sector' },
  description: {
    fr:
      'Entreprises ayant reçu au moins un service d’une conseillère ou d’un conseiller en immigration régionale ' +
      'pendant la période, comptées une fois dans leur région, par secteur SCIAN 2022. Une entreprise relève ' +
      'd’une région et non d’un point de services : le filtre du point de services ne s’applique pas.',
    en:
      'Enterprises that received at least one service from a regional immigration advisor during the period, ' +
      'counted once in their region, by SCIAN 2022 (NAICS) sector. An enterprise belongs to a region, not to a ' +
      'service point: the service-point filter does not apply.',
  },
  permission: 'employers.read',
  byServicePoint: false,
  columns: [
    { key: 'sectorCode', label: { fr: 'Code SCIAN', en: 'NAICS code' }, format: 'text' },
    { key: 'sectorFr', label: { fr: 'Secteur (français)', en: 'Sector (French)' }, format: 'text' },
    { key: 'sectorEn', label: { fr: 'Secteur (anglais)', en: 'Sector (English)' }, format: 'text' },
    { key: 'enterprises', label: { fr: 'Entreprises accompagnées', en: 'Enterprises accompanied' }, format: 'count' },
  ],
  rows,
  plot,
}
