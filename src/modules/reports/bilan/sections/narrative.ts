import type { Lang } from '../../../../platform/views/i18n.js'
import type { BilanBlock, BilanNarrative, BilanSection } from '../bilan.document.js'
import type { DraftBlock, DraftSection } from './wording.js'

// A director's narrative on the computed text: per section, paragraphs added after it, or put in place of its prose.
// Lists, contact lines and the sentences that state a figure always stay; a section left with nothing at all is not
// printed.

function narrativeParagraphs(texts: string[]): DraftBlock[] {
  return texts
    .map((t) => t.replace(/[ \t\r\n\f\v\u2028\u2029]+/g, ' ').trim())
    .filter((t) => t.length > 0)
    .map((text) => ({ kind: 'paragraph', text, prose: true }))
}

/** What stays of a block when the prose is replaced: figures, and a paragraph's sentences that state a figure. */
function keptPart(block: DraftBlock): DraftBlock[] {
  if (!block.prose) return [block]
  return block.kind === 'paragraph' && block.figures ? [{ kind: 'paragraph', text: block.figures }] : []
}

/**
 * The section's prose replaced by the narrative, where its first prose without figures stood (after the figures when
 * every prose paragraph states one): a director adds or overrides paragraphs, never the figures.
 */
function replaceProse(blocks: DraftBlock[], added: DraftBlock[]): DraftBlock[] {
  const first = blocks.findIndex((b) => b.prose && !(b.kind === 'paragraph' && b.figures))
  const at = first !== -1 ? first : blocks.some((b) => b.prose) ? blocks.length : 0
  return [...blocks.slice(0, at).flatMap(keptPart), ...added, ...blocks.slice(at).flatMap(keptPart)]
}

function withNarrative(section: DraftSection, narrative: BilanNarrative, lang: Lang): DraftBlock[] {
  const entry = narrative[section.key]
  if (!entry) return section.blocks
  const added = narrativeParagraphs(entry[lang] ?? [])
  if (entry.mode === 'replace') return replaceProse(section.blocks, added)
  return [...section.blocks, ...added]
}

function finished(block: DraftBlock): BilanBlock {
  return block.kind === 'paragraph' ? { kind: 'paragraph', text: block.text } : { kind: 'list', items: block.items }
}

/** The sections with the narrative applied, the drafting marks removed and empty sections left out. */
export function applyNarrative(sections: DraftSection[], narrative: BilanNarrative, lang: Lang): BilanSection[] {
  const out: BilanSection[] = []
  for (const section of sections) {
    const blocks = withNarrative(section, narrative, lang).map(finished)
    if (blocks.length === 0) continue
    out.push(section.heading ? { key: section.key, heading: section.heading, blocks } : { key: section.key, blocks })
  }
  return out
}
