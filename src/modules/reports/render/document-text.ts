import { inflateRawSync } from 'node:zlib'

// Reads a rendered PDF or Word file back as plain text, for tests (never imported by the application): what a
// reader's tool finds in the file, with pdfjs-dist (Mozilla's PDF reader) and mammoth (a maintained DOCX reader).

/** A PDF's text, page by page (each page's text items in reading order, lines kept), or throws when it does not open. */
export async function pdfText(pdf: Buffer): Promise<{ pages: string[]; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 }).promise
  const pages: string[] = []
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent()
    const parts = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
    pages.push(parts.join(''))
  }
  await document.destroy()
  return { pages, text: pages.join('\n') }
}

/** A Word file's text (paragraphs on their own lines), or throws when it does not open. */
export async function docxText(docx: Buffer): Promise<string> {
  const mammoth = await import('mammoth')
  const result = await mammoth.extractRawText({ buffer: docx })
  return result.value
}

/**
 * Text with every run of white space made one space, to compare what a line break may have split; a line ending on a
 * hyphen joins the next (« Îles-⏎de-la-Madeleine »: the hyphen is the word's, the renderers do not hyphenate).
 */
export function flatText(text: string): string {
  return text
    .replace(/-[ \t]*\n\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A Word file as mammoth's HTML (Word headings as `h1`…, bullets as `ul`, hyperlinks as `a`, bold as `strong`). */
export async function docxHtml(docx: Buffer): Promise<string> {
  const mammoth = await import('mammoth')
  return (await mammoth.convertToHtml({ buffer: docx })).value
}

/**
 * One part of a Word file's zip package as text (`word/footer1.xml`, `docProps/core.xml`), or undefined: a small reader
 * of the zip's central directory (stored or deflated entries), to check what mammoth does not read (footers, language).
 */
export function docxPart(docx: Buffer, name: string): string | undefined {
  const end = docx.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0) throw new Error('not a zip file')
  let at = docx.readUInt32LE(end + 16)
  for (let n = docx.readUInt16LE(end + 10); n > 0; n--) {
    const nameLength = docx.readUInt16LE(at + 28)
    const entry = docx.toString('utf8', at + 46, at + 46 + nameLength)
    if (entry === name) return readZipEntry(docx, at)
    at += 46 + nameLength + docx.readUInt16LE(at + 30) + docx.readUInt16LE(at + 32)
  }
  return undefined
}

function readZipEntry(zip: Buffer, central: number): string {
  const method = zip.readUInt16LE(central + 10)
  const size = zip.readUInt32LE(central + 20)
  const local = zip.readUInt32LE(central + 42)
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
  const data = zip.subarray(start, start + size)
  return (method === 8 ? inflateRawSync(data) : data).toString('utf8')
}
