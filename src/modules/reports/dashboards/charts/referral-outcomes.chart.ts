import * as Plot from '@observablehq/plot'
import { sql } from 'drizzle-orm'
import { queryRows } from '../../../../platform/db/database.js'
import type { Localized } from '../../../../platform/errors.js'
import { formatNumber, type Lang } from '../../../../platform/views/i18n.js'
import type { ChartCell, ChartColumn, ChartDef } from '../chart.js'
import { quebecDateSql, regionsSql } from '../chart-sql.js'

// Accompagnement Québec: referrals sent in the period by organization, counted by where they stand now (the referral
// loop's statuses grouped into outcomes), and the median days from sending to the organization's first answer.

/** The outcomes counted, each the referral statuses it groups (people/referrals/referral.schema.ts). */
const outcomes: { key: string; statuses: string[]; label: Localized }[] = [
  { key: 'awaiting', statuses: ['sent', 'received'], label: { fr: 'En attente de réponse', en: 'Awaiting an answer' } },
  {
    key: 'accepted',
    statuses: ['accepted', 'in_progress'],
    label: { fr: 'Acceptées, en cours', en: 'Accepted, in progress' },
  },
  { key: 'completed', statuses: ['completed'], label: { fr: 'Complétées', en: 'Completed' } },
  { key: 'notCompleted', statuses: ['not_completed'], label: { fr: 'Non complétées', en: 'Not completed' } },
  { key: 'declined', statuses: ['declined'], label: { fr: 'Refusées', en: 'Declined' } },
  { key: 'expired', statuses: ['expired'], label: { fr: 'Expirées', en: 'Expired' } },
  {
    key: 'withdrawn',
    statuses: ['rerouted', 'cancelled'],
    label: { fr: 'Réacheminées ou annulées', en: 'Rerouted or cancelled' },
  },
]

const outcomeColumns: ChartColumn[] = outcomes.map((o) => ({ key: o.key, label: o.label, format: 'count' }))

const counts = sql.join(
  outcomes.map(
    (o) =>
      sql`count(*) filter (where r.status in (${sql.join(
        o.statuses.map((s) => sql`${s}`),
        sql`, `,
      )}))::int as ${sql.identifier(o.key)}`,
  ),
  sql`, `,
)

const days = sql`${quebecDateSql(sql`r.answered_at`)} - ${quebecDateSql(sql`r.sent_at`)}`

function medianLabel(row: Record<string, ChartCell>, lang: Lang): string {
  const median = row.medianDays
  if (median === null || median === undefined) return lang === 'fr' ? 'aucune réponse' : 'no answer'
  const days = formatNumber(Math.round(Number(median) * 10) / 10, lang)
  return lang === 'fr' ? `médiane ${days} j` : `median ${days} d`
}

/**
 * One small chart per organization (named with its median response time), one bar per outcome named on the axis and
 * its count written at its end: nothing is told by colour.
 */
function plotOf(rows: Record<string, ChartCell>[], lang: Lang): Plot.PlotOptions {
  const data = rows.flatMap((r) => {
    const organization = `${r.organization} (${medianLabel(r, lang)})`
    return outcomes.map((o) => ({ organization, outcome: o.label[lang], n: Number(r[o.key] ?? 0) }))
  })
  return {
    height: 40 + rows.length * outcomes.length * 20,
    marginLeft: 170,
    marginRight: 260,
    x: { grid: true, label: lang === 'fr' ? 'Références' : 'Referrals' },
    y: { label: null, domain: outcomes.map((o) => o.label[lang]) },
    fy: { label: null, axis: 'right' },
    marks: [
      Plot.barX(data, { x: 'n', y: 'outcome', fy: 'organization', fill: '#095797' }),
      Plot.text(data, { x: 'n', y: 'outcome', fy: 'organization', text: 'n', dx: 6, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  }
}

export const referralOutcomesChart: ChartDef = {
  key: 'references-par-organisme',
  title: {
    fr: 'Issues des références et délais de réponse par organisme',
    en: 'Referral outcomes and response times by organization',
  },
  description: {
    fr: 'Références envoyées dans la période (date d’envoi au Québec) dans la région du dossier, par organisme et selon leur statut actuel; délai de réponse : médiane des jours civils entre l’envoi et la première réponse (acceptation ou refus) des références répondues.',
    en: 'Referrals sent in the period (sending date in Québec) in the dossier’s region, by organization and current status; response time: median calendar days from sending to the first answer (accepted or declined) of the referrals answered.',
  },
  permission: 'people.read',
  byServicePoint: false,
  columns: [
    { key: 'organization', label: { fr: 'Organisme', en: 'Organization' }, format: 'text' },
    { key: 'sent', label: { fr: 'Envoyées', en: 'Sent' }, format: 'count' },
    ...outcomeColumns,
    { key: 'medianDays', label: { fr: 'Délai médian de réponse', en: 'Median response time' }, format: 'days' },
  ],
  rows: (db, filter) =>
    queryRows(
      db,
      sql`select o.name as organization, count(*)::int as sent, ${counts},
          (percentile_cont(0.5) within group (order by ${days}) filter (where r.answered_at is not null))::float8
            as "medianDays"
        from people.referrals r join partners.organizations o on o.id = r.organization_id
        where ${quebecDateSql(sql`r.sent_at`)} between ${filter.from}::date and ${filter.to}::date
          and ${regionsSql(sql`r.region_code`, filter.regionCodes)}
        group by o.id, o.name
        order by o.name, o.id`,
    ),
  plot: plotOf,
}
