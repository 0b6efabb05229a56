import type { RegionRow } from '../../territory/index.js'
import { describedBy, FieldError } from '../../../platform/views/form.js'
import { SdgNotice } from '../../../platform/views/notice.js'
import { type Lang, otherLang } from '../../../platform/views/i18n.js'
import { Layout } from '../../../platform/views/layout.js'
import type { Site } from '../../../platform/views/site.js'
import { noRegionMatches, regionCount, regionText as m, searchText as s } from '../public-site.messages.js'
import { allRegionsHref } from './region-paths.js'
import { type PointCounts, RegionTiles } from './region-tiles.js'

const INPUT_ID = 'region-q'

/** The home in the other language, with the same search (region names are searched in that language there). */
const otherLangHref = (lang: Lang, q: string) => `/${otherLang(lang)}${q ? `?q=${encodeURIComponent(q)}` : ''}`

/**
 * The search bar of the SDG kit (`qc-search-bar`: a search input and its submit button with the search icon),
 * server-rendered in a plain GET form so it works without JavaScript; labelled, with its hint and its error.
 */
function RegionSearchBar(p: { lang: Lang; q: string; error?: string }) {
  const { lang } = p
  return (
    // biome-ignore lint/a11y/useSemanticElements: the <search> element (2023) is not exposed by every screen reader yet; a form with role="search" is
    <form role="search" method="get" action={`/${lang}`} aria-label={s.landmark[lang]} class="region-search">
      <label class="qc-label" for={INPUT_ID}>
        <span class="qc-label-text">{s.label[lang]}</span>
      </label>
      <div class="qc-description" id={`${INPUT_ID}-hint`}>
        {s.hint[lang]}
      </div>
      <div class={p.error ? 'qc-search-bar field-invalid' : 'qc-search-bar'}>
        <div class="qc-search-input">
          <input
            type="search"
            id={INPUT_ID}
            name="q"
            value={p.q}
            autocomplete="off"
            aria-describedby={describedBy(INPUT_ID, true, Boolean(p.error))}
            aria-invalid={p.error ? 'true' : undefined}
          />
        </div>
        <button type="submit" class="qc-icon-button" data-button-size="xl">
          <span class="qc-icon" data-img-type="search-thin" data-img-size="md" aria-hidden="true" />
          <span class="qc-sr-only">{s.submit[lang]}</span>
        </button>
      </div>
      {p.error ? <FieldError id={`${INPUT_ID}-error`} message={p.error} /> : null}
    </form>
  )
}

/** What the search found: the count and the tiles, or a notice with a way back to every region. */
function SearchResults(p: { lang: Lang; q: string; regions: RegionRow[]; points: PointCounts }) {
  const { lang, q } = p
  if (p.regions.length === 0) {
    return (
      <SdgNotice lang={lang} type="information" title={noRegionMatches(lang, q)}>
        <p>{s.noMatchHint[lang]}</p>
        <p>
          <a href={allRegionsHref(lang)}>{s.showAll[lang]}</a>
        </p>
      </SdgNotice>
    )
  }
  return (
    <>
      <p class="result-count">
        {regionCount(lang, p.regions.length, q)}
        {q ? (
          <>
            {' — '}
            <a href={allRegionsHref(lang)}>{s.showAll[lang]}</a>
          </>
        ) : null}
      </p>
      <RegionTiles lang={lang} regions={p.regions} points={p.points} />
    </>
  )
}

export type RegionsIndexProps = {
  site: Site
  lang: Lang
  /** The regions to show: every region, or those matching the search. */
  regions: RegionRow[]
  points: PointCounts
  /** The search as typed (trimmed), '' for none. */
  q: string
  /** The message of a search that does not validate (too long); every region is then shown. */
  error?: string
}

/** The public home: the regions of Québec as tiles, with a search bar that filters them by name. */
export function RegionsIndex(p: RegionsIndexProps) {
  const { lang } = p
  const title = p.error ? `${s.errorTitle[lang]} – ${m.homeTitle[lang]}` : m.homeTitle[lang]
  return (
    <Layout site={p.site} lang={lang} title={title} otherLangHref={otherLangHref(lang, p.error ? '' : p.q)}>
      <h1>{m.homeTitle[lang]}</h1>
      <p>{m.homeIntro[lang]}</p>
      <h2 id="regions">{m.regions[lang]}</h2>
      <RegionSearchBar lang={lang} q={p.q} error={p.error} />
      <SearchResults lang={lang} q={p.error ? '' : p.q} regions={p.regions} points={p.points} />
      <p>
        <a href={`/app/connexion?lang=${lang}`}>{m.staffSignIn[lang]}</a>
      </p>
    </Layout>
  )
}
