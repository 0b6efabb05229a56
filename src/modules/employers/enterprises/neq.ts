import type { Localized } from '../../../platform/errors.js'

// The NEQ (numéro d'entreprise du Québec) is the 10-digit number the Registraire des entreprises gives every
// enterprise. People type it with spaces ("1 1 4 5 6 7 8 9 0 1", "1145 678 901"): those are dropped.

/** The message of a NEQ that is not 10 digits. */
export const neqLength: Localized = { fr: 'Le NEQ compte 10 chiffres.', en: 'The NEQ has 10 digits.' }

/** The NEQ as stored (10 digits, spaces removed), or undefined when what was typed is not one. */
export function normalizeNeq(raw: string): string | undefined {
  const digits = raw.replace(/\s+/g, '')
  return /^[0-9]{10}$/.test(digits) ? digits : undefined
}

/** A Canadian postal code as Canada Post writes it ("g4x2r1" → "G4X 2R1"), or undefined when it is not one. */
export function normalizePostalCode(raw: string): string | undefined {
  const compact = raw.replace(/\s+/g, '').toUpperCase()
  // No D, F, I, O, Q or U anywhere; no W or Z as the first letter (Canada Post's rules).
  if (!/^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z][0-9][ABCEGHJ-NPRSTV-Z][0-9]$/.test(compact)) return undefined
  return `${compact.slice(0, 3)} ${compact.slice(3)}`
}
