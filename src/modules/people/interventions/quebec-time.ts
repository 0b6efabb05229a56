// Interventions are typed in Québec's wall-clock time (the form's date and time) and stored as instants; the civil
// date they count on is Québec's (`civilDate`). America/Toronto carries Québec's offset rules (EST/EDT).
const zone = 'America/Toronto'
const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: zone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
})

/** Minutes Québec's clock is ahead of UTC at an instant (negative: −300 in winter, −240 in summer). */
function offsetMinutes(instant: number): number {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(instant)).map((p) => [p.type, p.value]))
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!)
  return Math.round((asUtc - Math.floor(instant / 60000) * 60000) / 60000)
}

/**
 * The instant of a date (YYYY-MM-DD) and time (HH:MM) on Québec's clock. In the hour skipped in spring the time is
 * read with the winter offset (an hour later on the clock); in the hour repeated in autumn, the first one.
 */
export function quebecInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number)
  const [hh, mm] = time.split(':').map(Number)
  const wall = Date.UTC(y!, m! - 1, d!, hh!, mm!)
  const first = wall - offsetMinutes(wall) * 60000
  return new Date(wall - offsetMinutes(first) * 60000)
}

/** The time of day (HH:MM) of an instant on Québec's clock. */
export function quebecTime(instant: Date): string {
  const parts = Object.fromEntries(wallClock.formatToParts(instant).map((p) => [p.type, p.value]))
  return `${parts.hour}:${parts.minute}`
}
