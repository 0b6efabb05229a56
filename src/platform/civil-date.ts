// Arithmetic on civil dates (`YYYY-MM-DD`), done on UTC midnights where no time zone or daylight saving time can shift
// a day. The one place for it: obligations, working days, fiscal years and the seeds all count days here. Today's civil
// date in Québec is `civilDate(now)` (platform/clock.ts).

const DAY_MS = 86_400_000

/** The day number (days since 1970-01-01) of a civil date. */
export function dayNumberOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS)
}

/** The civil date of a day number (days since 1970-01-01). */
export function civilDateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** The civil date some days later (earlier when negative). */
export function addDays(iso: string, days: number): string {
  return civilDateOfDay(dayNumberOf(iso) + days)
}

/** Days from one civil date to another: 0 on the same day, negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return dayNumberOf(to) - dayNumberOf(from)
}

/** The civil date some months later, on the month's last day when the day does not exist (Aug 31 + 1 → Sep 30). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const first = new Date(Date.UTC(y, m - 1 + months, 1))
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  first.setUTCDate(Math.min(d, lastDay))
  return first.toISOString().slice(0, 10)
}
