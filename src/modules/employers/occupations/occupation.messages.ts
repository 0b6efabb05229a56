import type { Localized } from '../../../platform/errors.js'

/** The occupations feature's words (CNP picker, classification page). */
export const occupationText = {
  pageTitle: {
    fr: 'Classification nationale des professions (CNP 2021)',
    en: 'National Occupational Classification (NOC 2021)',
  },
  searchLabel: { fr: 'Rechercher une profession', en: 'Search an occupation' },
  q: { fr: 'Code ou mots du titre', en: 'Code or words of the title' },
  qHint: {
    fr: 'Un code (ou son début, par exemple 2123) ou des mots du titre français ou anglais, avec ou sans accents.',
    en: 'A code (or its first digits, e.g. 2123) or words of the French or English title, with or without accents.',
  },
  search: { fr: 'Rechercher', en: 'Search' },
  results: { fr: 'Professions trouvées', en: 'Occupations found' },
  none: { fr: 'Aucune profession ne correspond à cette recherche.', en: 'No occupation matches this search.' },
  typeToSearch: { fr: 'Tapez un code ou des mots pour chercher.', en: 'Type a code or words to search.' },
  code: { fr: 'Code', en: 'Code' },
  title: { fr: 'Titre', en: 'Title' },
  teer: { fr: 'FEER', en: 'TEER' },
  broadCategory: { fr: 'Grande catégorie', en: 'Broad category' },
  minorGroup: { fr: 'Groupe intermédiaire', en: 'Minor group' },
  fieldHint: {
    fr: 'Le code CNP à 5 chiffres, ou des mots du titre (par exemple « infirmière »).',
    en: 'The 5-digit NOC code, or words of the title (e.g. “nurse”).',
  },
  fieldHintMultiple: {
    fr: 'Un ou plusieurs codes CNP à 5 chiffres, séparés par des virgules, ou des mots du titre.',
    en: 'One or more 5-digit NOC codes, separated by commas, or words of the title.',
  },
  suggestions: { fr: 'Suggestions', en: 'Suggestions' },
  choose: { fr: 'Choisir', en: 'Choose' },
} satisfies Record<string, Localized>

/** The field error of a CNP code that does not exist. */
export function unknownCnpCode(code: string): Localized {
  return { fr: `Code CNP inconnu : ${code}`, en: `Unknown CNP code: ${code}` }
}

/** The field error of words that match several unit groups (or none): the closest, to retype the exact code. */
export function ambiguousCnpWords(words: string, closest: string[]): Localized {
  if (closest.length === 0)
    return {
      fr: `Aucune profession ne correspond à « ${words} » : tapez le code CNP à 5 chiffres.`,
      en: `No occupation matches “${words}”: type the 5-digit NOC code.`,
    }
  const list = closest.join(' ; ')
  return {
    fr: `Plusieurs professions correspondent à « ${words} » ; tapez le code voulu : ${list}.`,
    en: `Several occupations match “${words}”; type the code you mean: ${list}.`,
  }
}
