import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams, listOf } from '../../../platform/http/schemas.js'
import {
  servicePointInput,
  servicePointListQuery,
  servicePointOutput,
  servicePointPatch,
} from './service-point.contracts.js'
import {
  createServicePoint,
  getServicePointOrThrow,
  listServicePoints,
  updateServicePoint,
} from './service-point.service.js'

const tags = ['territory']

/** JSON API of service points: each route declares its schemas once (validation, serialisation, OpenAPI). */
export function registerServicePointRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const one = { 200: servicePointOutput, ...errorResponses }

  app.get(
    '/api/v1/service-points',
    {
      schema: {
        tags,
        querystring: servicePointListQuery,
        response: { 200: listOf(servicePointOutput), ...errorResponses },
      },
    },
    async (request) => {
      const { region, active, q } = request.query
      return { data: await listServicePoints(ctxOf(request, deps), { region, active: active === 'true', q }) }
    },
  )
  app.get('/api/v1/service-points/:id', { schema: { tags, params: idParams, response: one } }, async (request) =>
    getServicePointOrThrow(ctxOf(request, deps), request.params.id),
  )
  app.post(
    '/api/v1/service-points',
    { schema: { tags, body: servicePointInput, response: { 201: servicePointOutput, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await createServicePoint(ctxOf(request, deps), request.body)),
  )
  app.patch(
    '/api/v1/service-points/:id',
    { schema: { tags, params: idParams, body: servicePointPatch, response: one } },
    async (request) => updateServicePoint(ctxOf(request, deps), request.params.id, request.body),
  )
}
