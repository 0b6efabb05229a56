import Holidays from 'date-holidays'

// Québec's statutory holidays (Loi sur les normes du travail) from a maintained calendar, not a hand-kept list:
// New Year's Day, Good Friday, Journée nationale des patriotes, Fête nationale, Canada Day, Labour Day, Thanksgiving,
// Christmas. `date-holidays` marks them `public` for CA-QC.
const calendar = new Holidays('CA', 'QC')
const cache = new Map<number, ReadonlySet<string>>()

function holidaysOf(year: number): ReadonlySet<string> {
  let days = cache.get(year)
  if (!days) {
    days = new Set(
      calendar
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    )
    cache.set(year, days)
  }
  return days
}

const toDate = (iso: string) => new Date(`${iso}T12:00:00Z`)
const toIso = (d: Date) => d.toISOString().slice(0, 10)

// Calendar days are counted by the platform's civil-date arithmetic; people's index re-exports `addDays` as before.
export { addDays } from '../../../platform/civil-date.js'

/** Whether a civil date (YYYY-MM-DD) is a working day in Québec: Monday to Friday and not a statutory holiday. */
export function isWorkingDay(iso: string): boolean {
  const day = toDate(iso).getUTCDay()
  return day !== 0 && day !== 6 && !holidaysOf(Number(iso.slice(0, 4))).has(iso)
}

/** The civil date `count` working days after `iso` (the day itself does not count). */
export function addWorkingDays(iso: string, count: number): string {
  const d = toDate(iso)
  let left = count
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1)
    if (isWorkingDay(toIso(d))) left--
  }
  return toIso(d)
}

/** How many working days (Québec) passed after `from` up to `to` included: 0 the same day or before. */
export function workingDaysBetween(from: string, to: string): number {
  const d = toDate(from)
  const end = toDate(to)
  let count = 0
  // A request is a few weeks old at most; a bound keeps a corrupt date from looping for long.
  for (let i = 0; i < 3660 && d < end; i++) {
    d.setUTCDate(d.getUTCDate() + 1)
    if (isWorkingDay(toIso(d))) count++
  }
  return count
}

/** Parcours: the first meeting is due within five working days of the arrival or of the request. */
export const FIRST_MEETING_WORKING_DAYS = 5

/** The first meeting's due date for a dossier starting on `iso` (arrival or request). */
export function firstMeetingDueOn(iso: string): string {
  return addWorkingDays(iso, FIRST_MEETING_WORKING_DAYS)
}
