import type { BilanBlock, BilanDocument, BilanListItem, BilanSection } from '../bilan/bilan.document.js'
import { safeAbsoluteHref } from './bilan-links.js'

// The Bilan as Markdown, in the seed's layout: title, ministry, data date, headings, paragraphs, `- ` lists, links and
// the office's town in bold. Every text is escaped, so that an organization's name or a narrative cannot add markup,
// a link or an image of its own.

/**
 * Markdown-inert text: one line, with the characters that open markup escaped (emphasis, code, links, images, raw
 * HTML, tables, strike-through), and what would start a block at the start of a line (heading, list, quote).
 */
export function escapeMarkdown(text: string): string {
  const line = text.replace(/[ \t\r\n\f\v\u2028\u2029]+/g, ' ').trim()
  const inline = line
    .replace(/[\\`*[\]<>|~]/g, (c) => `\\${c}`)
    // An underscore inside a word opens no emphasis (and keeps an email readable); elsewhere it is escaped.
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/!(?=\\\[)/g, '\\!')
    // A bare address would become a link (GitHub's autolinks): broken with an escape that prints nothing.
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`)
  return inline.replace(/^[#+=-]/, (c) => `\\${c}`).replace(/^(\d+)([.)])/, '$1\\$2')
}

/** A link's address as Markdown takes it (absolute and safe only), or undefined to print the text alone. */
function markdownHref(href: string | undefined): string | undefined {
  const safe = safeAbsoluteHref(href)
  return safe?.replace(/[()<>\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

function item(i: BilanListItem): string {
  const body = `${escapeMarkdown(i.text)}${i.text.endsWith(' ') ? ' ' : ''}${i.strong ? `**${escapeMarkdown(i.strong)}**` : ''}`
  const href = markdownHref(i.href)
  return `- ${href ? `[${body}](${href})` : body}`
}

function block(b: BilanBlock): string {
  return b.kind === 'paragraph' ? escapeMarkdown(b.text) : b.items.map(item).join('\n')
}

function section(s: BilanSection): string {
  const parts = s.heading ? [`## ${escapeMarkdown(s.heading)}`] : []
  return [...parts, ...s.blocks.map(block)].join('\n\n')
}

/** The Bilan as Markdown (the CLI's default output), in the seed's layout. */
export function renderBilanMarkdown(doc: BilanDocument): string {
  const head = [`# ${escapeMarkdown(doc.title)}`, escapeMarkdown(doc.ministry), `*${escapeMarkdown(doc.dataLine)}*`]
  return `${[...head, ...doc.sections.map(section)].join('\n\n')}\n`
}
