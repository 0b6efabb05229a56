import type { FastifyInstance, FastifyReply } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams } from '../../../platform/http/schemas.js'
import { exportQuery, personExportOutput } from './person-export.contracts.js'
import { exportPersonFile, exportPersonFilePdf } from './person-export.service.js'

/** Sends a right-of-access PDF as a download named by the person's id only (no name in file names or URLs). */
export function sendExportPdf(reply: FastifyReply, personId: string, pdf: Buffer): FastifyReply {
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="acces-${personId}.pdf"`)
    .send(pdf)
}

/** JSON API of the Loi 25 right of access: `GET /api/v1/persons/:id/export?format=json|pdf`. */
export function registerPrivacyRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const schema = {
    tags: ['people'],
    summary: 'Export everything held on a person (Loi 25 right of access), as JSON or PDF',
    params: idParams,
    querystring: exportQuery,
    response: { 200: personExportOutput, ...errorResponses },
  }
  app.get('/api/v1/persons/:id/export', { schema }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const { id } = request.params
    if (request.query.format === 'json') return exportPersonFile(ctx, id, 'json')
    return sendExportPdf(reply, id, await exportPersonFilePdf(ctx, id, request.query.lang ?? request.lang))
  })
}
