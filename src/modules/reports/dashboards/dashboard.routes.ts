import type { FastifyInstance, FastifyReply } from 'fastify'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { civilDate } from '../../territory/index.js'
import { notFound } from '../../../platform/errors.js'
import { colon, formatDate, type Lang, localName } from '../../../platform/views/i18n.js'
import { DASHBOARD } from './chart-figure.js'
import { chartCsv, chartXlsx, CSV_TYPE, exportFileName, XLSX_TYPE } from './chart-export.js'
import { dashboardText as m, filterText as f } from './dashboard.messages.js'
import { renderDashboardPdf } from './dashboard.pdf.js'
import { type DashboardView, loadChart, loadDashboardOrThrow } from './dashboard.service.js'

/** `dossiers-par-mois.csv` → the chart's key and the format; anything else is not found. */
function parseFile(file: string): { key: string; format: 'csv' | 'xlsx' } {
  const match = /^([a-z0-9-]+)\.(csv|xlsx)$/.exec(file)
  if (!match) throw notFound('chart')
  return { key: match[1]!, format: match[2] as 'csv' | 'xlsx' }
}

function attachment(reply: FastifyReply, type: string, name: string): FastifyReply {
  return reply.type(type).header('content-disposition', `attachment; filename="${name}"`)
}

/** The filters the PDF names at its top: the regions, the service point, the period. */
export function filterLines(view: DashboardView & { filter: { from: string; to: string } }, lang: Lang): string[] {
  const sep = colon(lang)
  const regions = view.regions.filter((r) => !view.query.region || r.code === view.query.region)
  const point = view.servicePoints.find((sp) => sp.id === view.filter.servicePointId)
  const period = `${formatDate(view.filter.from, lang)} – ${formatDate(view.filter.to, lang)}`
  return [
    `${f.region[lang]}${sep}${regions.map((r) => localName(lang, r)).join(', ')}`,
    `${f.servicePoint[lang]}${sep}${point ? point.name : f.allServicePoints[lang]}`,
    `${m.period[lang]}${sep}${period}`,
  ]
}

/** A chart's data as CSV or XLSX, and the whole dashboard as a PDF, for the page's filters (400 when they are wrong). */
export function registerDashboardDownloads(app: FastifyInstance, deps: ModuleDeps): void {
  app.get<{ Params: { file: string } }>(
    `${DASHBOARD}/graphiques/:file`,
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = ctxOf(request, deps) // signed in before the file name is judged (anonymous: the sign-in form)
      const { key, format } = parseFile(request.params.file)
      const { chart, rows, filter } = await loadChart(ctx, key, request.query)
      const name = exportFileName(chart, filter, format)
      if (format === 'csv') return attachment(reply, CSV_TYPE, name).send(chartCsv(chart, rows, request.lang))
      return attachment(reply, XLSX_TYPE, name).send(await chartXlsx(chart, rows, request.lang))
    },
  )
  app.get(`${DASHBOARD}.pdf`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const view = await loadDashboardOrThrow(ctx, request.query)
    const pdf = renderDashboardPdf(view.charts, filterLines(view, request.lang), request.lang, civilDate(ctx.now))
    return attachment(reply, 'application/pdf', `tableaux-de-bord_${view.filter.from}_${view.filter.to}.pdf`).send(pdf)
  })
}
