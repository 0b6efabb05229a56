import { DetailsList } from '../../../platform/views/form.js'
import { formatDate, formatDateTime, formatMoney, formatNumber, type Lang } from '../../../platform/views/i18n.js'
import { SdgNotice } from '../../../platform/views/notice.js'
import { Table, TableHead } from '../../../platform/views/table.js'
import type { ReportListItem, ReportOutput } from './report.contracts.js'
import { NEUTRAL_FILE_NAME } from './report-files.js'
import { reportStatusLabels, reportText as m, sizeUnits } from './report.messages.js'

const n = (value: number | null, lang: Lang) => (value === null ? null : formatNumber(value, lang))

/** A file size in kilobytes or megabytes, as people read it. */
export function formatSize(bytes: number, lang: Lang): string {
  if (bytes < 1024 * 1024)
    return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), lang)} ${sizeUnits.kilobytes[lang]}`
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, lang)} ${sizeUnits.megabytes[lang]}`
}

/** The `Content-Disposition` of a download: an ASCII fallback name and the exact name (RFC 6266). */
export function attachmentHeader(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || NEUTRAL_FILE_NAME
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}

/** A list of reports: when, which deliverable, status; each links to `hrefOf(report)`. */
export function ReportTable(p: { lang: Lang; reports: ReportListItem[]; hrefOf: (r: ReportListItem) => string }) {
  const { lang } = p
  if (p.reports.length === 0) return <p>{m.noReports[lang]}</p>
  return (
    <Table label={m.reports[lang]}>
      <TableHead lang={lang} heads={[m.submittedAt, m.deliverable, m.status]} />
      <tbody>
        {p.reports.map((r) => (
          <tr key={r.id}>
            <td>
              <a href={p.hrefOf(r)}>{formatDateTime(r.submittedAt, lang)}</a>
            </td>
            <td>{r.deliverable ? r.deliverable.title : m.noDeliverable[lang]}</td>
            <td>{reportStatusLabels[r.status][lang]}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

function ActionsTable(p: { lang: Lang; report: ReportOutput }) {
  const { lang } = p
  if (p.report.actions.length === 0) return null
  return (
    <>
      <h2>{m.actions[lang]}</h2>
      <Table label={m.actions[lang]}>
        <TableHead
          lang={lang}
          heads={[m.kind, m.actionTitle, m.startOn, m.municipality, m.immigrantParticipants, m.totalParticipants]}
        />
        <tbody>
          {p.report.actions.map((a) => (
            <tr key={a.id}>
              <td>{a.kindName[lang]}</td>
              <td>{a.title}</td>
              <td>
                {formatDate(a.startOn, lang)}
                {a.endOn !== a.startOn ? ` – ${formatDate(a.endOn, lang)}` : ''}
              </td>
              <td>{a.municipality ?? ''}</td>
              <td>{n(a.immigrantParticipants, lang) ?? ''}</td>
              <td>{n(a.totalParticipants, lang) ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  )
}

function FilesList(p: { lang: Lang; report: ReportOutput; fileHref: (fileId: string) => string }) {
  const { lang } = p
  return (
    <>
      <h2>{m.files[lang]}</h2>
      {p.report.files.length === 0 ? (
        <p>{m.noFiles[lang]}</p>
      ) : (
        <ul>
          {p.report.files.map((f) => (
            <li key={f.id}>
              <a href={p.fileHref(f.id)} download={f.fileName}>
                {f.fileName}
              </a>{' '}
              ({formatSize(f.sizeBytes, lang)})
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

/** A report as both sides read it: status and review comment, narrative, figures, declared actions, files. */
export function ReportDetails(p: { lang: Lang; report: ReportOutput; fileHref: (fileId: string) => string }) {
  const { lang, report: r } = p
  return (
    <>
      {r.status === 'returned' ? (
        <SdgNotice lang={lang} type="warning" title={reportStatusLabels.returned[lang]}>
          <p>{r.reviewComment}</p>
        </SdgNotice>
      ) : null}
      <DetailsList
        rows={[
          [m.organization[lang], r.organizationName],
          [m.agreement[lang], r.agreementReference],
          [m.deliverable[lang], r.deliverable ? r.deliverable.title : m.noDeliverable[lang]],
          [m.submittedAt[lang], formatDateTime(r.submittedAt, lang)],
          [m.status[lang], reportStatusLabels[r.status][lang]],
          [m.reviewedOn[lang], r.reviewedAt ? formatDateTime(r.reviewedAt, lang) : null],
          [m.reviewComment[lang], r.status === 'accepted' ? r.reviewComment : null],
        ]}
      />
      <h2>{m.narrative[lang]}</h2>
      {r.narrative.split(/\n\s*\n/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
      <h2>{m.figures[lang]}</h2>
      <DetailsList
        rows={[
          [m.immigrantParticipants[lang], n(r.immigrantParticipants, lang)],
          [m.totalParticipants[lang], n(r.totalParticipants, lang)],
          [m.activitiesHeld[lang], n(r.activitiesHeld, lang)],
          [m.spent[lang], r.spentCents === null ? null : formatMoney(r.spentCents, lang)],
        ]}
      />
      <ActionsTable lang={lang} report={r} />
      <FilesList lang={lang} report={r} fileHref={p.fileHref} />
    </>
  )
}
