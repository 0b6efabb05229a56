import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { Fragment } from 'preact'
import { AppError } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { sendPageOrFragment } from '../../../platform/http/htmx.js'
import { idParams } from '../../../platform/http/schemas.js'
import { DetailsList } from '../../../platform/views/form.js'
import { colon, formatBytes, formatDateTime, type Lang } from '../../../platform/views/i18n.js'
import { SdgNotice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { ctxOf, type ModuleDeps } from '../deps.js'
import { AppPage } from '../shell/app-page.js'
import { EXPORTS_PAGE } from './export-form.view.js'
import { openExportFile } from './export.file.js'
import type { AnyExportSource } from './export.contracts.js'
import { ExportRequestPage, filterLabelsOf } from './export-request.page.js'
import { exportErrors, exportText as m } from './export.messages.js'
import { type ExportOptions, sendExportFile } from './export.routes.js'
import { cancelExport, type ExportOutput, findSource, getExport, listExports, requestExport } from './export.service.js'
import {
  asOf,
  CancelButton,
  ExportTable,
  exportHref,
  fileHref,
  isActive,
  isDownloadable,
  Progress,
  sourceTitle,
  StatusWords,
} from './export.views.js'

/** The `avis` of an export's page after a cancel that came once the export had ended. */
const LATE_CANCEL = 'deja-terminee'
/** The longest text a form field may carry here: the source's schema sets each filter's own limit (and says it). */
const FORM_VALUE_MAX = 20_000

/** A cancel refused because the export had ended: true (the page then says so); any other error goes on. */
function lateCancel(error: unknown): true {
  if (error instanceof AppError && error.code === 'EXPORT_NOT_CANCELLABLE') return true
  throw error
}

/** An expired file: null (its page says so); any other error goes on. */
function expiredAsNull(error: unknown): null {
  if (error instanceof AppError && error.code === 'EXPORT_EXPIRED') return null
  throw error
}

/** The page of a file that has expired (410): what happened, and the ways to the export and the history. */
function ExpiredFilePage(p: { request: FastifyRequest; deps: ModuleDeps; id: string }) {
  const lang = p.request.lang
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.expiredTitle[lang]}>
      <h1>{m.expiredTitle[lang]}</h1>
      <p>{exportErrors.expired[lang]}</p>
      <p>
        <a href={exportHref(p.id)}>{m.one[lang]}</a> · <a href={EXPORTS_PAGE}>{m.back[lang]}</a>
      </p>
    </AppPage>
  )
}

/** The history page. */
async function historyPage(request: FastifyRequest, deps: ModuleDeps, options: ExportOptions) {
  const lang = request.lang
  const now = deps.now()
  const exports = (await listExports(ctxOf(request, deps))).map((e) => asOf(e, now))
  return (
    <AppPage request={request} nav={deps.nav} title={m.title[lang]}>
      <h1>{m.title[lang]}</h1>
      <p>{m.intro[lang].replace('{hours}', String(options.retentionHours))}</p>
      {exports.length === 0 ? (
        <p>{m.none[lang]}</p>
      ) : (
        <ExportTable exports={exports} sources={options.sources} lang={lang} csrfToken={request.csrfToken} now={now} />
      )}
    </AppPage>
  )
}

/** An export's status, progress and file: the part htmx refreshes every 2 s while it is queued or running. */
function ExportStatus(p: { e: ExportOutput; lang: Lang; csrfToken: string; what: string; now: Date }) {
  const { e, lang } = p
  const live = isActive(e)
  const rows: [string, string | null][] = [
    [m.fields.bytes[lang], e.bytes === null ? null : formatBytes(e.bytes, lang)],
    [m.fields.startedAt[lang], e.startedAt ? formatDateTime(e.startedAt, lang) : null],
    [m.fields.finishedAt[lang], e.finishedAt ? formatDateTime(e.finishedAt, lang) : null],
    [m.fields.expiresAt[lang], e.expiresAt && e.status === 'done' ? formatDateTime(e.expiresAt, lang) : null],
  ]
  return (
    <section
      id="export-status"
      aria-live="polite"
      {...(live ? { 'hx-get': exportHref(e.id), 'hx-trigger': 'every 2s', 'hx-swap': 'outerHTML' } : {})}
    >
      <p>
        <strong>{m.fields.status[lang]}</strong> : <StatusWords e={e} lang={lang} />
      </p>
      <p>
        <Progress e={e} lang={lang} />
      </p>
      <DetailsList rows={rows} />
      {isDownloadable(e, p.now) ? (
        <p>
          <a class="qc-button qc-primary" href={fileHref(e.id)} download>
            {m.download[lang]}
          </a>
        </p>
      ) : null}
      {live ? (
        <p>
          <a href={exportHref(e.id)}>{m.refresh[lang]}</a>
        </p>
      ) : null}
      {live && !e.cancelRequested ? <CancelButton e={e} lang={lang} csrfToken={p.csrfToken} what={p.what} /> : null}
    </section>
  )
}

