import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams } from '../../../platform/http/schemas.js'
import { labourNeedInput, labourNeedListQuery, labourNeedOutput, labourNeedPage } from './labour-need.contracts.js'
import { createLabourNeed, getLabourNeedOrThrow, listLabourNeeds, replaceLabourNeed } from './labour-need.service.js'

const tags = ['labour-needs']

/** JSON API of labour needs (the matching feature adds `/{id}/matches`). */
export function registerLabourNeedRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const one = { 200: labourNeedOutput, ...errorResponses }
  app.get(
    '/api/v1/labour-needs',
    { schema: { tags, querystring: labourNeedListQuery, response: { 200: labourNeedPage, ...errorResponses } } },
    async (request) => listLabourNeeds(ctxOf(request, deps), request.query),
  )
  app.get('/api/v1/labour-needs/:id', { schema: { tags, params: idParams, response: one } }, async (request) =>
    getLabourNeedOrThrow(ctxOf(request, deps), request.params.id),
  )
  app.post(
    '/api/v1/labour-needs',
    { schema: { tags, body: labourNeedInput, response: { 201: labourNeedOutput, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await createLabourNeed(ctxOf(request, deps), request.body)),
  )
  app.put(
    '/api/v1/labour-needs/:id',
    { schema: { tags, params: idParams, body: labourNeedInput, response: one } },
    async (request) => replaceLabourNeed(ctxOf(request, deps), request.params.id, request.body),
  )
}
