import * as Plot from '@observablehq/plot'
import { sql } from 'drizzle-orm'
import { queryRows } from '../../../../platform/db/database.js'
import type { Lang } from '../../../../platform/views/i18n.js'
import { voletLabels, volets } from '../../../people/index.js'
import type { ChartCell, ChartDef } from '../chart.js'
import { regionsSql, servicePointSql } from '../chart-sql.js'

// Accompagnement Québec: the needs assessed in the period, by the volet of the plan their catalogue entry belongs to
// (people.need_catalogue.volet). The four volets are always listed, in the plan's order, named as the people module
// names them.

const voletOrder = sql.join(
  volets.map((code, i) => sql`(${code}, ${i})`),
  sql`, `,
)

/** One labelled horizontal bar per volet (the volet named on the axis, the count written at the bar's end). */
function plotOf(rows: Record<string, ChartCell>[], lang: Lang): Plot.PlotOptions {
  const data = rows.map((r) => ({
    volet: voletLabels[String(r.volet) as (typeof volets)[number]]?.[lang] ?? String(r.volet),
    needs: Number(r.needs),
  }))
  return {
    marginLeft: 220,
    marginRight: 40,
    x: { grid: true, label: lang === 'fr' ? 'Besoins évalués' : 'Needs assessed' },
    y: { label: null, domain: data.map((d) => d.volet) },
    marks: [
      Plot.barX(data, { x: 'needs', y: 'volet', fill: '#095797' }),
      Plot.text(data, { x: 'needs', y: 'volet', text: 'needs', dx: 6, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  }
}

export const needsByVoletChart: ChartDef = {
  key: 'besoins-par-volet',
  title: { fr: 'Besoins par volet', en: 'Needs by volet' },
  description: {
    fr: 'Besoins évalués dans la période (date d’évaluation), dans les dossiers de la région et du point de services, regroupés selon le volet du plan d’action auquel le besoin appartient au catalogue; et le nombre de dossiers distincts concernés.',
    en: 'Needs assessed in the period (assessment date), in the dossiers of the region and service point, grouped by the action-plan volet the need belongs to in the catalogue; and the number of distinct dossiers concerned.',
  },
  permission: 'people.read',
  byServicePoint: true,
  columns: [
    { key: 'volet', label: { fr: 'Volet', en: 'Volet' }, format: 'text', codes: voletLabels },
    { key: 'needs', label: { fr: 'Besoins évalués', en: 'Needs assessed' }, format: 'count' },
    { key: 'dossiers', label: { fr: 'Dossiers', en: 'Dossiers' }, format: 'count' },
  ],
  rows: (db, filter) =>
    queryRows(
      db,
      sql`select v.volet, count(n.id)::int as needs, count(distinct n.dossier_id)::int as dossiers
        from (values ${voletOrder}) as v(volet, position)
        left join (people.dossier_needs n
          join people.need_catalogue c on c.code = n.need_code
          join people.dossiers d on d.id = n.dossier_id)
        on c.volet = v.volet
          and n.assessed_on between ${filter.from}::date and ${filter.to}::date
          and ${regionsSql(sql`d.region_code`, filter.regionCodes)}
          and ${servicePointSql(sql`d.service_point_id`, filter.servicePointId)}
        group by v.volet, v.position
        order by v.position`,
    ),
  plot: plotOf,
}