/** The filters in words: each one's label and the value sent, isolated (`bdi`) so its direction cannot scramble the line. */
function FiltersText(p: { e: ExportOutput; source: AnyExportSource | undefined; lang: Lang }) {
  const entries = Object.entries(p.e.filters)
  if (entries.length === 0) return <>{m.noFilter[p.lang]}</>
  const labels = filterLabelsOf(p.source, p.lang)
  return (
    <>
      {entries.map(([k, v], i) => (
        <Fragment key={k}>
          {i > 0 ? ', ' : ''}
          {labels[k] ?? k}
          {colon(p.lang)}
          <bdi>{v}</bdi>
        </Fragment>
      ))}
    </>
  )
}

/** The notice of a cancel that came too late: the export had already been cancelled, or had ended otherwise. */
function AlreadyEnded(p: { e: ExportOutput; lang: Lang }) {
  if (isActive(p.e)) return null
  const text = p.e.status === 'cancelled' ? m.already.cancelled : m.already.ended
  return (
    <SdgNotice lang={p.lang} type="information" role="status">
      <p>{text[p.lang]}</p>
    </SdgNotice>
  )
}

async function exportPage(
  request: FastifyRequest,
  deps: ModuleDeps,
  options: ExportOptions,
  id: string,
  late: boolean,
) {
  const lang = request.lang
  const e = asOf(await getExport(ctxOf(request, deps), id), deps.now())
  const what = sourceTitle(options.sources, e.source, lang)
  const title = `${m.one[lang]} — ${what}`
  const status = () => <ExportStatus e={e} lang={lang} csrfToken={request.csrfToken} what={what} now={deps.now()} />
  const page = () => (
    <AppPage request={request} nav={deps.nav} title={title}>
      <p>
        <a href={EXPORTS_PAGE}>{m.back[lang]}</a>
      </p>
      <h1>{title}</h1>
      {late ? <AlreadyEnded e={e} lang={lang} /> : null}
      <DetailsList
        rows={[
          [m.fields.format[lang], e.format.toUpperCase()],
          [m.fields.createdAt[lang], formatDateTime(e.createdAt, lang)],
        ]}
      />
      <p>
        <strong>{m.fields.filters[lang]}</strong>
        {colon(lang)}
        <FiltersText e={e} source={findSource(options.sources, e.source)} lang={lang} />
      </p>
      {status()}
    </AppPage>
  )
  return { page, status }
}

/** Any field: the export's source decides its filters and their limits (its list screen's), with a message per field. */
const requestBody = z.record(z.string().max(100), z.string().max(FORM_VALUE_MAX))
const querystring = z.object({ avis: z.string().max(40).optional() })
const cancelBody = z.object({ back: z.enum(['history']).optional() })

/** The exports pages: history, one export (refreshing itself), its file, the request and the cancel forms. */
export function registerExportPages(root: FastifyInstance, deps: ModuleDeps, options: ExportOptions): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(EXPORTS_PAGE, { schema: { hide: true } }, async (request, reply) =>
    sendPage(reply, await historyPage(request, deps, options)),
  )
  app.post(EXPORTS_PAGE, formRoute(requestBody), async (request, reply) => {
    const values = typedValues(request.body)
    const { source, format, ...filters } = values
    const input = { source, format, filters, lang: request.lang }
    return submitForm(
      request,
      () => requestExport(ctxOf(request, deps), options.sources, input),
      (e) => reply.redirect(exportHref(e.id), 303),
      async (errors, status) =>
        sendPage(reply, <ExportRequestPage {...{ request, deps, values, errors }} sources={options.sources} />, status),
    )
  })
  app.get(`${EXPORTS_PAGE}/:id`, { schema: { hide: true, params: idParams, querystring } }, async (request, reply) => {
    const late = request.query.avis === LATE_CANCEL
    const { page, status } = await exportPage(request, deps, options, request.params.id, late)
    return sendPageOrFragment(request, reply, page, status)
  })
  app.get(`${EXPORTS_PAGE}/:id/fichier`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const file = await openExportFile(ctxOf(request, deps), options.sources, request.params.id).catch(expiredAsNull)
    if (file) return sendExportFile(reply, file)
    return sendPage(reply, <ExpiredFilePage request={request} deps={deps} id={request.params.id} />, 410)
  })
  app.post(`${EXPORTS_PAGE}/:id/annuler`, formRoute(cancelBody, idParams), async (request, reply) => {
    if (request.validationError) throw request.validationError
    const ended = await cancelExport(ctxOf(request, deps), request.params.id).then(() => false, lateCancel)
    if (ended) return reply.redirect(`${exportHref(request.params.id)}?avis=${LATE_CANCEL}`, 303)
    return reply.redirect(request.body?.back === 'history' ? EXPORTS_PAGE : exportHref(request.params.id), 303)
  })
}
