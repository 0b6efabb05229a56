import { DetailsList } from '../../../platform/views/form.js'
import { formatNumber, type Lang } from '../../../platform/views/i18n.js'
import type { PublicCount } from '../bilan/bilan.model.js'
import { figureLabels as f } from './publication.messages.js'
import type { PublishedBilan } from './publication.presenter.js'

/** A published count in words a reader understands: "moins de 5" for a suppressed one, else the number. */
export function publicCountText(lang: Lang, count: PublicCount): string {
  return count === '<5' ? f.fewerThanFive[lang] : formatNumber(count, lang)
}

/** The key figures of a Bilan (persons, enterprises, agreements), as a description list. */
export function KeyFigures(p: { lang: Lang; figures: PublishedBilan['figures'] }) {
  const { lang, figures } = p
  const rows: [string, string][] = [
    [f.personsAccompanied[lang], publicCountText(lang, figures.personsAccompanied)],
    [f.enterprisesAccompanied[lang], publicCountText(lang, figures.enterprisesAccompanied)],
    [f.agreements[lang], formatNumber(figures.agreements, lang)],
  ]
  return <DetailsList rows={rows} />
}
