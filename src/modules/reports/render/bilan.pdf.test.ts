import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bilanPdfTemplate, renderBilanPdf } from './bilan.pdf.js'
import { hostileName, hostileText, sampleBilanDocument } from './bilan.sample.js'
import { flatText, pdfText } from './document-text.js'

const chart = {
  title: 'Personnes accompagnées par mois [#set]',
  svg: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" role="img"><rect width="120" height="80" fill="#095797"/><text x="10" y="150">Janvier 2020 : 42</text></svg>',
}

test('the PDF opens and holds every word of the Bilan, in order, under the masthead and the title', async () => {
  const doc = sampleBilanDocument('fr')
  const { pages, text } = await pdfText(renderBilanPdf(doc))
  const flat = flatText(text)

  assert.equal(pages.length, 1)
  const expected = [
    doc.ministry,
    doc.title,
    doc.dataLine,
    'À ce jour, 83 personnes immigrantes ont été accompagnées.',
    'Sept ententes avec différents partenaires.',
    'Des ressources disponibles',
    'Points de services',
    'Courriel : accompagnement_qcdrbslgim@mifi.gouv.qc.ca',
    'Téléphone : 1 833 273-4667',
    'Services Québec, 11, rue de la Cathédrale, Gaspé',
    'Services Québec, 314, boulevard Perron, Carleton-sur-Mer',
  ]
  let from = 0
  for (const words of expected) {
    const at = flat.indexOf(flatText(words), from)
    assert.ok(at >= from, `the PDF says « ${words} » after what precedes it`)
    from = at
  }
  assert.match(flat, /1 \/ 1$/, 'the footer numbers the page')
})

test('text full of Typst syntax prints as itself and changes nothing in the layout', async () => {
  const pdf = renderBilanPdf(sampleBilanDocument('fr'))
  const { text } = await pdfText(pdf)

  assert.ok(flatText(text).includes(flatText(hostileText)), 'the hostile paragraph is printed as typed')
  assert.ok(flatText(text).includes(flatText(hostileName)), 'the hostile name is printed as typed')
  for (const words of [hostileText, hostileName, 'Gaspé', 'accompagnement_qcdrbslgim']) {
    assert.ok(!bilanPdfTemplate.includes(words), `the template holds none of the data (${words})`)
  }
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const page = await (await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise).getPage(1)
  assert.equal(Math.round(page.getViewport({ scale: 1 }).width), 612, '#set page(width: 1pt) did not apply')
})

test('the PDF is in the Bilan’s language, embeds its fonts, and links only what is safe to follow', () => {
  for (const lang of ['fr', 'en'] as const) {
    const raw = renderBilanPdf(sampleBilanDocument(lang)).toString('latin1')

    assert.match(raw, new RegExp(`/Lang \\(${lang}-CA\\)`))
    assert.match(raw, /\/FontFile[23]?/)
    assert.match(raw, /\/URI \(https:\/\/cje\.example\.org\/\)/)
    assert.doesNotMatch(raw, /javascript:/)
  }
})

test('the English PDF holds the English text', async () => {
  const doc = sampleBilanDocument('en')
  const flat = flatText((await pdfText(renderBilanPdf(doc))).text)

  for (const words of [doc.title, doc.dataLine, 'Seven agreements with partners.', 'Available resources']) {
    assert.ok(flat.includes(flatText(words)), `the English PDF says « ${words} »`)
  }
})

test('charts are drawn after the text, each with its title, and the pages are numbered', async () => {
  const { pages } = await pdfText(renderBilanPdf(sampleBilanDocument('fr'), [chart, { ...chart, title: 'Ententes' }]))

  assert.ok(pages.length >= 2)
  const last = flatText(pages.slice(1).join(' '))
  assert.ok(last.includes(chart.title), 'the chart’s title prints as typed')
  assert.ok(last.includes('Janvier 2020 : 42'), 'the chart’s SVG is drawn (its text is in the PDF)')
  assert.ok(last.includes('Ententes'))
  assert.ok(!flatText(pages[0] ?? '').includes(chart.title), 'the charts start after the text')
  assert.match(flatText(pages.at(-1) ?? ''), new RegExp(`${pages.length} / ${pages.length}$`))
})

test('a chart that is not SVG fails with a message that quotes no data', () => {
  const broken = { title: 'Graphique', svg: '<svg Jeanne Tremblay' }

  assert.throws(
    () => renderBilanPdf(sampleBilanDocument('fr'), [broken]),
    (error: Error) => error.message === 'The Bilan PDF could not be rendered',
  )
})
