import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createTestDatabase } from '../../../../test/db.js'
import { resolveScope } from '../../../server/scope-resolver.js'
import { loadDemo } from '../../../seed/demo.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { computeBilan } from '../bilan/bilan.service.js'
import { docxText, flatText, pdfText } from './document-text.js'
import { renderBilan } from './render-bilan.js'

// The seed's facts, read back from the PDF and the Word file of the demo region's Bilan (region 11, 2019-08-01 …
// 2021-06-30): the figures come from the demo data through the model, the text and the renderers.

const database = await createTestDatabase()
const now = new Date('2026-11-27T15:00:00Z')
await loadDemo({ db: database.db, now: () => now, resolveScope })
const model = await computeBilan(database.db, { regionCode: '11', from: '2019-08-01', to: '2021-06-30' }, now)

const common = {
  email: 'accompagnement_qcdrbslgim@mifi.gouv.qc.ca',
  phone: '1 833 273-4667',
  'address on rue de la Cathédrale': 'Services Québec, 11, rue de la Cathédrale, Gaspé',
  'address on Montée de Sandy Beach': 'Services Québec, 96 Montée de Sandy Beach, bureau 2.11, Gaspé',
  'address on boulevard Perron': 'Services Québec, 314, boulevard Perron, Carleton-sur-Mer',
  'resource organization': 'Pouvoir des mots de Gaspé',
}
const facts: Record<Lang, Record<string, string>> = {
  fr: {
    ...common,
    'persons accompanied': '83 personnes immigrantes',
    'enterprises accompanied': 'accompagné 19 entreprises',
    agreements: 'sept ententes',
    advisors: 'deux conseillères et conseillers',
    agents: 'deux agentes et agents',
    directorate: 'Direction régionale du Bas-Saint-Laurent et de la Gaspésie–Îles-de-la-Madeleine',
  },
  en: {
    ...common,
    'persons accompanied': '83 immigrants',
    'enterprises accompanied': '19 businesses',
    agreements: 'seven agreements',
    advisors: 'two regional immigration advisors',
    agents: 'two integration support agents',
  },
}

/** The facts the text does not state, by name (the test fails naming them). */
function missingFacts(text: string, lang: Lang): string[] {
  const flat = flatText(text)
  return Object.entries(facts[lang])
    .filter(([, words]) => !flat.includes(flatText(words)))
    .map(([name, words]) => `${name} (« ${words} »)`)
}

for (const lang of ['fr', 'en'] as const) {
  test(`the demo region's Bilan PDF (${lang}) opens and states the seed's facts`, async () => {
    const { body } = await renderBilan(model, lang, 'pdf')
    const { text } = await pdfText(body as Buffer)

    assert.deepEqual(missingFacts(text, lang), [])
  })

  test(`the demo region's Bilan Word file (${lang}) opens and states the seed's facts`, async () => {
    const { body } = await renderBilan(model, lang, 'docx')
    const text = await docxText(body as Buffer)

    assert.deepEqual(missingFacts(text, lang), [])
  })
}
