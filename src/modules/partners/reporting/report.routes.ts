import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams, listOf } from '../../../platform/http/schemas.js'
import { getReport, listReports, reviewReport } from './report-review.service.js'
import { reportInput, reportListItem, reportOutput, reviewInput } from './report.contracts.js'
import { submitReport } from './report.service.js'

const tags = ['reports']

/**
 * JSON API of partner reports: an agreement's reports (its organization, staff of its region), submitting one in JSON
 * without files (the organization's session or token, or a director of the region), reading one, and its review.
 */
export function registerReportRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const one = { 200: reportOutput, ...errorResponses }
  app.get(
    '/api/v1/agreements/:id/reports',
    { schema: { tags, params: idParams, response: { 200: listOf(reportListItem), ...errorResponses } } },
    async (request) => ({ data: await listReports(ctxOf(request, deps), request.params.id) }),
  )
  app.post(
    '/api/v1/agreements/:id/reports',
    { schema: { tags, params: idParams, body: reportInput, response: { 201: reportOutput, ...errorResponses } } },
    async (request, reply) => {
      const ctx = ctxOf(request, deps)
      const created = await submitReport(ctx, request.params.id, request.body)
      return reply.code(201).send(await getReport(ctx, created.id))
    },
  )
  app.get('/api/v1/reports/:id', { schema: { tags, params: idParams, response: one } }, async (request) =>
    getReport(ctxOf(request, deps), request.params.id),
  )
  app.post(
    '/api/v1/reports/:id/review',
    { schema: { tags, params: idParams, body: reviewInput, response: one } },
    async (request) => reviewReport(ctxOf(request, deps), request.params.id, request.body),
  )
}
