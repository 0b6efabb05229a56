import { type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import { queryRows } from '../../../platform/db/database.js'
import { fiscalYearSql as fiscalYear } from '../../partners/index.js'

// The aggregate SQL behind each open-data set: one query per set, counted by Québec fiscal year (April 1 – March 31,
// named by the year it starts in) and region, with the Québec total (region null) from the same query's grouping
// sets, so a person counted in two regions counts once in the total. The counting rules are the Bilan's (README,
// "Counting rules"): people `accompanied.ts`, employers `enterprises-accompanied.ts` and `placement.queries.ts`,
// partners `agreements-in-force.queries.ts` and `action-count.ts`; they are restated here per fiscal year.

/** The fiscal years counted, both included (2019 = 2019-04-01 … 2020-03-31). */
export type FiscalYears = { from: number; to: number }

/** One aggregate: its fiscal year, region (null: all of Québec), key of the second dimension (null: all), counts. */
export type AggregateRow = { fy: number; region: string | null; key: string | null; values: Record<string, number> }

type Raw = { fy: number | string; region: string | null; key?: string | null } & Record<string, unknown>

function bounds(years: FiscalYears): { from: string; to: string } {
  return { from: `${years.from}-04-01`, to: `${years.to + 1}-03-31` }
}

function toAggregates(rows: Raw[], measures: readonly string[]): AggregateRow[] {
  return rows.map((r) => ({
    fy: Number(r.fy),
    region: r.region ?? null,
    key: r.key ?? null,
    values: Object.fromEntries(measures.map((m) => [m, Number(r[m] ?? 0)])),
  }))
}

/** Persons accompanied: distinct persons with an intervention in the year, in the intervention's region. */
export async function personsAccompaniedByYear(db: Db, years: FiscalYears): Promise<AggregateRow[]> {
  const { from, to } = bounds(years)
  const rows = await queryRows<Raw>(
    db,
    sql`select fy, region, count(distinct person_id)::int as personnes_accompagnees
        from (select ${fiscalYear(sql`i.occurred_on`)} as fy, i.region_code as region, d.person_id
              from people.interventions i join people.dossiers d on d.id = i.dossier_id
              where i.occurred_on between ${from}::date and ${to}::date) t
        group by grouping sets ((fy, region), (fy))`,
  )
  return toAggregates(rows, ['personnes_accompagnees'])
}

/** New dossiers: dossiers opened in the year, in the dossier's region. */
export async function newDossiersByYear(db: Db, years: FiscalYears): Promise<AggregateRow[]> {
  const { from, to } = bounds(years)
  const rows = await queryRows<Raw>(
    db,
    sql`select fy, region, count(*)::int as nouveaux_dossiers
        from (select ${fiscalYear(sql`opened_on`)} as fy, region_code as region from people.dossiers
              where opened_on between ${from}::date and ${to}::date) t
        group by grouping sets ((fy, region), (fy))`,
  )
  return toAggregates(rows, ['nouveaux_dossiers'])
}

/** Enterprises accompanied: distinct enterprises with an advisor service in the year, in the enterprise's region. */
export async function enterprisesAccompaniedByYear(db: Db, years: FiscalYears): Promise<AggregateRow[]> {
  const { from, to } = bounds(years)
  const rows = await queryRows<Raw>(
    db,
    sql`select fy, region, count(distinct enterprise_id)::int as entreprises_accompagnees
        from (select ${fiscalYear(sql`s.served_on`)} as fy, e.region_code as region, s.enterprise_id
              from employers.advisor_services s join employers.enterprises e on e.id = s.enterprise_id
              where s.served_on between ${from}::date and ${to}::date) t
        group by grouping sets ((fy, region), (fy))`,
  )
  return toAggregates(rows, ['entreprises_accompagnees'])
}

/** Hires dated in the year in the position's region, and those of a candidate from another region. */
export async function hiresByYear(db: Db, years: FiscalYears): Promise<AggregateRow[]> {
  const { from, to } = bounds(years)
  const rows = await queryRows<Raw>(
    db,
    sql`select fy, region, count(*)::int as embauches, sum(interregional)::int as embauches_interregionales
        from (select ${fiscalYear(sql`hired_on`)} as fy, region_code as region,
                     case when origin_region_code <> region_code then 1 else 0 end as interregional
              from employers.placements where hired_on between ${from}::date and ${to}::date) t
        group by grouping sets ((fy, region), (fy))`,
  )
  return toAggregates(rows, ['embauches', 'embauches_interregionales'])
}

/** Agreements in force in the year (signed, overlapping it) by region and program, and the year's amounts. */
export async function agreementsByYear(db: Db, years: FiscalYears): Promise<AggregateRow[]> {
  const yearStart = sql`make_date(y.fy, 4, 1)`
  const yearEnd = sql`make_date(y.fy + 1, 3, 31)`
  const rows = await queryRows<Raw>(
    db,
    sql`select y.fy, a.region_code as region, a.program_code as key, count(distinct a.id)::int as ententes_en_vigueur,
               round(coalesce(sum(m.amount_cents), 0) / 100.0, 2) as montant_engage
        from generate_series(${years.from}::int, ${years.to}::int) as y(fy)
        join partners.agreements a on a.signed_on is not null and a.signed_on <= ${yearEnd}
          and a.start_on <= ${yearEnd} and least(a.end_on, coalesce(a.terminated_on, a.end_on)) >= ${yearStart}
        left join partners.agreement_amounts m on m.agreement_id = a.id and m.fiscal_year = y.fy
        group by grouping sets ((y.fy, a.region_code, a.program_code), (y.fy, a.program_code),
                                (y.fy, a.region_code), (y.fy))`,
  )
  return toAggregates(rows, ['ententes_en_vigueur', 'montant_engage'])
}

/** Funded local actions overlapping the year, by region and kind. */
export async function actionsByYear(db: Db, years: FiscalYears): Promise<AggregateRow[]> {
  const rows = await queryRows<Raw>(
    db,
    sql`select y.fy, la.region_code as region, la.kind_code as key, count(*)::int as actions_financees
        from generate_series(${years.from}::int, ${years.to}::int) as y(fy)
        join partners.actions la on la.start_on <= make_date(y.fy + 1, 3, 31)
          and la.end_on >= make_date(y.fy, 4, 1)
        join partners.agreements a on a.id = la.agreement_id
        group by grouping sets ((y.fy, la.region_code, la.kind_code), (y.fy, la.kind_code),
                                (y.fy, la.region_code), (y.fy))`,
  )
  return toAggregates(rows, ['actions_financees'])
}

/** A dimension's members: regions, programs or kinds of action, with their French and English names. */
export type Member = { code: string; nameFr: string; nameEn: string }

/** The regions, programs and kinds of action, in their usual order. */
export async function listMembers(db: Db): Promise<Record<'regions' | 'programs' | 'kinds', Member[]>> {
  const names = (table: SQL, order: SQL) =>
    queryRows<Member>(db, sql`select code, name_fr as "nameFr", name_en as "nameEn" from ${table} order by ${order}`)
  const [regions, programs, kinds] = await Promise.all([
    names(sql`territory.regions`, sql`code`),
    names(sql`partners.programs`, sql`sort_order, code`),
    names(sql`partners.action_kinds`, sql`sort_order, code`),
  ])
  return { regions, programs, kinds }
}

/** The first civil date with any counted activity (null when there is none): the default start of the export. */
export async function firstActivityOn(db: Db): Promise<string | null> {
  const [row] = await queryRows<{ first: string | Date | null }>(
    db,
    sql`select least((select min(occurred_on) from people.interventions), (select min(opened_on) from people.dossiers),
                     (select min(served_on) from employers.advisor_services),
                     (select min(hired_on) from employers.placements),
                     (select min(start_on) from partners.agreements where signed_on is not null),
                     (select min(start_on) from partners.actions))::text as first`,
  )
  return row?.first ? String(row.first).slice(0, 10) : null
}
