import type { AgreementSection } from '../agreements/agreement-sections.js'
import { ReportTable } from './report-views.js'
import { listReportsOfAgreement } from './report-review.service.js'
import { reportText as m } from './report.messages.js'

/**
 * The agreement page's section of partner reports: date, deliverable, status, each linked to its review page. The page
 * has read and scope-checked the agreement; the section reads its reports by id, without checking it again.
 */
export const reportsSection: AgreementSection = async (request, deps, agreement) => {
  const reports = await listReportsOfAgreement(deps.db, agreement.id)
  const lang = request.lang
  return (
    <section aria-labelledby="agreement-reports">
      <h2 id="agreement-reports">{m.reports[lang]}</h2>
      <ReportTable lang={lang} reports={reports} hrefOf={(r) => `/app/ententes/${agreement.id}/rapports/${r.id}`} />
    </section>
  )
}
