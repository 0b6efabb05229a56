// The bare aggregate SQL the Bilan needs (issue 9, Performance): the same figures as `computeBilan` — persons and
// enterprises accompanied, agreements in force, action kinds, committed amounts, resource organizations, programs,
// and the team, service points, directorate and contact channels in force on the period's end — as plain statements,
// run in the same order and with the same parallelism as `computeBilan` runs its own (region; then the territory
// chain beside the seven counts together). No permission, no mapping, no model: what the use case is measured against.
import { type SQL, sql } from 'drizzle-orm'
import type { BilanModel } from '../src/modules/reports/index.js'
import { type Db, queryRows } from '../src/platform/db/database.js'

/** The figures both sides must agree on, in a comparable shape. */
export type BilanFigures = {
  persons: number
  enterprises: number
  agreements: number
  actionKinds: string[]
  organizations: string[]
  amounts: string[]
  advisors: number
  agents: number
  servicePoints: string[]
  directorate: string | null
  email: string | null
  phone: string | null
}

export type Period = { code: string; from: string; to: string }

const one = async <T>(db: Db, query: SQL): Promise<T> => (await queryRows<T>(db, query))[0] as T
const valid = (alias: string, date: string) => {
  const t = sql.raw(alias)
  return sql`${t}.valid_from <= ${date} and (${t}.valid_to is null or ${t}.valid_to > ${date})`
}
const fiscalYearOf = (date: string) => Number(date.slice(0, 4)) - (date.slice(5) >= '04-01' ? 0 : 1)

/** Persons accompanied: one of their dossiers had an intervention in the period, from the region's service points. */
export const personsSql = ({ code, from, to }: Period) =>
  sql`select count(distinct d.person_id) as n from people.dossiers d where d.id in (select i.dossier_id
    from people.interventions i where i.occurred_on between ${from}::date and ${to}::date and i.region_code = ${code})`

/** Enterprises accompanied: an advisor service dated in the period, counted in the enterprise's region. */
export const enterprisesSql = ({ code, from, to }: Period) =>
  sql`select count(distinct s.enterprise_id) as n from employers.advisor_services s
    join employers.enterprises e on e.id = s.enterprise_id
    where s.served_on between ${from}::date and ${to}::date and e.region_code = ${code}`

function countStatements(db: Db, { code, from, to }: Period) {
  const inForce = sql`a.region_code = ${code} and a.signed_on is not null and a.signed_on <= ${to}
    and a.start_on <= ${to} and least(a.end_on, coalesce(a.terminated_on, a.end_on)) >= ${from}`
  return Promise.all([
    one<{ n: string }>(db, personsSql({ code, from, to })),
    one<{ n: string }>(db, enterprisesSql({ code, from, to })),
    one<{ n: string }>(db, sql`select count(*) as n from partners.agreements a where ${inForce}`),
    queryRows<{ code: string; n: number }>(
      db,
      sql`select k.code, count(*)::int as n from partners.actions x
        join partners.agreements a on a.id = x.agreement_id join partners.organizations o on o.id = a.organization_id
        join partners.action_kinds k on k.code = x.kind_code
        where x.region_code = ${code} and x.end_on >= ${from} and x.start_on <= ${to}
        group by k.code, k.sort_order order by k.sort_order, k.code`,
    ),
    queryRows<{ id: string }>(
      db,
      sql`select id from partners.organizations where listed_publicly
        and (region_code = ${code} or served_region_codes @> array[${code}]::text[]) order by name collate fr_icu, id`,
    ),
    queryRows<{ program: string; year: number; cents: string }>(
      db,
      sql`select a.program_code as program, m.fiscal_year as year, sum(m.amount_cents)::bigint as cents
        from partners.agreement_amounts m join partners.agreements a on a.id = m.agreement_id
        where ${inForce} and m.fiscal_year between ${fiscalYearOf(from)} and ${fiscalYearOf(to)} group by 1, 2 order by 1, 2`,
    ),
    queryRows<{ code: string }>(db, sql`select code from partners.programs order by sort_order, code`),
  ])
}

