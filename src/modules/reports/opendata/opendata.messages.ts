import type { Localized } from '../../../platform/errors.js'

// The open data's words, French and English: the suppression rule, the licence, the dimension columns' definitions.
// The data dictionary, the export's README and the public page all say the same thing from here.

export const openDataText = {
  title: { fr: 'Données ouvertes', en: 'Open data' },
  about: {
    fr: 'Statistiques agrégées de l’accompagnement des personnes immigrantes et des entreprises, des ententes avec les organismes partenaires et des actions locales financées, par région administrative et par année financière du Québec (du 1er avril au 31 mars). Aucune donnée ne porte sur une personne ou une entreprise en particulier.',
    en: 'Aggregate statistics on the accompaniment of immigrants and enterprises, the agreements with partner organizations and the funded local actions, by administrative region and Québec fiscal year (April 1 to March 31). No data is about a particular person or enterprise.',
  },
  suppressionRule: {
    fr: 'Pour qu’on ne puisse reconnaître personne, les nombres de personnes, de dossiers, d’entreprises et d’embauches de 1 à 4 sont publiés « <5 » (suppression primaire). Quand une seule valeur d’un groupe (les régions d’une année et leur total du Québec; les types d’un même ensemble et leur total) est masquée, la plus petite autre valeur non nulle du groupe est aussi masquée et publiée « x » (suppression complémentaire), de sorte qu’aucune valeur masquée ne se retrouve par soustraction. Un total n’est masqué que s’il le faut. Les ententes, les sommes engagées et les actions financées ne portent pas sur des personnes et ne sont jamais masquées. Le total du Québec d’une personne accompagnée dans deux régions la compte une seule fois.',
    en: 'So that nobody can be recognized, counts of persons, dossiers, enterprises and hires from 1 to 4 are published as "<5" (primary suppression). When a single value of a group (the regions of a year and their Québec total; the kinds of a set and their total) is hidden, the smallest other non-zero value of the group is hidden too and published as "x" (complementary suppression), so that no hidden value can be recovered by subtraction. A total is hidden only when it must be. Agreements, amounts committed and funded actions are not about persons and are never hidden. The Québec total counts a person accompanied in two regions once.',
  },
  suppressionShort: {
    fr: '1 à 4 publiés « <5 »; suppression complémentaire « x »',
    en: '1 to 4 published as "<5"; complementary suppression "x"',
  },
  notSuppressed: { fr: 'Aucune (donnée non personnelle)', en: 'None (not personal data)' },
  licence: {
    fr: 'Creative Commons Attribution 4.0 International (CC BY 4.0), proposée par défaut : la licence est fixée par l’exploitant (la direction régionale ou le ministère) avant la diffusion.',
    en: 'Creative Commons Attribution 4.0 International (CC BY 4.0), proposed by default: the licence is set by the operator (the regional directorate or the ministry) before publication.',
  },
  dictionary: { fr: 'Dictionnaire de données', en: 'Data dictionary' },
} satisfies Record<string, Localized>

/** The dimension columns every set shares, and the second dimensions, as the dictionary describes them. */
export const dimensionText: Record<string, { label: Localized; definition: Localized }> = {
  annee_financiere: {
    label: { fr: 'Année financière', en: 'Fiscal year' },
    definition: {
      fr: 'Année financière du Québec, du 1er avril au 31 mars, écrite « 2019-2020 ».',
      en: 'Québec fiscal year, April 1 to March 31, written "2019-2020".',
    },
  },
  code_region: {
    label: { fr: 'Code de région', en: 'Region code' },
    definition: {
      fr: 'Code de la région administrative (01 à 17); 00 : ensemble du Québec.',
      en: 'Administrative region code (01 to 17); 00: all of Québec.',
    },
  },
  region_fr: {
    label: { fr: 'Région (français)', en: 'Region (French)' },
    definition: { fr: 'Nom français de la région.', en: 'French name of the region.' },
  },
  region_en: {
    label: { fr: 'Région (anglais)', en: 'Region (English)' },
    definition: { fr: 'Nom anglais de la région.', en: 'English name of the region.' },
  },
  code_programme: {
    label: { fr: 'Code du programme', en: 'Program code' },
    definition: {
      fr: 'Programme de l’entente; TOUS : tous les programmes.',
      en: 'Program of the agreement; TOUS: all programs.',
    },
  },
  programme_fr: {
    label: { fr: 'Programme (français)', en: 'Program (French)' },
    definition: { fr: 'Nom français du programme.', en: 'French name of the program.' },
  },
  programme_en: {
    label: { fr: 'Programme (anglais)', en: 'Program (English)' },
    definition: { fr: 'Nom anglais du programme.', en: 'English name of the program.' },
  },
  code_type_action: {
    label: { fr: 'Code du type d’action', en: 'Kind of action code' },
    definition: {
      fr: 'Type d’action locale; TOUS : tous les types.',
      en: 'Kind of local action; TOUS: all kinds.',
    },
  },
  type_action_fr: {
    label: { fr: 'Type d’action (français)', en: 'Kind of action (French)' },
    definition: { fr: 'Nom français du type d’action.', en: 'French name of the kind of action.' },
  },
  type_action_en: {
    label: { fr: 'Type d’action (anglais)', en: 'Kind of action (English)' },
    definition: { fr: 'Nom anglais du type d’action.', en: 'English name of the kind of action.' },
  },
}
