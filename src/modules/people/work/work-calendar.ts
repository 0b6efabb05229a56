import { isWorkingDay } from './working-days.js'

const toDate = (iso: string) => new Date(`${iso}T12:00:00Z`)
const toIso = (d: Date) => d.toISOString().slice(0, 10)

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
