import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, type Ctx, ctxOf, forbiddenUnless, type ModuleDeps } from '../../access/index.js'
import { notFound } from '../../../platform/errors.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import { formatDateTime } from '../../../platform/views/i18n.js'
import { Notice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { attachmentHeader, ReportDetails } from './report-views.js'
import { downloadReportFile, getReport } from './report-review.service.js'
import type { ReportOutput } from './report.contracts.js'
import { reportText as m } from './report.messages.js'
import { isPartnerAccount } from './report.policy.js'

const PORTAL_AGREEMENTS = '/partenaires/ententes'
const reportParams = z.object({ id: z.uuid(), reportId: z.uuid() })
const fileParams = reportParams.extend({ fileId: z.uuid() })
const shownQuery = z.object({ soumis: z.string().optional() })

/** A report of the partner's own organization, reached through the agreement it was made on (else not_found). */
async function ownReport(ctx: Ctx, agreementId: string, reportId: string) {
  forbiddenUnless(isPartnerAccount(ctx.actor))
  const report = await getReport(ctx, reportId)
  if (report.agreementId !== agreementId) throw notFound('report')
  return report
}

function PortalReportPage(p: { request: FastifyRequest; deps: ModuleDeps; report: ReportOutput; submitted: boolean }) {
  const { request, report } = p
  const lang = request.lang
  const base = `${PORTAL_AGREEMENTS}/${report.agreementId}`
  const title = `${m.report[lang]} — ${formatDateTime(report.submittedAt, lang)}`
  return (
    <AppPage request={request} nav={p.deps.nav} title={title} homeHref="/partenaires">
      <Breadcrumb
        lang={lang}
        trail={[
          { href: '/partenaires', label: m.portal[lang] },
          { href: PORTAL_AGREEMENTS, label: m.agreements[lang] },
          { href: base, label: report.agreementReference },
        ]}
        current={m.report[lang]}
      />
      {p.submitted ? <Notice lang={lang}>{m.submitted[lang]}</Notice> : null}
      <h1>{title}</h1>
      {report.status === 'returned' ? <p>{m.returnedNote[lang]}</p> : null}
      <ReportDetails
        lang={lang}
        report={report}
        fileHref={(fileId) => `${base}/rapports/${report.id}/fichiers/${fileId}`}
      />
    </AppPage>
  )
}

/** The portal's report pages: a submitted report as the organization sees it, and its files to download. */
export function registerPortalReportPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const path = `${PORTAL_AGREEMENTS}/:id/rapports/:reportId`
  app.get(path, { schema: { hide: true, params: reportParams, querystring: shownQuery } }, async (request, reply) => {
    const report = await ownReport(ctxOf(request, deps), request.params.id, request.params.reportId)
    const page = (
      <PortalReportPage request={request} deps={deps} report={report} submitted={Boolean(request.query.soumis)} />
    )
    return sendPage(reply, page)
  })
  app.get(`${path}/fichiers/:fileId`, { schema: { hide: true, params: fileParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    await ownReport(ctx, request.params.id, request.params.reportId)
    const file = await downloadReportFile(ctx, request.params.reportId, request.params.fileId)
    return reply
      .type(file.contentType)
      .header('content-disposition', attachmentHeader(file.fileName))
      .send(file.content)
  })
}
