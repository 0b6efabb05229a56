import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderBilanMarkdown } from '../render/bilan.markdown.js'
import type { BilanDocument } from './bilan.document.js'
import type { BilanModel } from './bilan.model.js'
import { sampleBilanModel } from './bilan.sample-model.js'
import { bilanDocument } from './bilan.text.js'

const text = (doc: BilanDocument) => renderBilanMarkdown(doc)
const fr = (overrides: Partial<BilanModel> = {}) => text(bilanDocument(sampleBilanModel(overrides), 'fr'))
const en = (overrides: Partial<BilanModel> = {}) => text(bilanDocument(sampleBilanModel(overrides), 'en'))

test('counts: words under ten with the gender, figures with the language grouping, one and none handled', () => {
  const cases: [number, string[], string[]][] = [
    [
      2,
      ['deux personnes immigrantes ont été', 'deux entreprises de la région', 'deux ententes'],
      ['two immigrants have', 'two businesses', 'two agreements'],
    ],
    [
      9,
      ['neuf personnes immigrantes', 'neuf entreprises', 'neuf ententes'],
      ['nine immigrants', 'nine businesses', 'nine agreements'],
    ],
    [
      10,
      ['10 personnes immigrantes', '10 entreprises', '10 ententes'],
      ['10 immigrants', '10 businesses', '10 agreements'],
    ],
    [
      1234,
      ['1\u00a0234 personnes immigrantes', '1\u00a0234 entreprises', '1\u00a0234 ententes'],
      ['1,234 immigrants', '1,234 businesses', '1,234 agreements'],
    ],
    [
      1,
      [
        'une personne immigrante a été accompagnée',
        'ont accompagné une entreprise de la région',
        'établir une entente avec un partenaire du milieu. Cette entente',
      ],
      [
        'one immigrant has been accompanied',
        'one business in the region',
        'one agreement with a local partner. This agreement',
      ],
    ],
  ]
  for (const [n, frFacts, enFacts] of cases) {
    const counts = { personsAccompanied: n, enterprisesAccompanied: n, agreements: n }
    const [f, e] = [fr(counts), en(counts)]
    for (const fact of frFacts) assert.ok(f.includes(fact), `${n} fr: ${fact}\n${f}`)
    for (const fact of enFacts) assert.ok(e.includes(fact), `${n} en: ${fact}\n${e}`)
    assert.doesNotMatch(f, /\b1 (personnes|entreprises|ententes)|\bune ententes|\b0 /)
  }
})

