import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams, listOf } from '../../../platform/http/schemas.js'
import {
  assignRequestInput,
  convertRequestInput,
  rejectRequestInput,
  requestListQuery,
  requestOutput,
  requestSummary,
} from './request.contracts.js'
import { convertRequest } from './request-convert.service.js'
import { assignRequest, getRequestOrThrow, listRequests, rejectRequest } from './request.service.js'

const tags = ['people']

/** JSON API of online requests: the triage queue, one request, and its assignment, rejection or conversion. */
export function registerRequestRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const one = { 200: requestOutput, ...errorResponses }

  app.get(
    '/api/v1/requests',
    { schema: { tags, querystring: requestListQuery, response: { 200: listOf(requestSummary), ...errorResponses } } },
    async (request) => ({ data: await listRequests(ctxOf(request, deps), request.query.status) }),
  )
  app.get('/api/v1/requests/:id', { schema: { tags, params: idParams, response: one } }, async (request) =>
    getRequestOrThrow(ctxOf(request, deps), request.params.id),
  )
  app.post(
    '/api/v1/requests/:id/assign',
    { schema: { tags, params: idParams, body: assignRequestInput, response: one } },
    async (request) => assignRequest(ctxOf(request, deps), request.params.id, request.body),
  )
  app.post(
    '/api/v1/requests/:id/reject',
    { schema: { tags, params: idParams, body: rejectRequestInput, response: one } },
    async (request) => rejectRequest(ctxOf(request, deps), request.params.id, request.body),
  )
  app.post(
    '/api/v1/requests/:id/convert',
    { schema: { tags, params: idParams, body: convertRequestInput, response: one } },
    async (request) => convertRequest(ctxOf(request, deps), request.params.id, request.body),
  )
}
