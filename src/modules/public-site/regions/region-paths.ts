import type { Lang } from '../../../platform/views/i18n.js'

/** A region's public page: `/fr/regions/gaspesie-iles-de-la-madeleine`. */
export const regionHref = (lang: Lang, slug: string) => `/${lang}/regions/${slug}`

/** The list of every region on the home page (its heading's anchor). */
export const allRegionsHref = (lang: Lang) => `/${lang}#regions`
