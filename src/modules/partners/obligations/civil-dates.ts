// Arithmetic on civil dates (YYYY-MM-DD) in UTC, where no time zone or daylight saving time can shift a day.

const DAY_MS = 86_400_000
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

/** A civil date some days later (or earlier, when negative). */
export function plusDays(iso: string, days: number): string {
  return new Date(at(iso) + days * DAY_MS).toISOString().slice(0, 10)
}

/** A civil date some months later, on the last day of the month when the day does not exist (Aug 31 + 1 → Sep 30). */
export function plusMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const first = new Date(Date.UTC(y, m - 1 + months, 1))
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  first.setUTCDate(Math.min(d, lastDay))
  return first.toISOString().slice(0, 10)
}

/** Days from one civil date to a later one (0 on the same day). */
export function daysFrom(from: string, to: string): number {
  return Math.round((at(to) - at(from)) / DAY_MS)
}
