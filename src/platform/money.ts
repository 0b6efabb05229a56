/** Digits of dollars a form accepts at most: 99 999 999 999 $ (far above any agreement; every cent exact in a double). */
const MAX_UNITS_DIGITS = 11

/**
 * Dollars, then cents: plain digits or groups of three separated by one kind of space, a comma or a dot (the same
 * throughout), then an optional decimal comma or dot with one or two digits that differs from the grouping.
 */
const AMOUNT = /^(\d+|\d{1,3}(?:([ \u00a0\u202f,.])\d{3})(?:\2\d{3})*)(?:([.,])(\d{1,2}))?$/

/**
 * An amount typed in dollars in either language — « 12 500,50 $ », "12,500.50", "$12500", "1.234,56" — in exact
 * cents; undefined when it is not one (letters, three decimals, a sign, an exponent, groups not of three, "12.345"
 * whose dot could be either, more than 11 digits of dollars).
 */
export function parseDollars(text: string): number | undefined {
  const match = AMOUNT.exec(text.replace(/\$/g, '').trim())
  if (!match) return undefined
  const [, units = '', grouping, decimal, cents = ''] = match
  if (grouping !== undefined && grouping === decimal) return undefined
  // A dot between groups is read as grouping only before a decimal comma ("1.234,56"); "1.234" alone is ambiguous.
  if (grouping === '.' && decimal === undefined) return undefined
  const digits = units.replace(/\D/g, '')
  if (digits.length > MAX_UNITS_DIGITS) return undefined
  // Integer arithmetic on the two parts: never a float product (0.29 * 100 = 28.999999999999996).
  return Number(digits) * 100 + Number(cents.padEnd(2, '0'))
}

/** Cents as a plain dollar amount for a form field ("12500.50"): what `parseDollars` reads back. */
export const centsToDollars = (cents: number): string => (cents / 100).toFixed(2)
