import { z } from 'zod'
import { type FieldErrors, type Localized, invalidInput } from './errors.js'

type Issue = z.core.$ZodIssue

/**
 * One localized message for a zod issue. Custom refinements pass { params: { fr, en } }. A missing value and a value of
 * the wrong type (a field sent twice, an object) are told apart by the issue's input: parse with `reportInput: true`.
 */
export function localizeIssue(issue: Issue): Localized {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') {
        return { fr: 'Ce champ est obligatoire.', en: 'This field is required.' }
      }
      return { fr: 'Valeur du mauvais type.', en: 'Value of the wrong type.' }
    case 'too_small':
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? { fr: 'Ce champ est obligatoire.', en: 'This field is required.' }
          : { fr: `Au moins ${issue.minimum} caractères.`, en: `At least ${issue.minimum} characters.` }
      }
      return { fr: `Doit être au moins ${issue.minimum}.`, en: `Must be at least ${issue.minimum}.` }
    case 'too_big':
      if (issue.origin === 'string') {
        return { fr: `Au plus ${issue.maximum} caractères.`, en: `At most ${issue.maximum} characters.` }
      }
      return { fr: `Doit être au plus ${issue.maximum}.`, en: `Must be at most ${issue.maximum}.` }
    case 'invalid_format':
      if (issue.format === 'email') return { fr: 'Adresse courriel invalide.', en: 'Invalid email address.' }
      if (issue.format === 'uuid') return { fr: 'Identifiant invalide.', en: 'Invalid identifier.' }
      if (issue.format === 'date') {
        return { fr: 'Date invalide (AAAA-MM-JJ).', en: 'Invalid date (YYYY-MM-DD).' }
      }
      return { fr: 'Format invalide.', en: 'Invalid format.' }
    case 'invalid_value':
      return { fr: 'Choisissez l’une des valeurs proposées.', en: 'Choose one of the values offered.' }
    case 'unrecognized_keys':
      return { fr: `Champ inconnu : ${issue.keys.join(', ')}.`, en: `Unknown field: ${issue.keys.join(', ')}.` }
    case 'custom': {
      const p = issue.params as Partial<Localized> | undefined
      if (p?.fr && p.en) return { fr: p.fr, en: p.en }
      return { fr: 'Valeur invalide.', en: 'Invalid value.' }
    }
    default:
      return { fr: 'Valeur invalide.', en: 'Invalid value.' }
  }
}

/** Groups issues by their first path segment; the first issue of each field wins. */
export function fieldErrorsOf(issues: readonly Issue[]): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_'
    fields[key] ??= localizeIssue(issue)
  }
  return fields
}

/** Parses input with a zod schema; throws an `invalid` AppError with one message per field. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data, { reportInput: true })
  if (!result.success) throw invalidInput(fieldErrorsOf(result.error.issues))
  return result.data
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether a string is a UUID; ids that are not cannot exist, and must answer 404 rather than reach SQL. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value)
}

const dateRange = { min: '1900-01-01', max: '2199-12-31' }

/**
 * A civil date 'YYYY-MM-DD' within 1900–2199: ISO accepts year 0000, which PostgreSQL refuses, and no record of
 * Escale is dated outside that range.
 */
export function isoDate() {
  return z.iso.date().refine((d) => d >= dateRange.min && d <= dateRange.max, {
    params: { fr: 'Date hors des limites (1900 à 2199).', en: 'Date out of range (1900 to 2199).' },
  })
}
