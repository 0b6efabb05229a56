import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams, listOf } from '../../../platform/http/schemas.js'
import {
  employerRequestListQuery,
  employerRequestOutput,
  employerRequestSummary,
  linkEmployerRequestInput,
  rejectEmployerRequestInput,
} from './employer-request.contracts.js'
import { enterpriseInput } from '../enterprises/enterprise.contracts.js'
import { createEnterpriseFromRequest } from './employer-request-convert.service.js'
import {
  getEmployerRequestOrThrow,
  linkEmployerRequest,
  listEmployerRequests,
  rejectEmployerRequest,
} from './employer-request.service.js'

const tags = ['employer-requests']

/**
 * JSON API of employer requests: the queue, one request, its rejection, its link to an enterprise on record or its
 * conversion into a new one (409 `possible_duplicate` with the candidates unless `confirmedNotDuplicate`).
 */
export function registerEmployerRequestRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const one = { 200: employerRequestOutput, ...errorResponses }
  const list = { 200: listOf(employerRequestSummary), ...errorResponses }

  app.get(
    '/api/v1/employer-requests',
    { schema: { tags, querystring: employerRequestListQuery, response: list } },
    async (request) => ({ data: await listEmployerRequests(ctxOf(request, deps), request.query.status) }),
  )
  app.get('/api/v1/employer-requests/:id', { schema: { tags, params: idParams, response: one } }, async (request) =>
    getEmployerRequestOrThrow(ctxOf(request, deps), request.params.id),
  )
  app.post(
    '/api/v1/employer-requests/:id/reject',
    { schema: { tags, params: idParams, body: rejectEmployerRequestInput, response: one } },
    async (request) => rejectEmployerRequest(ctxOf(request, deps), request.params.id, request.body),
  )
  app.post(
    '/api/v1/employer-requests/:id/link',
    { schema: { tags, params: idParams, body: linkEmployerRequestInput, response: one } },
    async (request) => linkEmployerRequest(ctxOf(request, deps), request.params.id, request.body),
  )
  app.post(
    '/api/v1/employer-requests/:id/convert',
    { schema: { tags, params: idParams, body: enterpriseInput, response: one } },
    async (request) => createEnterpriseFromRequest(ctxOf(request, deps), request.params.id, request.body),
  )
}
