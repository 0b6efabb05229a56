/** Today's date in Québec, as YYYY-MM-DD: validity periods and deadlines are civil dates, not UTC instants. */
export function civilDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(now)
}
