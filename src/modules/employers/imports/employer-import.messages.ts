import type { Localized } from '../../../platform/errors.js'

/** The employers import page's and rows' texts. */
export const employerImportText = {
  title: { fr: 'Importer des entreprises et des besoins de main-d’œuvre', en: 'Import enterprises and labour needs' },
  enterprises: { fr: 'Entreprises', en: 'Enterprises' },
  labourNeeds: { fr: 'Besoins de main-d’œuvre', en: 'Labour needs' },
  unknownNeq: {
    fr: 'Aucune entreprise de votre territoire n’a ce NEQ : importez d’abord l’entreprise.',
    en: 'No enterprise of your territory has this NEQ: import the enterprise first.',
  },
} satisfies Record<string, Localized>

/** A row refused as a likely duplicate: the enterprises of a similar name, and how to import it anyway. */
export function similarEnterprises(names: readonly string[]): Localized {
  const list = names.slice(0, 3).join(' ; ')
  return {
    fr: `Une entreprise de nom semblable existe dans cette municipalité (${list}). Si c’est une autre entreprise, mettez true dans la colonne confirmed_not_duplicate.`,
    en: `An enterprise with a similar name exists in this municipality (${list}). If this is another enterprise, put true in the confirmed_not_duplicate column.`,
  }
}