/** The territory chain of `findRegionProfile`: the region by slug, its directorate, then its points, staff, contacts. */
async function territoryStatements(db: Db, slug: string, date: string) {
  const region = await one<{ code: string }>(db, sql`select code from territory.regions where slug = ${slug}`)
  const directorate = await one<{ id: string; name_fr: string } | undefined>(
    db,
    sql`select d.id, d.name_fr from territory.directorate_regions r join territory.directorates d on d.id = r.directorate_id
      where r.region_code = ${region.code} and ${valid('r', date)}`,
  )
  const owner = directorate
    ? sql`(c.region_code = ${region.code} or (c.region_code is null and c.directorate_id = ${directorate.id}))`
    : sql`c.region_code = ${region.code}`
  const [points, staff, contacts] = await Promise.all([
    queryRows<{ id: string }>(
      db,
      sql`select p.id from territory.service_points p where p.region_code = ${region.code} and ${valid('p', date)}
        order by p.city collate fr_icu, p.name collate fr_icu`,
    ),
    one<{ advisors: number; agents: number }>(
      db,
      sql`select (count(*) filter (where s.role = 'advisor'))::int as advisors,
        (count(*) filter (where s.role = 'agent'))::int as agents
        from territory.staff_members s where s.region_code = ${region.code} and ${valid('s', date)}`,
    ),
    queryRows<{ kind: string; value: string }>(
      db,
      sql`select c.kind, c.value from territory.contact_channels c where ${owner} and ${valid('c', date)}
        order by c.kind, c.value`,
    ),
  ])
  return { directorate: directorate?.name_fr ?? null, points, staff, contacts }
}

/** Runs the bare statements for one region and period and returns the figures. */
export async function bareBilan(db: Db, p: Period): Promise<BilanFigures> {
  const region = await one<{ slug: string }>(db, sql`select slug from territory.regions where code = ${p.code}`)
  const [t, [persons, enterprises, agreements, kinds, organizations, amounts]] = await Promise.all([
    territoryStatements(db, region.slug, p.to),
    countStatements(db, p),
  ])
  return {
    persons: Number(persons.n),
    enterprises: Number(enterprises.n),
    agreements: Number(agreements.n),
    actionKinds: kinds.map((k) => `${k.code}:${k.n}`),
    organizations: organizations.map((o) => o.id),
    amounts: amounts.map((a) => `${a.program}/${a.year}:${Number(a.cents)}`),
    advisors: t.staff.advisors,
    agents: t.staff.agents,
    servicePoints: t.points.map((x) => x.id).sort(),
    directorate: t.directorate,
    email: t.contacts.find((c) => c.kind === 'email')?.value ?? null,
    phone: t.contacts.find((c) => c.kind === 'phone')?.value ?? null,
  }
}

/** The same figures read from the Bilan model. */
export function figuresOf(m: BilanModel): BilanFigures {
  return {
    persons: Number(m.personsAccompanied),
    enterprises: Number(m.enterprisesAccompanied),
    agreements: m.agreements,
    actionKinds: m.actionKinds.map((k) => `${k.code}:${k.count}`),
    organizations: m.resourceOrganizations.map((o) => o.id),
    amounts: m.committedAmounts.map((a) => `${a.programCode}/${a.fiscalYear}:${a.amountCents}`),
    advisors: m.team.advisors,
    agents: m.team.agents,
    servicePoints: m.servicePoints.map((x) => x.id).sort(), // the set in force; the model orders it its own way
    directorate: m.directorate?.nameFr ?? null,
    email: m.contact.email,
    phone: m.contact.phone,
  }
}

/** Throws naming every figure on which the model and the bare SQL disagree. */
export function assertSameFigures(where: string, model: BilanFigures, bare: BilanFigures): void {
  const keys = Object.keys(model) as (keyof BilanFigures)[]
  const differ = keys.filter((k) => JSON.stringify(model[k]) !== JSON.stringify(bare[k]))
  if (differ.length === 0) return
  const detail = differ.map((k) => `${k}: model ${JSON.stringify(model[k])} ≠ SQL ${JSON.stringify(bare[k])}`)
  throw new Error(`Bilan figures differ from the bare SQL (${where}):\n${detail.join('\n')}`)
}
