import type { Lang } from '../../../platform/views/i18n.js'

// The Bilan as text in one language: what every renderer (Markdown, HTML, PDF, DOCX) draws, so that they all say the
// same thing. Built from the model and the director's narrative by `bilanDocument` (bilan.text.ts).

/** The sections of the seed's structure, in order; a director's narrative adds to or replaces a section's paragraphs. */
export const sectionKeys = [
  'intro',
  'enterprises',
  'agreements',
  'team',
  'projects',
  'resources',
  'servicePoints',
] as const
export type SectionKey = (typeof sectionKeys)[number]

/** A list item: its text, then an optional part in bold (the town of an office), the whole linked when `href` is set. */
export type BilanListItem = { text: string; strong?: string; href?: string }

export type BilanBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: BilanListItem[] }

export type BilanSection = { key: SectionKey; heading?: string; blocks: BilanBlock[] }

export type BilanDocument = {
  lang: Lang
  /** "Bilan des réalisations 2019-2021 de la Gaspésie–Îles-de-la-Madeleine". */
  title: string
  /** The ministry's name, as the seed's masthead prints it. */
  ministry: string
  sections: BilanSection[]
  /** "Données au 27 novembre 2026" (the data date), printed under the title and in the footer. */
  dataLine: string
}

/**
 * A director's narrative: per section, paragraphs in each language that are added after the computed text or replace
 * it (figures are never typed: a replaced intro loses its sentence, not the model's figure).
 */
export type BilanNarrative = Partial<Record<SectionKey, { mode: 'add' | 'replace'; fr: string[]; en: string[] }>>
