// Dates as day numbers (days since 1970-01-01, UTC): generating millions of rows stays arithmetic.

import { civilDateOfDay, dayNumberOf } from '../../platform/civil-date.js'

const DAY_MS = 86_400_000

/** The day number of a 'YYYY-MM-DD' date (the platform's civil-date arithmetic). */
export const dayOf = dayNumberOf

/** The 'YYYY-MM-DD' date of a day number. */
export const isoOf = civilDateOfDay

/** Generated activity spans these days (the issue: interventions from 2019 to 2026). */
export const FIRST_DAY = dayOf('2019-01-07')
export const LAST_DAY = dayOf('2026-10-30')

function nthSunday(year: number, month: number, n: number): number {
  const first = Date.UTC(year, month, 1) / DAY_MS
  const weekday = new Date(first * DAY_MS).getUTCDay()
  return first + ((7 - weekday) % 7) + (n - 1) * 7
}

/** Québec's UTC offset on a day at office hours: daylight time from March's 2nd Sunday to November's 1st. */
function offsetOf(day: number): string {
  const year = new Date(day * DAY_MS).getUTCFullYear()
  return day >= nthSunday(year, 2, 2) && day < nthSunday(year, 10, 1) ? '-04' : '-05'
}

/** A timestamptz literal for a civil day in Québec and minutes after midnight there. */
export function localTimestamp(day: number, minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0')
  const mm = String(minutes % 60).padStart(2, '0')
  return `${isoOf(day)} ${hh}:${mm}:00${offsetOf(day)}`
}

/** Saturday or Sunday (office activity moves to the Monday). */
export function weekdayOnOrAfter(day: number): number {
  const weekday = new Date(day * DAY_MS).getUTCDay()
  return weekday === 6 ? day + 2 : weekday === 0 ? day + 1 : day
}
