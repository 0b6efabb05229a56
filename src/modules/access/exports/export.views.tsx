import { colon, formatBytes, formatDateTime, formatNumber, type Lang } from '../../../platform/views/i18n.js'
import { Table } from '../../../platform/views/table.js'
import type { AnyExportSource } from './export.contracts.js'
import { EXPORTS_PAGE } from './export-form.view.js'
import { exportText as m, failureText, statusText } from './export.messages.js'
import type { ExportOutput } from './export.service.js'

/** An export's page, its file, and where its cancel button posts. */
export const exportHref = (id: string) => `${EXPORTS_PAGE}/${id}`
export const fileHref = (id: string) => `${EXPORTS_PAGE}/${id}/fichier`
export const cancelHref = (id: string) => `${EXPORTS_PAGE}/${id}/annuler`

/** What the history calls a source (its name if the source is gone). */
export function sourceTitle(sources: readonly AnyExportSource[], name: string, lang: Lang): string {
  return sources.find((s) => s.name === name)?.title[lang] ?? name
}

/** The export as it stands at `now`: a finished one whose file's time is past reads as expired before the sweep ran. */
export function asOf(e: ExportOutput, now: Date): ExportOutput {
  return e.status === 'done' && e.expiresAt !== null && new Date(e.expiresAt) <= now ? { ...e, status: 'expired' } : e
}

/** Whether the user can still cancel it. */
export const isActive = (e: ExportOutput) => e.status === 'queued' || e.status === 'running'

/** Whether its file can be downloaded now. */
export const isDownloadable = (e: ExportOutput, now: Date) =>
  e.status === 'done' && (e.expiresAt === null || new Date(e.expiresAt) > now)

/** The status in words, with why it failed or that a cancellation is on its way. */
export function StatusWords(p: { e: ExportOutput; lang: Lang }) {
  const { e, lang } = p
  const base = statusText[e.status][lang]
  if (e.status === 'failed' && e.error) {
    const why = failureText[e.error]?.[lang] ?? e.error
    return <>{`${base}${colon(lang)}${why}`}</>
  }
  if (isActive(e) && e.cancelRequested) return <>{`${base} (${m.cancelRequested[lang]})`}</>
  return <>{base}</>
}

/**
 * "12 000 / 250 000 lignes", with a progress bar labelled by those words (shown once) while the export runs or once
 * its file is ready; an export that ended without its file, or with no row, keeps only its words.
 */
export function Progress(p: { e: ExportOutput; lang: Lang }) {
  const { e, lang } = p
  const total = e.rowsTotal
  const words =
    total === null
      ? `${formatNumber(e.rowsDone, lang)} ${m.lines[lang]}`
      : `${formatNumber(e.rowsDone, lang)} / ${formatNumber(total, lang)} ${m.lines[lang]}`
  if (!isActive(e) && (e.status !== 'done' || !total)) return <span>{words}</span>
  const id = `progress-${e.id}`
  return (
    <span class="export-progress">
      <progress max={Math.max(total ?? 0, 1)} value={total === null ? undefined : e.rowsDone} aria-labelledby={id} />{' '}
      <span id={id}>{words}</span>
    </span>
  )
}

/** The cancel button of a queued or running export (a small POST form, no JavaScript needed). */
export function CancelButton(p: { e: ExportOutput; lang: Lang; csrfToken: string; what: string; back?: 'history' }) {
  const label = m.cancelOf[p.lang].replace('{what}', p.what)
  return (
    <form method="post" action={cancelHref(p.e.id)} class="inline-form">
      <input type="hidden" name="_csrf" value={p.csrfToken} />
      {p.back ? <input type="hidden" name="back" value={p.back} /> : null}
      <button class="qc-button qc-secondary qc-compact" type="submit" aria-label={label}>
        {m.cancel[p.lang]}
      </button>
    </form>
  )
}

function Actions(p: { e: ExportOutput; lang: Lang; csrfToken: string; what: string; now: Date }) {
  const { e, lang } = p
  if (isDownloadable(e, p.now))
    return (
      <a href={fileHref(e.id)} aria-label={m.downloadOf[lang].replace('{what}', p.what)} download>
        {m.download[lang]}
      </a>
    )
  if (isActive(e) && !e.cancelRequested)
    return <CancelButton e={e} lang={lang} csrfToken={p.csrfToken} what={p.what} back="history" />
  return null
}

/** The history table: what, format, asked at, status, progress, size, expiry, download or cancel. */
export function ExportTable(p: {
  exports: ExportOutput[]
  sources: readonly AnyExportSource[]
  lang: Lang
  csrfToken: string
  now: Date
}) {
  const { lang } = p
  return (
    <Table label={m.title[lang]}>
      <thead>
        <tr>
          {m.cols[lang].map((c) => (
            <th scope="col">{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {p.exports.map((e) => {
          const what = `${sourceTitle(p.sources, e.source, lang)} (${formatDateTime(e.createdAt, lang)})`
          return (
            <tr key={e.id}>
              <th scope="row">
                <a href={exportHref(e.id)}>{sourceTitle(p.sources, e.source, lang)}</a>
              </th>
              <td>{e.format.toUpperCase()}</td>
              <td>{formatDateTime(e.createdAt, lang)}</td>
              <td>
                <StatusWords e={e} lang={lang} />
              </td>
              <td>
                <Progress e={e} lang={lang} />
              </td>
              <td>{e.bytes === null ? '' : formatBytes(e.bytes, lang)}</td>
              <td>{e.expiresAt && e.status === 'done' ? formatDateTime(e.expiresAt, lang) : ''}</td>
              <td>
                <Actions e={e} lang={lang} csrfToken={p.csrfToken} what={what} now={p.now} />
              </td>
            </tr>
          )
        })}
      </tbody>
    </Table>
  )
}
