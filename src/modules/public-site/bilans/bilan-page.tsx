import { BilanArticle, KeyFigures, type PublishedBilan, publishedBilanPath } from '../../reports/index.js'
import type { RegionRow } from '../../territory/index.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import { formatDate, type Lang, localName, otherLang } from '../../../platform/views/i18n.js'
import { Layout } from '../../../platform/views/layout.js'
import type { Site } from '../../../platform/views/site.js'
import { bilanText as m, regionText } from '../public-site.messages.js'
import { allRegionsHref, regionHref } from '../regions/region-paths.js'
import { periodText } from './bilan-list.js'

type Props = { site: Site; lang: Lang; region: RegionRow; bilan: PublishedBilan; versions: PublishedBilan[] }

/** Its version among the versions of the same period, its dates and its downloads. */
function Facts(p: Props) {
  const { lang, bilan } = p
  const href = (ext: 'pdf' | 'docx') => publishedBilanPath(lang, p.region.slug, bilan.id, ext)
  return (
    <>
      <p>
        {m.version(bilan.version, p.versions.length)[lang]} · {m.publishedOn[lang]}{' '}
        {formatDate(new Date(bilan.publishedAt), lang)} · {m.dataAsOf[lang]}{' '}
        {formatDate(new Date(bilan.dataAsOf), lang)}
      </p>
      <h2>{m.downloads[lang]}</h2>
      <ul>
        <li>
          <a href={href('pdf')} type="application/pdf" download>
            {m.pdf[lang]}
          </a>
        </li>
        <li>
          <a href={href('docx')} download>
            {m.docx[lang]}
          </a>
        </li>
      </ul>
    </>
  )
}

/** Links to the other versions of the same period (nothing when it is the only one). */
function OtherVersions(p: Props) {
  const { lang } = p
  const others = p.versions.filter((v) => v.id !== p.bilan.id)
  if (others.length === 0) return null
  return (
    <section aria-labelledby="versions">
      <h2 id="versions">{m.versions[lang]}</h2>
      <ul>
        {others.map((v) => (
          <li key={v.id}>
            <a href={publishedBilanPath(lang, p.region.slug, v.id)}>{m.version(v.version, p.versions.length)[lang]}</a>{' '}
            ({m.publishedOn[lang]} {formatDate(new Date(v.publishedAt), lang)})
          </li>
        ))}
      </ul>
    </section>
  )
}

/** A published Bilan's public page: the document as published, in the page's language, its version and downloads. */
export function BilanPublicPage(p: Props) {
  const { lang, region, bilan } = p
  const doc = bilan.documents[lang]
  const trail = [
    { href: `/${lang}`, label: regionText.home[lang] },
    { href: allRegionsHref(lang), label: regionText.regions[lang] },
    { href: regionHref(lang, region.slug), label: localName(lang, region) },
  ]
  const other = otherLang(lang)
  return (
    <Layout
      site={p.site}
      lang={lang}
      title={doc.title}
      otherLangHref={publishedBilanPath(other, region.slug, bilan.id)}
    >
      <Breadcrumb lang={lang} trail={trail} current={`${m.oneTitle[lang]} — ${periodText(lang, bilan.period)}`} />
      <BilanArticle doc={doc} titleLevel={1} />
      <Facts {...p} />
      <h2>{m.figures[lang]}</h2>
      <KeyFigures lang={lang} figures={bilan.figures} />
      <OtherVersions {...p} />
    </Layout>
  )
}
