import type { Localized } from '../../../platform/errors.js'

/** The people import page's title (its generic words are the access module's `importText`). */
export const importTitle: Localized = { fr: 'Importer des données', en: 'Import data' }

export const importEntityLabels: Record<string, Localized> = {
  persons: { fr: 'Personnes', en: 'Persons' },
  dossiers: { fr: 'Dossiers', en: 'Dossiers' },
  interventions: { fr: 'Interventions', en: 'Interventions' },
}
