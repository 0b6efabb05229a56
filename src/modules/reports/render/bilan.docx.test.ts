import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderBilanDocx } from './bilan.docx.js'
import { hostileName, hostileText, sampleBilanDocument } from './bilan.sample.js'
import { docxHtml, docxPart, docxText, flatText } from './document-text.js'

test('the Word file opens and holds every word of the Bilan, in order, hostile text as typed', async () => {
  const doc = sampleBilanDocument('fr')
  const text = flatText(await docxText(await renderBilanDocx(doc)))

  const expected = [
    doc.ministry,
    doc.title,
    doc.dataLine,
    'À ce jour, 83 personnes immigrantes ont été accompagnées.',
    hostileText,
    'Sept ententes avec différents partenaires.',
    hostileName,
    'Courriel : accompagnement_qcdrbslgim@mifi.gouv.qc.ca',
    'Téléphone : 1 833 273-4667',
    'Services Québec, 314, boulevard Perron, Carleton-sur-Mer',
  ]
  let from = 0
  for (const words of expected) {
    const at = text.indexOf(flatText(words), from)
    assert.ok(at >= from, `the Word file says « ${words} » after what precedes it`)
    from = at
  }
})

test('the Word file uses Word’s title and heading styles, bullets, hyperlinks and bold towns', async () => {
  const doc = sampleBilanDocument('en')
  const html = await docxHtml(await renderBilanDocx(doc))

  assert.match(html, /<h1>Available resources<\/h1>/)
  assert.match(html, /<h1>Service points<\/h1>/)
  assert.equal(html.match(/<ul>/g)?.length, 2)
  assert.equal(html.match(/<li>/g)?.length, 4)
  assert.match(html, /<li><a href="https:\/\/cje\.example\.org\/">Carrefour Jeunesse Emploi/)
  assert.match(html, /<strong>Gaspé<\/strong>/)
  assert.match(html, /<strong>Carleton-sur-Mer<\/strong>/)
  assert.doesNotMatch(html, /javascript:/)
  const body = docxPart(await renderBilanDocx(doc), 'word/document.xml') ?? ''
  assert.match(body, /<w:pStyle w:val="Title"\/>/)
})

test('the Word file is in the Bilan’s language, titled in its properties, with the data date in the footer', async () => {
  for (const lang of ['fr', 'en'] as const) {
    const doc = sampleBilanDocument(lang)
    const docx = await renderBilanDocx(doc)

    assert.match(docxPart(docx, 'word/styles.xml') ?? '', new RegExp(`<w:lang w:val="${lang}-CA"/>`))
    assert.match(docxPart(docx, 'docProps/core.xml') ?? '', new RegExp(`<dc:title>${doc.title}</dc:title>`))
    assert.match(docxPart(docx, 'word/footer1.xml') ?? '', new RegExp(doc.dataLine))
  }
})