test('none: the sentence or paragraph about something that does not exist is left out', () => {
  const zero = {
    personsAccompanied: 0,
    enterprisesAccompanied: 0,
    agreements: 0,
    actionKinds: [],
    resourceOrganizations: [],
  }
  const [f, e] = [fr(zero), en(zero)]
  assert.doesNotMatch(f, /\b0\b|zéro|aucun|À ce jour|ententes?|Voici des projets|Des ressources disponibles/)
  assert.doesNotMatch(e, /\b0\b|\bno (immigrants|businesses|agreements)|To date|Available resources/)
  assert.match(f, /régionalisation de l'immigration en août 2019/)
  assert.match(f, /## Points de services/)
})

test('public counts \'<5\' read "moins de cinq" / "fewer than five"', () => {
  const small = {
    audience: 'public' as const,
    personsAccompanied: '<5' as const,
    enterprisesAccompanied: '<5' as const,
  }
  assert.match(fr(small), /moins de cinq personnes immigrantes ont été accompagnées/)
  assert.match(fr(small), /ont accompagné moins de cinq entreprises de la région/)
  assert.match(en(small), /fewer than five immigrants have been accompanied/)
  assert.match(en(small), /accompanied fewer than five businesses/)
})

const regions: [string, string, string, string][] = [
  ['01', 'Bas-Saint-Laurent', 'du Bas-Saint-Laurent', 'au Bas-Saint-Laurent'],
  ['02', 'Saguenay–Lac-Saint-Jean', 'du Saguenay–Lac-Saint-Jean', 'au Saguenay–Lac-Saint-Jean'],
  ['03', 'Capitale-Nationale', 'de la Capitale-Nationale', 'dans la Capitale-Nationale'],
  ['04', 'Mauricie', 'de la Mauricie', 'en Mauricie'],
  ['05', 'Estrie', "de l'Estrie", 'en Estrie'],
  ['06', 'Montréal', 'de Montréal', 'à Montréal'],
  ['07', 'Outaouais', "de l'Outaouais", 'en Outaouais'],
  ['08', 'Abitibi-Témiscamingue', "de l'Abitibi-Témiscamingue", 'en Abitibi-Témiscamingue'],
  ['09', 'Côte-Nord', 'de la Côte-Nord', 'sur la Côte-Nord'],
  ['10', 'Nord-du-Québec', 'du Nord-du-Québec', 'dans le Nord-du-Québec'],
  ['11', 'Gaspésie–Îles-de-la-Madeleine', 'de la Gaspésie–Îles-de-la-Madeleine', 'en Gaspésie–Îles-de-la-Madeleine'],
  ['12', 'Chaudière-Appalaches', 'de la Chaudière-Appalaches', 'en Chaudière-Appalaches'],
  ['13', 'Laval', 'de Laval', 'à Laval'],
  ['14', 'Lanaudière', 'de Lanaudière', 'dans Lanaudière'],
  ['15', 'Laurentides', 'des Laurentides', 'dans les Laurentides'],
  ['16', 'Montérégie', 'de la Montérégie', 'en Montérégie'],
  ['17', 'Centre-du-Québec', 'du Centre-du-Québec', 'au Centre-du-Québec'],
]

test("every region's French forms: the title, the sentences and the team's locative", () => {
  for (const [code, name, de, locative] of regions) {
    const region = { code, slug: code, nameFr: name, nameEn: name, locativeFr: locative }
    const f = fr({ region, regions: [region], period: { from: '2022-04-01', to: '2023-03-31' } })
    assert.ok(f.startsWith(`# Bilan des réalisations 2022-2023 ${de}\n`), `${code}: ${f.slice(0, 80)}`)
    assert.ok(f.includes(`les personnes immigrantes ${de} à bien`), code)
    assert.ok(f.includes(`## Voici des projets développés dans la région ${de}`), code)
    assert.ok(f.includes(`La direction régionale peut compter, ${locative}, sur une équipe`), code)
    assert.ok(en({ region, regions: [region] }).includes(`Report on Achievements in ${name}`), code)
  }
  const oneYear = fr({ period: { from: '2020-01-01', to: '2020-12-31' } })
  assert.match(oneYear, /^# Bilan des réalisations 2020 de la Gaspésie/)
})

test("a directorate's Bilan names all its regions; without a directorate the ministry is the subject", () => {
  const bsl = { code: '01', slug: 'bsl', nameFr: 'Bas-Saint-Laurent', nameEn: 'Bas-Saint-Laurent' }
  const model = sampleBilanModel()
  const both = { regions: [bsl, model.regions[0]!], region: { ...bsl, locativeFr: 'au Bas-Saint-Laurent' } }
  const f = fr(both)
  assert.match(f, /^# Bilan des réalisations 2019-2021 du Bas-Saint-Laurent et de la Gaspésie–Îles-de-la-Madeleine/)
  assert.match(f, /peut compter, au Bas-Saint-Laurent et en Gaspésie–Îles-de-la-Madeleine, sur/)
  assert.match(f, /dans les régions du Bas-Saint-Laurent et de la Gaspésie/)
  assert.match(en(both), /in Bas-Saint-Laurent and Gaspésie–Îles-de-la-Madeleine/)
  const none = fr({ directorate: null })
  assert.match(none, /services, le ministère a pu soutenir/)
  assert.match(none, /Le ministère peut compter/)
  assert.doesNotMatch(none, /la direction régionale (a|peut)|Direction régionale du Bas/)
})

test('host offices: grouped by host with the towns, elision, one office, a partner', () => {
  const point = (hostKind: 'services_quebec' | 'mtess' | 'partner', hostName: string, city: string, id: string) => ({
    id,
    name: id,
    hostKind,
    hostName,
    streetAddress: `${id} rue Principale`,
    city,
  })
  const one = fr({ servicePoints: [point('services_quebec', 'Services Québec', 'Amqui', 'a')] })
  assert.match(one, /dans un point de services situé dans le bureau de Services Québec d'Amqui\./)
  const mixed = fr({
    servicePoints: [
      point('services_quebec', 'Services Québec', 'Amqui', 'a'),
      point('services_quebec', 'Services Québec', 'Matane', 'b'),
      point('partner', 'Accueil et Intégration BSL', 'Rimouski', 'c'),
      point('mtess', 'Services Québec', 'Les Méchins', 'd'),
    ],
  })
  assert.match(
    mixed,
    /quatre points de services situés dans les bureaux de Services Québec d'Amqui et de Matane, dans les locaux d'Accueil et Intégration BSL, à Rimouski ainsi qu'à la direction régionale du ministère du Travail, de l'Emploi et de la Solidarité sociale, aux Méchins\./,
  )
  assert.match(
    fr({ servicePoints: [point('services_quebec', 'Services Québec', 'Amqui', 'a')] }),
    /Le bureau est situé :/,
  )
})

test('a narrative adds paragraphs after a section or replaces its prose; lists and contact lines stay', () => {
  const model = sampleBilanModel()
  const doc = bilanDocument(model, 'fr', {
    intro: { mode: 'add', fr: ['Un paragraphe ajouté.', '  '], en: ['An added paragraph.'] },
    projects: { mode: 'replace', fr: ['Nos projets phares.'], en: ['Our flagship projects.'] },
    servicePoints: { mode: 'replace', fr: ['Écrivez-nous.'], en: [] },
  })
  const section = (key: string) => doc.sections.find((s) => s.key === key)!
  assert.equal(section('intro').blocks.length, 2)
  assert.deepEqual(section('intro').blocks[1], { kind: 'paragraph', text: 'Un paragraphe ajouté.' })
  // The number of actions is a figure: its lead and list stay, the narrative follows them.
  assert.match((section('projects').blocks[0] as { text: string }).text, /ce sont neuf actions locales/)
  assert.equal(section('projects').blocks[1]!.kind, 'list')
  assert.deepEqual(section('projects').blocks[2], { kind: 'paragraph', text: 'Nos projets phares.' })
  assert.equal(section('projects').blocks.length, 3)
  const points = renderBilanMarkdown({ ...doc, sections: [section('servicePoints')] })
  assert.doesNotMatch(points, /Pour communiquer/)
  assert.match(points, /Écrivez-nous\.\n\nCourriel : accompagnement_qcdrbslgim@mifi\.gouv\.qc\.ca/)
  assert.match(points, /- Services Québec, 314, boulevard Perron, \*\*Carleton-sur-Mer\*\*/)
  const english = bilanDocument(model, 'en', { intro: { mode: 'add', fr: [], en: ['An added paragraph.'] } })
  assert.equal(english.sections[0]!.blocks.length, 2)
  // A section with no computed text shows the narrative that adds to it.
  const added = bilanDocument(sampleBilanModel({ agreements: 0 }), 'fr', {
    agreements: { mode: 'add', fr: ['Ententes à venir.'], en: [] },
  })
  assert.deepEqual(added.sections.find((s) => s.key === 'agreements')?.blocks, [
    { kind: 'paragraph', text: 'Ententes à venir.' },
  ])
})

test('a narrative that replaces a section never removes its figures: the sentences stating them stay first', () => {
  const replace = (fr: string) => ({ mode: 'replace' as const, fr: [fr], en: ['Ours.'] })
  const doc = bilanDocument(sampleBilanModel({ agreements: 7 }), 'fr', {
    intro: replace('Notre intro.'),
    enterprises: replace('Nos entreprises.'),
    agreements: replace('Nos ententes.'),
    team: replace('Notre équipe.'),
  })
  const md = renderBilanMarkdown(doc)
  assert.match(md, /établir sept ententes avec différents partenaires du milieu\.\n\nNos ententes\./)
  assert.doesNotMatch(md, /Ces ententes, dans le cadre/)
  assert.match(md, /À ce jour, .* personnes immigrantes ont été accompagnées .*\n\nNotre intro\./)
  assert.doesNotMatch(md, /ambitieux projet/)
  assert.match(md, /ont accompagné .* entreprises de la région\.\n\nNos entreprises\./)
  assert.match(md, /sur une équipe de deux conseillères .*\n\nNotre équipe\./)
  const en = renderBilanMarkdown(bilanDocument(sampleBilanModel({ agreements: 7 }), 'en', { agreements: replace('x') }))
  assert.match(en, /establish seven agreements with various local partners\.\n\nOurs\./)
})

test('Markdown: hostile organization names and narrative cannot add markup, links or images', () => {
  const hostile = [
    {
      id: 'x',
      name: '[Cliquez](javascript:alert(1)) **gras** <img src=x onerror=alert(1)>',
      website: 'javascript:alert(1)',
    },
    { id: 'y', name: '# Titre _souligné_ ![i](https://evil.example/i.png)', website: 'https://ok.example/a(b)' },
  ]
  const doc = bilanDocument(sampleBilanModel({ resourceOrganizations: hostile }), 'fr', {
    intro: { mode: 'add', fr: ['- liste\n# titre https://evil.example `code`'], en: [] },
  })
  const md = renderBilanMarkdown(doc)
  assert.match(
    md,
    /^- \\\[Cliquez\\\]\(javascript:alert\(1\)\) \\\*\\\*gras\\\*\\\* \\<img src=x onerror=alert\(1\)\\>$/m,
  )
  assert.match(
    md,
    /^- \[\\# Titre \\_souligné\\_ \\!\\\[i\\\]\(https\\:\/\/evil\.example\/i\.png\)\]\(https:\/\/ok\.example\/a%28b%29\)$/m,
  )
  assert.match(md, /^\\- liste # titre https\\:\/\/evil\.example \\`code\\`$/m)
  assert.doesNotMatch(md, /[^\\]\]\(javascript:/)
})
