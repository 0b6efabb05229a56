import type { Db } from '../../../platform/db/database.js'
import type { Dataset } from './opendata.datasets.js'
import { type AggregateRow, type FiscalYears, listMembers, type Member } from './opendata.queries.js'
import { type PublishedCount, published, type SuppressionGroup, suppressTable } from './suppression.js'

// A set's published table: every fiscal year × region (× program or kind), zeros included, the Québec total row
// ("00") and the all-programs / all-kinds row ("TOUS"), then small-cell suppression of the personal counts.

/** The Québec total's region code and names. */
export const QUEBEC: Member = { code: '00', nameFr: 'Ensemble du Québec', nameEn: 'All of Québec' }
/** The code of the row that adds up every program or kind. */
export const ALL = 'TOUS'

const allOf: Record<'programs' | 'kinds', Member> = {
  programs: { code: ALL, nameFr: 'Tous les programmes', nameEn: 'All programs' },
  kinds: { code: ALL, nameFr: 'Tous les types d’action', nameEn: 'All kinds of action' },
}

/** The dimension columns of the second dimension: code, French name, English name. */
export const secondColumns = {
  programs: ['code_programme', 'programme_fr', 'programme_en'],
  kinds: ['code_type_action', 'type_action_fr', 'type_action_en'],
} as const

/** The dimension columns every set starts with. */
export const baseColumns = ['annee_financiere', 'code_region', 'region_fr', 'region_en'] as const

export type OpenDataRow = Record<string, string | PublishedCount>
export type OpenDataTable = { dataset: Dataset; columns: string[]; rows: OpenDataRow[] }
export type Members = Awaited<ReturnType<typeof listMembers>>

/** The columns of a set, in file order. */
export function columnsOf(dataset: Dataset): string[] {
  const second = dataset.second ? [...secondColumns[dataset.second]] : []
  return [...baseColumns, ...second, ...dataset.measures.map((m) => m.name)]
}

type Slot = { fy: number; region: Member; key: Member | null }

function slotsOf(dataset: Dataset, years: FiscalYears, members: Members): Slot[] {
  const regions = [...members.regions, QUEBEC]
  const keys = dataset.second ? [...members[dataset.second], allOf[dataset.second]] : [null]
  const slots: Slot[] = []
  for (let fy = years.from; fy <= years.to; fy++)
    for (const region of regions) for (const key of keys) slots.push({ fy, region, key })
  return slots
}

const slotKey = (fy: number, region: string, key: string | null) => `${fy}|${region}|${key ?? ALL}`

/** The groups that add up to a total: regions → Québec for each year and key; keys → all, for each year and region. */
export function groupsOf(slots: readonly Slot[]): SuppressionGroup[] {
  const byRegionTotal = new Map<string, SuppressionGroup & { cells: number[] }>()
  const byKeyTotal = new Map<string, SuppressionGroup & { cells: number[] }>()
  const add = (map: typeof byRegionTotal, id: string, index: number, isTotal: boolean) => {
    const group = map.get(id) ?? { cells: [] }
    if (isTotal) group.total = index
    else group.cells.push(index)
    map.set(id, group)
  }
  slots.forEach((s, i) => {
    add(byRegionTotal, `${s.fy}|${s.key?.code ?? ALL}`, i, s.region.code === QUEBEC.code)
    if (s.key) add(byKeyTotal, `${s.fy}|${s.region.code}`, i, s.key.code === ALL)
  })
  return [...byRegionTotal.values(), ...byKeyTotal.values()]
}

function dimensionCells(dataset: Dataset, slot: Slot): OpenDataRow {
  const row: OpenDataRow = {
    annee_financiere: `${slot.fy}-${slot.fy + 1}`,
    code_region: slot.region.code,
    region_fr: slot.region.nameFr,
    region_en: slot.region.nameEn,
  }
  if (dataset.second && slot.key) {
    const [code, fr, en] = secondColumns[dataset.second]
    Object.assign(row, { [code]: slot.key.code, [fr]: slot.key.nameFr, [en]: slot.key.nameEn })
  }
  return row
}

/** A set's published table from its aggregates (pure: the suppression is applied here). */
export function tableOf(dataset: Dataset, years: FiscalYears, members: Members, aggregates: AggregateRow[]) {
  const found = new Map(aggregates.map((a) => [slotKey(a.fy, a.region ?? QUEBEC.code, a.key), a.values]))
  const slots = slotsOf(dataset, years, members)
  const rows = slots.map((s) => dimensionCells(dataset, s))
  const groups = groupsOf(slots)
  for (const measure of dataset.measures) {
    const values = slots.map((s) => found.get(slotKey(s.fy, s.region.code, s.key?.code ?? null))?.[measure.name] ?? 0)
    const marks = measure.suppressed ? suppressTable(values, groups) : values.map(() => null)
    values.forEach((v, i) => {
      rows[i]![measure.name] = published(v, marks[i]!)
    })
  }
  return { dataset, columns: columnsOf(dataset), rows } satisfies OpenDataTable
}

/** A set's published table, computed live from the database. */
export async function buildTable(db: Db, dataset: Dataset, years: FiscalYears, members?: Members) {
  const [aggregates, names] = await Promise.all([dataset.query(db, years), members ?? listMembers(db)])
  return tableOf(dataset, years, names, aggregates)
}
