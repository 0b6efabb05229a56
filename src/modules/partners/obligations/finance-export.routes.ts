import { PassThrough } from 'node:stream'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { readFinanceExport, writeFinanceWorkbook } from './finance-export.js'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Streams the finance workbook: read and audited first, so a refusal is an ordinary error page, then written. */
async function sendWorkbook(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps) {
  const ctx = ctxOf(request, deps)
  const data = await readFinanceExport(ctx)
  const body = new PassThrough()
  writeFinanceWorkbook(body, data, request.lang).catch((error: Error) => body.destroy(error))
  return reply
    .header('content-type', XLSX)
    .header('content-disposition', `attachment; filename="ententes-${civilDate(ctx.now)}.xlsx"`)
    .header('cache-control', 'no-store')
    .send(body)
}

/** The finance export of the caller's regions (agreements and instalments), as a page link and an API route. */
export function registerFinanceExport(app: FastifyInstance, deps: ModuleDeps): void {
  app.get('/app/ententes/export.xlsx', { schema: { hide: true } }, (request, reply) =>
    sendWorkbook(request, reply, deps),
  )
  app.get(
    '/api/v1/agreements/export.xlsx',
    {
      schema: {
        tags: ['agreements'],
        summary:
          'Agreements and instalments for finance (XLSX: sheets "Ententes"/"Agreements", "Versements"/"Payments")',
        produces: [XLSX],
      },
    },
    (request, reply) => sendWorkbook(request, reply, deps),
  )
}
