import type { Localized } from '../../../platform/errors.js'
import { type IndicatorKind, indicatorKind, type TargetIndicator } from './target.indicators.js'

// Targets as people type them: a count is a whole number ("1 200" allowed), a share a percentage with at most two
// decimals ("85", "85,5", "85.25 %"), stored exactly in basis points (never through a float product).

/** The largest count a target may be (more than Québec's yearly immigration, a typo guard). */
export const COUNT_MAX = 1_000_000

export const valueErrors = {
  notANumber: { fr: 'Inscrivez un nombre.', en: 'Enter a number.' },
  negative: { fr: 'La cible ne peut pas être négative.', en: 'The target cannot be negative.' },
  notWhole: { fr: 'Inscrivez un nombre entier.', en: 'Enter a whole number.' },
  tooLarge: {
    fr: `Inscrivez au plus ${COUNT_MAX.toLocaleString('fr-CA')}.`,
    en: `Enter at most ${COUNT_MAX.toLocaleString('en-CA')}.`,
  },
  overHundred: { fr: 'Un pourcentage ne dépasse pas 100 %.', en: 'A percentage cannot exceed 100%.' },
  tooManyDecimals: { fr: 'Inscrivez au plus deux décimales.', en: 'Enter at most two decimals.' },
} satisfies Record<string, Localized>

export type ParsedValue = { ok: true; value: number | null } | { ok: false; error: Localized }

const fail = (error: Localized): ParsedValue => ({ ok: false, error })

function parseCount(text: string): ParsedValue {
  if (/^-\d/.test(text)) return fail(valueErrors.negative)
  if (/^\d+[.,]\d+$/.test(text)) return fail(valueErrors.notWhole)
  if (!/^\d+$/.test(text)) return fail(valueErrors.notANumber)
  const value = Number(text)
  return value > COUNT_MAX ? fail(valueErrors.tooLarge) : { ok: true, value }
}

function parseShare(text: string): ParsedValue {
  const bare = text.replace(/%$/, '')
  if (/^-\d/.test(bare)) return fail(valueErrors.negative)
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(bare)
  if (!match) return fail(valueErrors.notANumber)
  const decimals = match[2] ?? ''
  if (decimals.length > 2) return fail(valueErrors.tooManyDecimals)
  const basisPoints = Number(match[1]) * 100 + Number(decimals.padEnd(2, '0'))
  return basisPoints > 10_000 ? fail(valueErrors.overHundred) : { ok: true, value: basisPoints }
}

/** A typed target for an indicator: its stored value (a count, or basis points), null when blank, or the error. */
export function parseTargetValue(indicator: TargetIndicator, typed: string | number | null | undefined): ParsedValue {
  if (typed === null || typed === undefined) return { ok: true, value: null }
  // Spaces group thousands ("1 200") or precede the percent sign ("85 %"): none of them means anything.
  const text = String(typed).replace(/[\s\u00a0\u202f]/g, '')
  if (text === '') return { ok: true, value: null }
  return indicatorKind[indicator] === 'count' ? parseCount(text) : parseShare(text)
}

/** A stored target as a form shows it again: a count as is, basis points as a percentage ("85,5" in French). */
export function typedTargetValue(kind: IndicatorKind, stored: number, lang: 'fr' | 'en'): string {
  if (kind === 'count') return String(stored)
  const whole = Math.floor(stored / 100)
  const cents = stored % 100
  if (cents === 0) return String(whole)
  const decimals = String(cents).padStart(2, '0').replace(/0$/, '')
  return `${whole}${lang === 'fr' ? ',' : '.'}${decimals}`
}
