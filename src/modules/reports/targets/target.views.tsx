import { colon, formatDate, formatNumber, type Lang, localName } from '../../../platform/views/i18n.js'
import { Table } from '../../../platform/views/table.js'
import { fiscalYearLabel } from '../../partners/index.js'
import type { IndicatorProgress, RegionProgress } from './target.contracts.js'
import { outOf, targetText as m } from './target.messages.js'

export const TARGETS = '/app/cibles'
export const RESULTS_ID = 'target-results'

const percent = (n: number, lang: Lang) => `${formatNumber(n, lang)}${lang === 'fr' ? ' %' : '%'}`

function valueText(i: IndicatorProgress, value: number | null, lang: Lang, empty: string): string {
  if (value === null) return empty
  return i.kind === 'share' ? percent(value, lang) : formatNumber(value, lang)
}

function ActualCell(p: { i: IndicatorProgress; lang: Lang }) {
  const { i, lang } = p
  if (i.kind === 'count') return <td>{formatNumber(i.actual ?? 0, lang)}</td>
  if (i.actual === null) return <td>{m.noData[lang]}</td>
  return (
    <td>
      {percent(i.actual, lang)}{' '}
      <span class="text-muted">
        ({formatNumber(i.numerator ?? 0, lang)} {outOf[lang]} {formatNumber(i.denominator ?? 0, lang)})
      </span>
    </td>
  )
}

/** Progress as words (reached or not, share of the target) and a `<progress>` bar that repeats them, never colour. */
function ProgressCell(p: { i: IndicatorProgress; lang: Lang }) {
  const { i, lang } = p
  if (i.target === null) return <td>{m.noTarget[lang]}</td>
  if (i.reached === null) return <td>{m.noData[lang]}</td>
  const status = i.reached ? m.reached[lang] : m.notReached[lang]
  if (i.progress === null) return <td>{status}</td>
  const share = Math.round(i.progress * 100)
  const text = `${status}${colon(lang)}${percent(share, lang)} ${m.ofTarget[lang]}`
  return (
    <td>
      <div>{text}</div>
      <progress max={100} value={Math.min(share, 100)} aria-label={`${i.label[lang]}${colon(lang)}${text}`}>
        {percent(share, lang)}
      </progress>
    </td>
  )
}

/** One region's table: indicator, target, actual (with its numerator and denominator for a share), progress. */
export function RegionTargets(p: { region: RegionProgress; lang: Lang; editHref?: string }) {
  const { region, lang } = p
  const name = localName(lang, region)
  const year = fiscalYearLabel(region.fiscalYear)
  const started = region.to >= region.from
  return (
    <section aria-labelledby={`region-${region.regionCode}`}>
      <h2 id={`region-${region.regionCode}`}>{name}</h2>
      <p>
        {m.period[lang]}
        {colon(lang)}
        {started
          ? `${formatDate(region.from, lang)} – ${formatDate(region.to, lang)}${region.to < `${region.fiscalYear + 1}-03-31` ? ` ${m.toDate[lang]}` : ''}`
          : m.notStarted[lang]}
      </p>
      <Table label={`${m.title[lang]} — ${name}, ${year}`}>
        <caption>{`${m.title[lang]} — ${name}, ${year}`}</caption>
        <thead>
          <tr>
            {[m.indicator, m.target, m.actual, m.progress].map((h) => (
              <th key={h.en} scope="col">
                {h[lang]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {region.indicators.map((i) => (
            <tr key={i.indicator}>
              <th scope="row">{i.label[lang]}</th>
              <td>{valueText(i, i.target, lang, m.noTarget[lang])}</td>
              <ActualCell i={i} lang={lang} />
              <ProgressCell i={i} lang={lang} />
            </tr>
          ))}
        </tbody>
      </Table>
      {p.editHref ? (
        <p>
          <a class="qc-button qc-secondary" href={p.editHref}>
            {m.edit[lang]} — {name}, {year}
          </a>
        </p>
      ) : null}
    </section>
  )
}

/** What each indicator counts, once under the tables. */
export function Definitions(p: { indicators: IndicatorProgress[]; lang: Lang }) {
  return (
    <section aria-labelledby="target-definitions">
      <h2 id="target-definitions">{m.definitions[p.lang]}</h2>
      <dl>
        {p.indicators.map((i) => [
          <dt key={`t-${i.indicator}`}>{i.label[p.lang]}</dt>,
          <dd key={`d-${i.indicator}`}>{i.definition[p.lang]}</dd>,
        ])}
      </dl>
    </section>
  )
}
