import type { BilanModel } from './bilan.model.js'

// A Bilan model shaped like the seed's (Gaspésie–Îles-de-la-Madeleine, 2019-08-01 … 2021-06-30), for the text's unit
// tests: each test changes the counts or the region it is about.

const kinds: [string, string, string][] = [
  ['intercultural_meals', 'Brunchs et soupers interculturels', 'Intercultural brunches and suppers'],
  ['pairing', 'Jumelage linguistique et interculturel', 'Linguistic and intercultural pairing'],
  ['networking', '5 à 7 de réseautage', 'Networking 5 à 7s'],
]

export function sampleBilanModel(overrides: Partial<BilanModel> = {}): BilanModel {
  return {
    audience: 'staff',
    region: {
      code: '11',
      slug: 'gaspesie-iles-de-la-madeleine',
      nameFr: 'Gaspésie–Îles-de-la-Madeleine',
      nameEn: 'Gaspésie–Îles-de-la-Madeleine',
      locativeFr: 'en Gaspésie–Îles-de-la-Madeleine',
    },
    regions: [
      {
        code: '11',
        slug: 'gaspesie-iles-de-la-madeleine',
        nameFr: 'Gaspésie–Îles-de-la-Madeleine',
        nameEn: 'Gaspésie–Îles-de-la-Madeleine',
      },
    ],
    period: { from: '2019-08-01', to: '2021-06-30' },
    dataAsOf: '2026-11-27T15:00:00.000Z',
    directorate: {
      nameFr: 'Direction régionale du Bas-Saint-Laurent et de la Gaspésie–Îles-de-la-Madeleine',
      nameEn: 'Bas-Saint-Laurent and Gaspésie–Îles-de-la-Madeleine regional directorate',
    },
    personsAccompanied: 83,
    enterprisesAccompanied: 19,
    agreements: 7,
    team: { advisors: 2, agents: 2 },
    servicePoints: [
      {
        id: 'a',
        name: 'Cathédrale',
        hostKind: 'services_quebec',
        hostName: 'Services Québec',
        streetAddress: '11, rue de la Cathédrale',
        city: 'Gaspé',
      },
      {
        id: 'b',
        name: 'Sandy Beach',
        hostKind: 'mtess',
        hostName: 'Services Québec',
        streetAddress: '96 Montée de Sandy Beach, bureau 2.11',
        city: 'Gaspé',
      },
      {
        id: 'c',
        name: 'Carleton',
        hostKind: 'services_quebec',
        hostName: 'Services Québec',
        streetAddress: '314, boulevard Perron',
        city: 'Carleton-sur-Mer',
      },
    ],
    actionKinds: kinds.map(([code, labelFr, labelEn], i) => ({ code, labelFr, labelEn, count: i + 2 })),
    resourceOrganizations: [
      { id: 'o1', name: 'Pouvoir des mots de Gaspé', website: 'https://pouvoirdesmots.example' },
      { id: 'o2', name: 'Centre Local de Développement de la Haute Gaspésie', website: null },
    ],
    contact: { email: 'accompagnement_qcdrbslgim@mifi.gouv.qc.ca', phone: '1 833 273-4667' },
    committedAmounts: [],
    ...overrides,
  }
}
