import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  Packer,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx'
import type { BilanBlock, BilanDocument, BilanListItem, BilanSection } from '../bilan/bilan.document.js'
import { safeAbsoluteHref } from './bilan-links.js'

// The Bilan as a Word document with the `docx` library: Word's own styles (Title, Heading 1, List Bullet through the
// library's bullets, Hyperlink), so that the navigation pane, a screen reader and a restyling all work. The document
// language (fr-CA / en-CA) is the default run language; the title is also the file's core property. Every word is a
// text run: docx escapes it as XML, nothing in the data is read as a field or markup.

const languages = { fr: 'fr-CA', en: 'en-CA' } as const

function itemRuns(item: BilanListItem): ParagraphChild[] {
  const link = safeAbsoluteHref(item.href)
  const style = link ? 'Hyperlink' : undefined
  const runs = [new TextRun({ text: item.text, style })]
  if (item.strong) runs.push(new TextRun({ text: item.strong, bold: true, style }))
  return link ? [new ExternalHyperlink({ link, children: runs })] : runs
}

function blockParagraphs(block: BilanBlock): Paragraph[] {
  if (block.kind === 'paragraph') return [new Paragraph({ children: [new TextRun(block.text)] })]
  return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: itemRuns(item) }))
}

function sectionParagraphs(section: BilanSection): Paragraph[] {
  const heading = section.heading
    ? [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] })]
    : []
  return [...heading, ...section.blocks.flatMap(blockParagraphs)]
}

function masthead(doc: BilanDocument): Paragraph[] {
  return [
    new Paragraph({ children: [new TextRun({ text: doc.ministry, bold: true })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    new Paragraph({ children: [new TextRun({ text: doc.dataLine, italics: true })] }),
  ]
}

function footer(doc: BilanDocument): Footer {
  const line = new Paragraph({
    alignment: AlignmentType.LEFT,
    children: [new TextRun({ text: doc.dataLine, size: 16 })],
  })
  return new Footer({ children: [line] })
}

/** The Bilan as a Word document (docx). */
export async function renderBilanDocx(doc: BilanDocument): Promise<Buffer> {
  const language = { value: languages[doc.lang] }
  const file = new Document({
    title: doc.title,
    creator: doc.ministry,
    lastModifiedBy: doc.ministry,
    description: doc.dataLine,
    styles: { default: { document: { run: { language, font: 'Calibri' } } } },
    sections: [
      {
        footers: { default: footer(doc) },
        children: [...masthead(doc), ...doc.sections.flatMap(sectionParagraphs)],
      },
    ],
  })
  return Packer.toBuffer(file)
}
