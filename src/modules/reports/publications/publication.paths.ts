import type { Lang } from '../../../platform/views/i18n.js'
import type { BilanPeriod } from './narrative.contracts.js'

export const BILANS = '/app/bilans'
export const NARRATIVE = '/app/bilans/texte'
export const PUBLISH = '/app/bilans/publier'
export const PUBLICATIONS = '/app/bilans/publications'

/** `region=11&from=2019-08-01&to=2021-06-30`: a Bilan's period in a link. */
export const periodQuery = (p: BilanPeriod) =>
  `region=${encodeURIComponent(p.region)}&from=${encodeURIComponent(p.from)}&to=${encodeURIComponent(p.to)}`

/** A published Bilan's public page (`ext`: its PDF or DOCX): `/fr/regions/<slug>/bilans/<id>`. */
export const publishedBilanPath = (lang: Lang, slug: string, id: string, ext?: 'pdf' | 'docx') =>
  `/${lang}/regions/${slug}/bilans/${id}${ext ? `.${ext}` : ''}`
