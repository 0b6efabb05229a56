import * as Plot from '@observablehq/plot'
import { sql } from 'drizzle-orm'
import { queryRows } from '../../../../platform/db/database.js'
import type { Lang } from '../../../../platform/views/i18n.js'
import type { ChartCell, ChartDef } from '../chart.js'
import { monthText } from '../chart-format.js'
import { monthsSql, regionsSql, servicePointSql } from '../chart-sql.js'

// Accompagnement Québec: new dossiers and persons accompanied per month (two series; every month of the period).

const series = {
  newDossiers: { fr: 'Nouveaux dossiers', en: 'New dossiers' },
  personsAccompanied: { fr: 'Personnes accompagnées', en: 'Persons accompanied' },
}

type Point = { month: string; value: number; series: string }

/** One point per month and series, in the page's language (the plot's long form). */
function pointsOf(rows: Record<string, ChartCell>[], lang: Lang): Point[] {
  return (['newDossiers', 'personsAccompanied'] as const).flatMap((key) =>
    rows.map((r) => ({ month: String(r.month), value: Number(r[key] ?? 0), series: series[key][lang] })),
  )
}

/** Solid line with dots for new dossiers, dashed line with squares for persons: told apart without colour. */
function plotOf(rows: Record<string, ChartCell>[], lang: Lang): Plot.PlotOptions {
  const points = pointsOf(rows, lang)
  const [dossiers, persons] = [series.newDossiers[lang], series.personsAccompanied[lang]]
  const of = (name: string) => points.filter((p) => p.series === name)
  const line = { x: 'month', y: 'value', stroke: 'series' } as const
  return {
    marginBottom: 50,
    x: {
      type: 'point',
      label: lang === 'fr' ? 'Mois' : 'Month',
      tickRotate: -45,
      tickFormat: (m: string) => monthText(m, lang, 'short'),
    },
    y: { grid: true, label: lang === 'fr' ? 'Nombre' : 'Count', zero: true },
    color: { domain: [dossiers, persons], range: ['#095797', '#b35900'] },
    marks: [
      Plot.lineY(of(dossiers), { ...line, marker: 'dot' }),
      Plot.lineY(of(persons), { ...line, strokeDasharray: '6 4' }),
      Plot.dot(of(persons), { x: 'month', y: 'value', symbol: 'square', stroke: 'series', fill: 'white' }),
      Plot.text(of(dossiers), { x: 'month', y: 'value', text: 'value', dy: -9 }),
      Plot.text(of(persons), { x: 'month', y: 'value', text: 'value', dy: 11 }),
      Plot.text(of(dossiers), Plot.selectLast({ x: 'month', y: 'value', text: 'series', dx: 6, textAnchor: 'start' })),
      Plot.text(
        of(persons),
        Plot.selectLast({ x: 'month', y: 'value', text: 'series', dx: 6, dy: 12, textAnchor: 'start' }),
      ),
    ],
    marginRight: 140,
  }
}

export const dossiersPerMonthChart: ChartDef = {
  key: 'dossiers-par-mois',
  title: {
    fr: 'Nouveaux dossiers et personnes accompagnées par mois',
    en: 'New dossiers and persons accompanied per month',
  },
  description: {
    fr: 'Nouveaux dossiers : dossiers ouverts dans le mois, dans la région et le point de services du dossier. Personnes accompagnées : personnes distinctes ayant eu au moins une intervention dans le mois, dans la région et le point de services de l’intervention.',
    en: 'New dossiers: dossiers opened in the month, in the dossier’s region and service point. Persons accompanied: distinct persons with at least one intervention in the month, in the intervention’s region and service point.',
  },
  permission: 'people.read',
  byServicePoint: true,
  columns: [
    { key: 'month', label: { fr: 'Mois', en: 'Month' }, format: 'month' },
    { key: 'newDossiers', label: series.newDossiers, format: 'count' },
    { key: 'personsAccompanied', label: series.personsAccompanied, format: 'count' },
  ],
  rows: (db, filter) =>
    queryRows(
      db,
      sql`with months as (${monthsSql(filter)}),
        opened as (
          select to_char(d.opened_on, 'YYYY-MM') as month, count(*) as n from people.dossiers d
          where d.opened_on between ${filter.from}::date and ${filter.to}::date
            and ${regionsSql(sql`d.region_code`, filter.regionCodes)}
            and ${servicePointSql(sql`d.service_point_id`, filter.servicePointId)}
          group by 1),
        accompanied as (
          select to_char(i.occurred_on, 'YYYY-MM') as month, count(distinct d.person_id) as n
          from people.interventions i join people.dossiers d on d.id = i.dossier_id
          where i.occurred_on between ${filter.from}::date and ${filter.to}::date
            and ${regionsSql(sql`i.region_code`, filter.regionCodes)}
            and ${servicePointSql(sql`i.service_point_id`, filter.servicePointId)}
          group by 1)
        select m.month, coalesce(o.n, 0)::int as "newDossiers", coalesce(a.n, 0)::int as "personsAccompanied"
        from months m left join opened o on o.month = m.month left join accompanied a on a.month = m.month
        order by m.month`,
    ),
  plot: plotOf,
}
