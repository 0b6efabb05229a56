import { z } from 'zod'
import { regionCode } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { isoDate } from '../../../platform/validation.js'
import { type BilanNarrative, type SectionKey, sectionKeys } from '../bilan/bilan.document.js'
import { narrativeErrors as e, sectionLabels } from './publication.messages.js'

/** A section's paragraphs per language: at most this many, each at most this long (characters). */
export const MAX_PARAGRAPHS = 10
export const MAX_PARAGRAPH_LENGTH = 2000

/** A Bilan's region and period, as the narrative, publish and preview pages take them (`?region=11&from=…&to=…`). */
const periodShape = z.object({ region: regionCode, from: isoDate(), to: isoDate() })
const inOrder = (p: { from: string; to: string }) => p.from <= p.to
export const bilanPeriod = periodShape.refine(inOrder, { path: ['to'], params: e.periodOrder })
export type BilanPeriod = z.infer<typeof bilanPeriod>

/** A page's period, and `saved=1` or `published=<version>` after a redirect. */
export const bilanPageQuery = periodShape
  .extend({ saved: z.literal('1').optional(), published: z.coerce.number().int().min(1).optional() })
  .refine(inOrder, { path: ['to'], params: e.periodOrder })

const modes = ['add', 'replace'] as const
export type NarrativeMode = (typeof modes)[number]

/** One section as typed: its mode and its paragraphs in each language (blank ones are dropped by the service). */
export type NarrativeSectionInput = { mode: NarrativeMode; fr: string[]; en: string[] }

/** A draft narrative to save: the period, and the sections that have a mode or a paragraph. */
export type NarrativeInput = BilanPeriod & { sections: Partial<Record<SectionKey, NarrativeSectionInput>> }

/** The narrative form's fields: `intro.mode`, `intro.fr`, `intro.en`, … (paragraphs separated by a blank line). */
export const narrativeForm = z.object(
  Object.fromEntries(
    sectionKeys.flatMap((k) => [
      [`${k}.mode`, z.enum(modes).optional()],
      [`${k}.fr`, z.string().max(40_000).optional()],
      [`${k}.en`, z.string().max(40_000).optional()],
    ]),
  ) as Record<string, z.ZodOptional<z.ZodString>>,
)

/** The paragraphs of a textarea: separated by a blank line, each trimmed, blank ones dropped. */
export function paragraphsOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
}

/** The sections of the narrative form, as the service takes them. */
export function sectionsOfForm(body: Record<string, string | undefined>): NarrativeInput['sections'] {
  const sections: NarrativeInput['sections'] = {}
  for (const k of sectionKeys) {
    const mode = body[`${k}.mode`] === 'replace' ? 'replace' : 'add'
    sections[k] = { mode, fr: paragraphsOf(body[`${k}.fr`]), en: paragraphsOf(body[`${k}.en`]) }
  }
  return sections
}

/** The problem with one language's paragraphs of a section, if any. */
function paragraphError(mode: NarrativeMode, paragraphs: string[], k: SectionKey, lang: Lang) {
  if (paragraphs.length > MAX_PARAGRAPHS) return e.tooMany(MAX_PARAGRAPHS)
  const long = paragraphs.findIndex((p) => p.length > MAX_PARAGRAPH_LENGTH)
  if (long >= 0) return e.tooLong(long + 1, MAX_PARAGRAPH_LENGTH, paragraphs[long]!.length)
  if (mode === 'replace' && paragraphs.length === 0) return e.replaceEmpty(sectionLabels[k], lang)
  return undefined
}

/**
 * The narrative to store (blank paragraphs dropped, sections with nothing to add left out), or the errors of each
 * field (`intro.fr`: "at most 10 paragraphs", a replaced section with no paragraph in a language, …).
 */
export function checkNarrative(sections: NarrativeInput['sections']): {
  narrative: BilanNarrative
  errors: FieldErrors
} {
  const narrative: BilanNarrative = {}
  const errors: FieldErrors = {}
  for (const k of sectionKeys) {
    const s = sections[k]
    if (!s) continue
    const fr = s.fr.map((p) => p.trim()).filter((p) => p !== '')
    const en = s.en.map((p) => p.trim()).filter((p) => p !== '')
    for (const [lang, paragraphs] of [
      ['fr', fr],
      ['en', en],
    ] as const) {
      const error = paragraphError(s.mode, paragraphs, k, lang)
      if (error) errors[`${k}.${lang}`] = error
    }
    if (s.mode === 'replace' || fr.length + en.length > 0) narrative[k] = { mode: s.mode, fr, en }
  }
  return { narrative, errors }
}

const storedSection = z.object({
  mode: z.enum(modes),
  fr: z.array(z.string().max(MAX_PARAGRAPH_LENGTH)).max(MAX_PARAGRAPHS),
  en: z.array(z.string().max(MAX_PARAGRAPH_LENGTH)).max(MAX_PARAGRAPHS),
})

/** A stored narrative read back: each known section that is well formed (anything else is left out). */
export function narrativeOfJson(json: unknown): BilanNarrative {
  const narrative: BilanNarrative = {}
  if (!json || typeof json !== 'object') return narrative
  for (const k of sectionKeys) {
    const parsed = storedSection.safeParse((json as Record<string, unknown>)[k])
    if (parsed.success) narrative[k] = parsed.data
  }
  return narrative
}
