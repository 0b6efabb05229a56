import type { Localized } from '../../../platform/errors.js'

/** The words of every CSV import page (each module's page adds its title and its entities' names). */
export const importText = {
  intro: {
    fr: 'Importez un fichier CSV (UTF-8, virgule ou point-virgule, une ligne d’en-tête). L’importation est tout ou rien : si une seule ligne est refusée, rien n’est enregistré et le rapport liste chaque problème.',
    en: 'Import a CSV file (UTF-8, comma or semicolon, one header row). The import is all-or-nothing: if one row is refused, nothing is saved and the report lists every problem.',
  },
  entity: { fr: 'Données à importer', en: 'Data to import' },
  file: { fr: 'Fichier CSV', en: 'CSV file' },
  fileHint: { fr: 'Au plus 5 Mo et 20 000 lignes.', en: 'At most 5 MB and 20,000 rows.' },
  submit: { fr: 'Importer', en: 'Import' },
  columns: { fr: 'Colonnes attendues', en: 'Expected columns' },
  column: { fr: 'Colonne', en: 'Column' },
  required: { fr: 'Obligatoire', en: 'Required' },
  description: { fr: 'Contenu', en: 'Content' },
  yes: { fr: 'Oui', en: 'Yes' },
  no: { fr: 'Non', en: 'No' },
  done: { fr: '{n} lignes importées.', en: '{n} rows imported.' },
  doneOne: { fr: 'Une ligne importée.', en: 'One row imported.' },
  refusedOne: {
    fr: 'Rien n’a été importé : un problème à corriger dans le fichier.',
    en: 'Nothing was imported: one problem to fix in the file.',
  },
  refused: {
    fr: 'Rien n’a été importé : {n} problèmes à corriger dans le fichier.',
    en: 'Nothing was imported: {n} problems to fix in the file.',
  },
  report: { fr: 'Rapport d’importation', en: 'Import report' },
  line: { fr: 'Ligne', en: 'Line' },
  message: { fr: 'Problème', en: 'Problem' },
  noFile: { fr: 'Choisissez un fichier CSV.', en: 'Choose a CSV file.' },
} satisfies Record<string, Localized>
