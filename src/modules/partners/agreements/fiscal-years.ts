// Québec's fiscal year runs from April 1 to March 31 and is named by the year it starts in: 2019 = 2019-04-01 …
// 2020-03-31, written « 2019-2020 ». Pure functions on civil dates (YYYY-MM-DD), no time zone involved.

import { type SQL, sql } from 'drizzle-orm'
import { daysBetween as daysApart } from '../../../platform/civil-date.js'

/** The fiscal year a civil date falls in: 2019-04-01 … 2020-03-31 → 2019. */
export function fiscalYearOf(date: string): number {
  const year = Number(date.slice(0, 4))
  return date.slice(5) >= '04-01' ? year : year - 1
}

/** `fiscalYearOf` in SQL, for a date column or expression: the year it starts in (change one, change the other). */
export function fiscalYearSql(column: SQL): SQL {
  return sql`(extract(year from ${column})::int - case when extract(month from ${column}) < 4 then 1 else 0 end)`
}

/** The first and last days of a fiscal year. */
export function fiscalYearBounds(fiscalYear: number): { startOn: string; endOn: string } {
  return { startOn: `${fiscalYear}-04-01`, endOn: `${fiscalYear + 1}-03-31` }
}

/** Every fiscal year a period touches, in order (empty when it ends before it starts). */
export function fiscalYearsOf(startOn: string, endOn: string): number[] {
  if (endOn < startOn) return []
  const years: number[] = []
  for (let y = fiscalYearOf(startOn); y <= fiscalYearOf(endOn); y++) years.push(y)
  return years
}

/** A fiscal year as people write it: « 2019-2020 ». */
export function fiscalYearLabel(fiscalYear: number): string {
  return `${fiscalYear}-${fiscalYear + 1}`
}

/** Days from one civil date to another, both counted (2020-01-01 to 2020-01-01 is one day). */
export function daysBetween(startOn: string, endOn: string): number {
  return daysApart(startOn, endOn) + 1
}

/** How many days of a period fall in each of its fiscal years. */
export function daysByFiscalYear(startOn: string, endOn: string): { fiscalYear: number; days: number }[] {
  return fiscalYearsOf(startOn, endOn).map((fiscalYear) => {
    const bounds = fiscalYearBounds(fiscalYear)
    const from = startOn > bounds.startOn ? startOn : bounds.startOn
    const to = endOn < bounds.endOn ? endOn : bounds.endOn
    return { fiscalYear, days: daysBetween(from, to) }
  })
}

/**
 * A total split over the fiscal years of a period in proportion to their days, in whole cents: each year but the last
 * is rounded down, the last takes the remainder, so the parts always add up to the total exactly. The agreement form
 * offers it as a default; the directorate changes it freely.
 */
export function splitByFiscalYear(
  totalCents: number,
  startOn: string,
  endOn: string,
): { fiscalYear: number; amountCents: number }[] {
  const parts = daysByFiscalYear(startOn, endOn)
  const days = parts.reduce((sum, p) => sum + p.days, 0)
  let given = 0
  return parts.map((p, i) => {
    const amountCents = i === parts.length - 1 ? totalCents - given : Math.floor((totalCents * p.days) / days)
    given += amountCents
    return { fiscalYear: p.fiscalYear, amountCents }
  })
}
