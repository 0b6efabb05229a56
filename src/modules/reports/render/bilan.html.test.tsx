import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseHTML } from 'linkedom'
import { renderToString } from 'preact-render-to-string'
import { BilanArticle, renderBilanHtml } from './bilan.html.js'
import { hostileName, hostileText, sampleBilanDocument } from './bilan.sample.js'

function parse(html: string) {
  return parseHTML(html).document
}

test('the standalone HTML is one HTML5 document in the Bilan’s language, titled, with screen and print CSS', () => {
  for (const lang of ['fr', 'en'] as const) {
    const doc = sampleBilanDocument(lang)
    const html = renderBilanHtml(doc)
    const page = parse(html)

    assert.match(html, /^<!doctype html><html lang="(fr|en)">/)
    assert.equal(page.documentElement.getAttribute('lang'), lang)
    assert.equal(page.querySelector('meta[charset]')?.getAttribute('charset'), 'utf-8')
    assert.equal(page.querySelector('head > title')?.textContent, doc.title)
    assert.match(page.querySelector('style')?.textContent ?? '', /@media print[\s\S]*break-inside: avoid/)
    assert.equal(page.querySelectorAll('nav').length, 0)
    assert.equal(page.querySelector('footer')?.textContent, doc.dataLine)
  }
})

test('the article has one h1, a level-2 heading per titled section, paragraphs and lists in the document’s order', () => {
  const doc = sampleBilanDocument('fr')
  const article = parse(renderBilanHtml(doc)).querySelector('article')

  assert.equal(article?.querySelectorAll('h1').length, 1)
  assert.equal(article?.querySelector('h1')?.textContent, doc.title)
  const headings = Array.from(article?.querySelectorAll('h2') ?? []).map((h) => h.textContent)
  assert.deepEqual(headings, ['Des ressources disponibles', 'Points de services'])
  assert.equal(article?.querySelectorAll('section ul').length, 2)
  assert.equal(article?.querySelectorAll('li').length, 4)
  assert.equal(article?.querySelector('.bilan-ministry')?.textContent, doc.ministry)
})

test('every word is escaped: hostile text and names print as themselves, and no script comes in', () => {
  const html = renderBilanHtml(sampleBilanDocument('fr'))
  const page = parse(html)

  assert.equal(page.querySelectorAll('script').length, 0)
  assert.doesNotMatch(html, /<script/i)
  const paragraphs = Array.from(page.querySelectorAll('p')).map((p) => p.textContent)
  assert.ok(paragraphs.includes(hostileText), 'the hostile paragraph reads as typed')
  const items = Array.from(page.querySelectorAll('li'))
  assert.ok(
    items.some((li) => li.textContent === hostileName),
    'the hostile name reads as typed',
  )
  assert.equal(page.querySelectorAll('li b').length, 0)
})

test('links are kept when safe to follow, dropped (text kept) otherwise, and towns are bold', () => {
  const page = parse(renderBilanHtml(sampleBilanDocument('fr')))

  const hrefs = Array.from(page.querySelectorAll('a')).map((a) => a.getAttribute('href'))
  assert.deepEqual(hrefs, ['https://cje.example.org/'])
  assert.doesNotMatch(renderBilanHtml(sampleBilanDocument('fr')), /javascript:/)
  const towns = Array.from(page.querySelectorAll('li strong')).map((s) => s.textContent)
  assert.deepEqual(towns, ['Gaspé', 'Carleton-sur-Mer'])
})

test('inside a page with its own h1, the article’s title and sections step down one level', () => {
  const html = renderToString(<BilanArticle doc={sampleBilanDocument('en')} titleLevel={2} />)
  const article = parse(`<!doctype html><html><body>${html}</body></html>`).querySelector('article')

  assert.equal(article?.querySelectorAll('h1').length, 0)
  assert.equal(article?.querySelector('h2')?.textContent, sampleBilanDocument('en').title)
  assert.deepEqual(
    Array.from(article?.querySelectorAll('h3') ?? []).map((h) => h.textContent),
    ['Available resources', 'Service points'],
  )
  assert.equal(article?.getAttribute('class'), 'bilan')
})
