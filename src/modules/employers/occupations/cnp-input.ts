import type { Db } from '../../../platform/db/database.js'
import { type FieldErrors, invalidInput, type Localized } from '../../../platform/errors.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { ambiguousCnpWords, unknownCnpCode } from './occupation.messages.js'
import { findOccupations, searchOccupations } from './occupation.queries.js'

/** What a CNP field resolves to: the unit group codes (none for a blank field), or the field's error. */
export type CnpResolution = { codes: string[]; error?: undefined } | { codes?: undefined; error: Localized }

/** How many close matches an error on words lists. */
const CLOSEST = 5

/** "21231", "21231 — Ingénieurs…" (a suggestion as shown) → "21231"; words → undefined. */
function codeOf(token: string): string | undefined {
  return /^([0-9]{5})(?![0-9])/.exec(token)?.[1]
}

const label = (o: { code: string; titleFr: string | null; titleEn: string }, lang: Lang) =>
  `${o.code} — ${lang === 'fr' ? (o.titleFr ?? o.titleEn) : o.titleEn}`

/** Words: the one unit group they designate, or the error listing the closest matches. */
async function resolveWords(db: Db, words: string): Promise<CnpResolution> {
  const found = await searchOccupations(db, words, CLOSEST + 1)
  if (found.length === 1) return { codes: [found[0]!.code] }
  const shown = found.slice(0, CLOSEST)
  const fr = ambiguousCnpWords(
    words,
    shown.map((o) => label(o, 'fr')),
  ).fr
  const en = ambiguousCnpWords(
    words,
    shown.map((o) => label(o, 'en')),
  ).en
  return { error: { fr, en } }
}

/**
 * Resolves what a user typed in a `CnpField` (forms without JavaScript): a 5-digit code, or with `multiple` several
 * separated by commas or semicolons, or words of a title. A blank field gives no codes (the caller decides whether
 * the field is required). Each code must exist ("Code CNP inconnu : 12345"); words must designate one unit group,
 * else the error lists the closest matches (code — title) so the user can retype the exact code. Without `multiple`,
 * more than one code is an error. Duplicates are dropped, the order kept.
 *
 * ```ts
 * const cnp = await resolveCnpInput(ctx.db, body.cnpCode, { multiple: false })
 * if (cnp.error) throw invalidInput({ cnpCode: cnp.error })
 * ```
 */
export async function resolveCnpInput(
  db: Db,
  raw: string | null | undefined,
  options: { multiple?: boolean } = {},
): Promise<CnpResolution> {
  const tokens = (raw ?? '')
    .split(options.multiple ? /[,;]/ : /[,;](?=\s*[0-9]{5})/)
    .map((t) => t.trim())
    .filter(Boolean)
  if (!options.multiple && tokens.length > 1)
    return { error: { fr: 'Un seul code CNP est attendu.', en: 'Only one NOC code is expected.' } }
  const codes: string[] = []
  for (const token of tokens) {
    const code = codeOf(token)
    const resolved = code ? { codes: [code] } : await resolveWords(db, token)
    if (resolved.error) return resolved
    codes.push(...resolved.codes)
  }
  const unique = [...new Set(codes)]
  const known = new Set((await findOccupations(db, unique)).map((o) => o.code))
  const unknown = unique.find((c) => !known.has(c))
  return unknown ? { error: unknownCnpCode(unknown) } : { codes: unique }
}

/** `resolveCnpInput`, throwing invalid input on `field` (a service's check), with the codes when it resolves. */
export async function resolveCnpInputOrThrow(
  db: Db,
  field: string,
  raw: string | null | undefined,
  options: { multiple?: boolean } = {},
): Promise<string[]> {
  const resolved = await resolveCnpInput(db, raw, options)
  if (resolved.error) throw invalidInput({ [field]: resolved.error } satisfies FieldErrors)
  return resolved.codes
}
