// Small-cell suppression of an open-data table (DESIGN.md "Domain rules"; issue 9 point 7). Pure functions.
//
// A table is a flat list of counts and the groups that add up to a published total (the regions of a fiscal year and
// the Québec total; the kinds of a region-year and their total; both dimensions when a table has two). Primary
// suppression hides every count from 1 to 4 ("<5"). Complementary suppression then makes sure no hidden count can be
// recovered by subtraction: a group (its cells and its total) with exactly one hidden member gets a second one hidden
// — the smallest remaining non-zero cell of that group, or its total when no cell is left — and the check is repeated
// over every group until none has a lone hidden member. Totals are hidden only when nothing else can be.
// The markers bound what they hide ("<5" is at least 1, "x" at least 5): when a group's published total leaves its
// hidden cells exactly their least possible sum (a "<5" and an "x" summing to 6 are 1 and 5), one more is hidden.

import { isSmallCount } from '../suppression.js'

/** A group of cells (indices in the table) that add up to a published total (the total's index), if any. */
export type SuppressionGroup = { cells: readonly number[]; total?: number }

/** Why a count is not published: primary (1 to 4, shown "<5") or complementary (shown "x"). */
export type Suppression = 'primary' | 'complementary' | null

/** What the public sees in place of a count: the number, "<5" (1 to 4) or "x" (hidden to protect another cell). */
export type PublishedCount = number | '<5' | 'x'

function hiddenMembers(group: SuppressionGroup, marks: readonly Suppression[]): number {
  const members = group.total === undefined ? group.cells : [...group.cells, group.total]
  return members.filter((i) => marks[i] !== null).length
}

/** The cell to hide next to a lone hidden one: the smallest non-zero visible cell, else the total (if visible). */
function complementOf(group: SuppressionGroup, values: readonly number[], marks: readonly Suppression[]) {
  let pick: number | undefined
  for (const i of group.cells) {
    if (marks[i] !== null || values[i] === 0) continue
    if (pick === undefined || values[i]! < values[pick]!) pick = i
  }
  if (pick !== undefined) return pick
  if (group.total !== undefined && marks[group.total] === null && values[group.total] !== 0) return group.total
  return undefined
}

/** Whether subtraction leaves a group's hidden cells exactly their least possible sum (each then known). */
function pinnedByBounds(group: SuppressionGroup, values: readonly number[], marks: readonly Suppression[]): boolean {
  if (group.total === undefined || marks[group.total] !== null) return false
  let sum = 0
  let least = 0
  for (const i of group.cells) {
    if (marks[i] === null) continue
    sum += values[i]!
    least += marks[i] === 'primary' ? 1 : 5
  }
  return least > 0 && sum === least
}

/** Whether a hidden count of the group could be recovered: a lone hidden member, or hidden cells pinned by bounds. */
function exposed(group: SuppressionGroup, values: readonly number[], marks: readonly Suppression[]): boolean {
  return hiddenMembers(group, marks) === 1 || pinnedByBounds(group, values, marks)
}

/**
 * Which counts of a table are hidden, and why (same order as `values`). Primary: 1 to 4. Complementary: repeated
 * until every group has no hidden member or at least two (a total and one cell count as two), not pinned by bounds.
 */
export function suppressTable(values: readonly number[], groups: readonly SuppressionGroup[]): Suppression[] {
  const marks: Suppression[] = values.map((v) => (isSmallCount(v) ? 'primary' : null))
  let changed = true
  while (changed) {
    changed = false
    for (const group of groups) {
      if (!exposed(group, values, marks)) continue
      const pick = complementOf(group, values, marks)
      if (pick === undefined) continue
      marks[pick] = 'complementary'
      changed = true
    }
  }
  return marks
}

/** A count as published after suppression. */
export function published(value: number, mark: Suppression): PublishedCount {
  if (mark === 'primary') return '<5'
  if (mark === 'complementary') return 'x'
  return value
}

/** The groups that would let a hidden count be recovered by subtraction (see `exposed`). */
export function recoverableGroups(
  groups: readonly SuppressionGroup[],
  values: readonly number[],
  marks: readonly Suppression[],
) {
  return groups.filter((g) => exposed(g, values, marks))
}
