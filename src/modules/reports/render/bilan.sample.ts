import type { Lang } from '../../../platform/views/i18n.js'
import type { BilanDocument } from '../bilan/bilan.document.js'

// A Bilan built by hand for the renderers' tests (never imported by the application), in the seed's shape, with text
// that would be markup in every target format: Typst (`#set`, `]`, `$`, `*`, `_`, `@x`, `<y>`), HTML (`<script>`,
// `&`) and a link that must not be followed (`javascript:`).

/** Text that is markup in Typst, HTML and Markdown alike; every renderer must print it as itself. */
export const hostileText = '#set page(width: 1pt) ] $x$ *gras* _pench_ @x <y> <script>alert(1)</script> & #{1+1}'

/** A hostile organization name (Typst and HTML syntax), listed with a followable link. */
export const hostileName = 'Pouvoir des [mots] #de Gaspé <b>&amp;</b>'

/** The sample Bilan in French or English. */
export function sampleBilanDocument(lang: Lang = 'fr'): BilanDocument {
  const fr = lang === 'fr'
  return {
    lang,
    title: fr
      ? 'Bilan des réalisations 2019-2021 de la Gaspésie–Îles-de-la-Madeleine'
      : '2019-2021 Report on Achievements of Gaspésie–Îles-de-la-Madeleine',
    ministry: fr
      ? "Ministère de l'Immigration, de la Francisation et de l'Intégration"
      : 'Ministère de l’Immigration, de la Francisation et de l’Intégration',
    dataLine: fr ? 'Données au 27 novembre 2026' : 'Data as of November 27, 2026',
    sections: [
      {
        key: 'intro',
        blocks: [
          {
            kind: 'paragraph',
            text: fr
              ? 'À ce jour, 83 personnes immigrantes ont été accompagnées.'
              : 'To date, 83 immigrants have been supported.',
          },
          { kind: 'paragraph', text: hostileText },
        ],
      },
      {
        key: 'agreements',
        blocks: [
          {
            kind: 'paragraph',
            text: fr ? 'Sept ententes avec différents partenaires.' : 'Seven agreements with partners.',
          },
        ],
      },
      {
        key: 'resources',
        heading: fr ? 'Des ressources disponibles' : 'Available resources',
        blocks: [
          {
            kind: 'list',
            items: [
              { text: 'Carrefour Jeunesse Emploi Rocher Percé Option Emploi', href: 'https://cje.example.org/' },
              { text: hostileName, href: 'javascript:alert(1)' },
            ],
          },
        ],
      },
      {
        key: 'servicePoints',
        heading: fr ? 'Points de services' : 'Service points',
        blocks: [
          {
            kind: 'paragraph',
            text: fr
              ? 'Courriel : accompagnement_qcdrbslgim@mifi.gouv.qc.ca'
              : 'Email: accompagnement_qcdrbslgim@mifi.gouv.qc.ca',
          },
          { kind: 'paragraph', text: fr ? 'Téléphone : 1 833 273-4667' : 'Phone: 1 833 273-4667' },
          {
            kind: 'list',
            items: [
              { text: 'Services Québec, 11, rue de la Cathédrale, ', strong: 'Gaspé' },
              { text: 'Services Québec, 314, boulevard Perron, ', strong: 'Carleton-sur-Mer' },
            ],
          },
        ],
      },
    ],
  }
}
