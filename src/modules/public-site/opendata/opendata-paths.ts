import type { Localized } from '../../../platform/errors.js'

/** The open-data page's address in both languages; its files are under it (`<page>/<set>.csv`). */
export const openDataPaths = { fr: '/fr/donnees-ouvertes', en: '/en/open-data' } satisfies Localized

/** The data dictionary's file name (without extension), beside the sets' files. */
export const DICTIONARY_FILE = 'dictionnaire'
