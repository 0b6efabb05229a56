import { KeyFigures, type PublishedBilan, publishedBilanPath } from '../../reports/index.js'
import { formatDate, type Lang } from '../../../platform/views/i18n.js'
import { bilanText as m } from '../public-site.messages.js'

export const periodText = (lang: Lang, p: { from: string; to: string }) =>
  `${formatDate(p.from, lang)} – ${formatDate(p.to, lang)}`

/** One published Bilan in the region's list: its period (linked), version, publication date and key figures. */
function BilanItem(p: { lang: Lang; slug: string; b: PublishedBilan }) {
  const { lang, b } = p
  return (
    <li>
      <h3>
        <a href={publishedBilanPath(lang, p.slug, b.id)}>
          {m.oneTitle[lang]} — {periodText(lang, b.period)}
        </a>
      </h3>
      <p>
        {m.version(b.version)[lang]} · {m.publishedOn[lang]} {formatDate(new Date(b.publishedAt), lang)}
      </p>
      <KeyFigures lang={lang} figures={b.figures} />
    </li>
  )
}

/** The region's published Bilans, newest first (nothing when none is published). */
export function PublishedBilans(p: { lang: Lang; slug: string; bilans: PublishedBilan[] }) {
  const { lang } = p
  if (p.bilans.length === 0) return null
  return (
    <section aria-labelledby="bilans">
      <h2 id="bilans">{m.listTitle[lang]}</h2>
      <p>{m.listIntro[lang]}</p>
      <ul class="bilan-list">
        {p.bilans.map((b) => (
          <BilanItem key={b.id} lang={lang} slug={p.slug} b={b} />
        ))}
      </ul>
    </section>
  )
}
