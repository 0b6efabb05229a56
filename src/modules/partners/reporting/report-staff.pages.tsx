import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, type Ctx, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { notFound } from '../../../platform/errors.js'
import { formRoute, submitForm } from '../../../platform/http/forms.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import { PostForm, TextAreaField } from '../../../platform/views/form.js'
import { formatDateTime, type Lang } from '../../../platform/views/i18n.js'
import { ErrorSummary, Notice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { attachmentHeader, ReportDetails } from './report-views.js'
import { downloadReportFile, getReport, reviewReport } from './report-review.service.js'
import { type ReportOutput, reviewInput } from './report.contracts.js'
import { reportText as m } from './report.messages.js'
import { canReviewReport, isPartnerAccount } from './report.policy.js'

const AGREEMENTS = '/app/ententes'
const reportParams = z.object({ id: z.uuid(), reportId: z.uuid() })
const fileParams = reportParams.extend({ fileId: z.uuid() })
const shownQuery = z.object({ revu: z.string().optional() })

/** A report reached through its agreement's staff page; partner accounts are not staff (not_found here). */
async function staffReport(ctx: Ctx, agreementId: string, reportId: string): Promise<ReportOutput> {
  if (isPartnerAccount(ctx.actor)) throw notFound('report')
  const report = await getReport(ctx, reportId)
  if (report.agreementId !== agreementId) throw notFound('report')
  return report
}

function ReviewForms(p: { lang: Lang; action: string; csrfToken: string; comment?: string; errors?: FieldErrors }) {
  const { lang } = p
  return (
    <>
      <h2>{m.review[lang]}</h2>
      <ErrorSummary lang={lang} errors={p.errors} labels={{ comment: m.comment[lang], decision: m.review[lang] }} />
      <PostForm action={p.action} csrfToken={p.csrfToken} label={m.accept[lang]}>
        <input type="hidden" name="decision" value="accepted" />
        <button type="submit" class="qc-button qc-primary">
          {m.accept[lang]}
        </button>
      </PostForm>
      <PostForm action={p.action} csrfToken={p.csrfToken} label={m.sendBack[lang]}>
        <input type="hidden" name="decision" value="returned" />
        <TextAreaField
          lang={lang}
          name="comment"
          label={m.comment[lang]}
          hint={m.commentHint[lang]}
          value={p.comment}
          errors={p.errors}
          maxLength={4000}
        />
        <button type="submit" class="qc-button qc-secondary">
          {m.sendBack[lang]}
        </button>
      </PostForm>
    </>
  )
}

function StaffReportPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  ctx: Ctx
  report: ReportOutput
  reviewed?: boolean
  comment?: string
  errors?: FieldErrors
}) {
  const { request, report } = p
  const lang = request.lang
  const base = `${AGREEMENTS}/${report.agreementId}/rapports/${report.id}`
  const title = `${m.report[lang]} — ${report.organizationName}, ${formatDateTime(report.submittedAt, lang)}`
  const reviewable = report.status === 'submitted' && canReviewReport(p.ctx.actor, p.ctx.scope, report)
  return (
    <AppPage request={request} nav={p.deps.nav} title={title}>
      <Breadcrumb
        lang={lang}
        trail={[{ href: `${AGREEMENTS}/${report.agreementId}`, label: report.agreementReference }]}
        current={m.report[lang]}
      />
      {p.reviewed ? <Notice lang={lang}>{m.reviewed[lang]}</Notice> : null}
      <h1>{title}</h1>
      <ReportDetails lang={lang} report={report} fileHref={(fileId) => `${base}/fichiers/${fileId}`} />
      {reviewable ? (
        <ReviewForms
          lang={lang}
          action={`${base}/revue`}
          csrfToken={request.csrfToken}
          comment={p.comment}
          errors={p.errors}
        />
      ) : null}
    </AppPage>
  )
}

function show(reply: FastifyReply, props: Parameters<typeof StaffReportPage>[0], status = 200) {
  return sendPage(reply, <StaffReportPage {...props} />, status)
}

/** The directorate's report page on an agreement: the report, its files (downloads audited) and the review forms. */
export function registerStaffReportPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const path = `${AGREEMENTS}/:id/rapports/:reportId`
  app.get(path, { schema: { hide: true, params: reportParams, querystring: shownQuery } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const report = await staffReport(ctx, request.params.id, request.params.reportId)
    return show(reply, { request, deps, ctx, report, reviewed: Boolean(request.query.revu) })
  })
  app.post(`${path}/revue`, formRoute(reviewInput, reportParams), async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const report = await staffReport(ctx, request.params.id, request.params.reportId)
    const comment = typeof request.body?.comment === 'string' ? request.body.comment : undefined
    return submitForm<ReportOutput, unknown>(
      request,
      () => reviewReport(ctx, report.id, request.body),
      (done) => reply.redirect(`${AGREEMENTS}/${done.agreementId}/rapports/${done.id}?revu=1`, 303),
      (errors, status) => show(reply, { request, deps, ctx, report, comment, errors }, status),
    )
  })
  app.get(`${path}/fichiers/:fileId`, { schema: { hide: true, params: fileParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    await staffReport(ctx, request.params.id, request.params.reportId)
    const file = await downloadReportFile(ctx, request.params.reportId, request.params.fileId)
    return reply
      .type(file.contentType)
      .header('content-disposition', attachmentHeader(file.fileName))
      .send(file.content)
  })
}
