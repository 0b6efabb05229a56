import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm } from '../../../platform/http/forms.js'
import { sendPageOrFragment } from '../../../platform/http/htmx.js'
import { idParams } from '../../../platform/http/schemas.js'
import { DetailsList } from '../../../platform/views/form.js'
import { formatDateTime, type Lang } from '../../../platform/views/i18n.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { ctxOf, type ModuleDeps } from '../deps.js'
import { AppPage } from '../shell/app-page.js'
import { EXPORTS_PAGE } from './export-form.view.js'
import { openExportFile } from './export.file.js'
import { exportText as m } from './export.messages.js'
import { type ExportOptions, sendExportFile } from './export.routes.js'
import { cancelExport, type ExportOutput, getExport, listExports, requestExport } from './export.service.js'
import {
  CancelButton,
  ExportTable,
  exportHref,
  fileHref,
  formatBytes,
  isActive,
  isDownloadable,
  Progress,
  sourceTitle,
  StatusWords,
} from './export.views.js'

/** The history page, with the errors of a request that did not go through (400). */
async function historyPage(request: FastifyRequest, deps: ModuleDeps, options: ExportOptions, errors?: FieldErrors) {
  const lang = request.lang
  const exports = await listExports(ctxOf(request, deps))
  const labels = { source: m.fields.source[lang], format: m.fields.format[lang] }
  return (
    <AppPage request={request} nav={deps.nav} title={m.title[lang]}>
      <h1>{m.title[lang]}</h1>
      <ErrorSummary lang={lang} errors={errors} labels={labels} />
      <p>{m.intro[lang].replace('{hours}', String(options.retentionHours))}</p>
      {exports.length === 0 ? (
        <p>{m.none[lang]}</p>
      ) : (
        <ExportTable
          exports={exports}
          sources={options.sources}
          lang={lang}
          csrfToken={request.csrfToken}
          now={deps.now()}
        />
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

function filtersText(e: ExportOutput, lang: Lang): string {
  const entries = Object.entries(e.filters)
  return entries.length === 0 ? m.noFilter[lang] : entries.map(([k, v]) => `${k} = ${v}`).join(', ')
}

async function exportPage(request: FastifyRequest, deps: ModuleDeps, options: ExportOptions, id: string) {
  const lang = request.lang
  const e = await getExport(ctxOf(request, deps), id)
  const what = sourceTitle(options.sources, e.source, lang)
  const title = `${m.one[lang]} — ${what}`
  const status = () => <ExportStatus e={e} lang={lang} csrfToken={request.csrfToken} what={what} now={deps.now()} />
  const page = () => (
    <AppPage request={request} nav={deps.nav} title={title}>
      <p>
        <a href={EXPORTS_PAGE}>{m.back[lang]}</a>
      </p>
      <h1>{title}</h1>
      <DetailsList
        rows={[
          [m.fields.format[lang], e.format.toUpperCase()],
          [m.fields.createdAt[lang], formatDateTime(e.createdAt, lang)],
          [m.fields.filters[lang], filtersText(e, lang)],
        ]}
      />
      {status()}
    </AppPage>
  )
  return { page, status }
}

const requestBody = z.record(z.string().max(100), z.string().max(1000))
const cancelBody = z.object({ back: z.enum(['history']).optional() })

/** The exports pages: history, one export (refreshing itself), its file, the request and the cancel forms. */
export function registerExportPages(root: FastifyInstance, deps: ModuleDeps, options: ExportOptions): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(EXPORTS_PAGE, { schema: { hide: true } }, async (request, reply) =>
    sendPage(reply, await historyPage(request, deps, options)),
  )
  app.post(EXPORTS_PAGE, formRoute(requestBody), async (request, reply) => {
    const { source, format, ...filters } = (request.body ?? {}) as Record<string, string>
    const input = { source, format, filters, lang: request.lang }
    return submitForm(
      request,
      () => requestExport(ctxOf(request, deps), options.sources, input),
      (e) => reply.redirect(exportHref(e.id), 303),
      async (errors, status) => sendPage(reply, await historyPage(request, deps, options, errors), status),
    )
  })
  app.get(`${EXPORTS_PAGE}/:id`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const { page, status } = await exportPage(request, deps, options, request.params.id)
    return sendPageOrFragment(request, reply, page, status)
  })
  app.get(`${EXPORTS_PAGE}/:id/fichier`, { schema: { hide: true, params: idParams } }, async (request, reply) =>
    sendExportFile(reply, await openExportFile(ctxOf(request, deps), options.sources, request.params.id)),
  )
  app.post(`${EXPORTS_PAGE}/:id/annuler`, formRoute(cancelBody, idParams), async (request, reply) => {
    if (request.validationError) throw request.validationError
    await cancelExport(ctxOf(request, deps), request.params.id)
    return reply.redirect(request.body?.back === 'history' ? EXPORTS_PAGE : exportHref(request.params.id), 303)
  })
}
