import type { FieldErrors } from '../../platform/errors.js'

/** The longest period a report, dashboard or drill-down is asked for (a monthly chart draws at most 120 months). */
export const PERIOD_MAX_YEARS = 10

const tooLong = {
  fr: `La période ne peut dépasser ${PERIOD_MAX_YEARS} ans.`,
  en: `The period cannot be longer than ${PERIOD_MAX_YEARS} years.`,
}

/**
 * Adds the error of a period longer than `PERIOD_MAX_YEARS` (on `to`) to a period whose dates are already valid and
 * in order: `to` must come before the same day `PERIOD_MAX_YEARS` years after `from`.
 */
export function addPeriodLengthError(from: string, to: string, errors: FieldErrors): void {
  if (errors.from || errors.to) return
  const limit = `${String(Number(from.slice(0, 4)) + PERIOD_MAX_YEARS).padStart(4, '0')}${from.slice(4)}`
  if (to >= limit) errors.to = tooLong
}
