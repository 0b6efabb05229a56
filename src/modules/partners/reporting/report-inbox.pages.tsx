import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { formatDate, formatDateTime, formatNumber } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table, TableHead } from '../../../platform/views/table.js'
import { listPendingReports } from './report-review.service.js'
import type { ReportListItem } from './report.contracts.js'
import { REPORT_LIST_LIMIT } from './report.queries.js'
import { listLimitText, reportText as m } from './report.messages.js'

/** The directorate's list of partner reports awaiting review. */
export const PENDING_REPORTS = '/app/rapports-partenaires'

function PendingReportsPage(p: { request: FastifyRequest; deps: ModuleDeps; reports: ReportListItem[] }) {
  const lang = p.request.lang
  const headings = [m.submittedAt, m.organization, m.agreement, m.deliverable, m.dueOn]
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.pendingTitle[lang]}>
      <h1>{m.pendingTitle[lang]}</h1>
      <p>{m.pendingHelp[lang]}</p>
      {p.reports.length >= REPORT_LIST_LIMIT && (
        <p>{listLimitText.firstPending(formatNumber(REPORT_LIST_LIMIT, lang))[lang]}</p>
      )}
      {p.reports.length === 0 ? (
        <p>{m.noPending[lang]}</p>
      ) : (
        <Table label={m.pendingTitle[lang]}>
          <TableHead lang={lang} heads={headings} />
          <tbody>
            {p.reports.map((r) => (
              <tr key={r.id}>
                <td>
                  <a href={`/app/ententes/${r.agreementId}/rapports/${r.id}`}>{formatDateTime(r.submittedAt, lang)}</a>
                </td>
                <td>{r.organizationName}</td>
                <td>{r.agreementReference}</td>
                <td>{r.deliverable ? r.deliverable.title : m.noDeliverable[lang]}</td>
                <td>{r.deliverable ? formatDate(r.deliverable.dueOn, lang) : ''}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </AppPage>
  )
}

/** Reports received: those awaiting review in the caller's regions, oldest first, each linked to its review page. */
export function registerReportInboxPage(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(PENDING_REPORTS, { schema: { hide: true } }, async (request, reply) => {
    const reports = await listPendingReports(ctxOf(request, deps))
    return sendPage(reply, <PendingReportsPage request={request} deps={deps} reports={reports} />)
  })
}
