import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { z } from 'zod'
import { errorResponses } from '../../../platform/http/schemas.js'
import { renderBilan } from '../render/render-bilan.js'
import { bilanApiQuery } from './bilan.contracts.js'
import { bilanFileName, readBilan } from './bilan.read.js'

const tags = ['reports']
const description =
  'The Bilan des réalisations of a region (or every region of a directorate) for a period, computed from live data ' +
  '(staff audience: exact counts): JSON (default, with each figure’s definition), Markdown, HTML, PDF or DOCX. ' +
  'Needs reports.read and a scope covering every region reported on (else 404).'

// Bytes go out as they are (the route's JSON serializer leaves a Buffer alone).
const response = { 200: z.unknown().describe('The Bilan in the format asked for'), ...errorResponses }

/** `GET /api/v1/reports/bilan`: the Bilan in one format and language. */
export function registerBilanRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(
    '/api/v1/reports/bilan',
    { schema: { tags, description, querystring: bilanApiQuery, response } },
    async (request, reply) => {
      const q = request.query
      const { model, narrative } = await readBilan(ctxOf(request, deps), q, q.format !== 'json')
      const out = await renderBilan(model, q.lang, q.format, narrative)
      const disposition = q.format === 'json' ? 'inline' : 'attachment'
      reply.header('content-disposition', `${disposition}; filename="${bilanFileName(model, out.extension)}"`)
      return reply.type(out.contentType).send(Buffer.from(out.body))
    },
  )
}
