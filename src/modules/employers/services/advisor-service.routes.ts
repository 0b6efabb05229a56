import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams } from '../../../platform/http/schemas.js'
import {
  advisorServiceInput,
  advisorServiceListQuery,
  advisorServiceOutput,
  advisorServicePage,
} from './advisor-service.contracts.js'
import {
  getAdvisorServiceOrThrow,
  listAdvisorServices,
  markFollowUpDone,
  recordAdvisorService,
  replaceAdvisorService,
} from './advisor-service.service.js'

const tags = ['advisor-services']
const BASE = '/api/v1/advisor-services'

/** JSON API of the services advisors give to enterprises. */
export function registerAdvisorServiceRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const one = { 200: advisorServiceOutput, ...errorResponses }
  app.get(
    BASE,
    {
      schema: { tags, querystring: advisorServiceListQuery, response: { 200: advisorServicePage, ...errorResponses } },
    },
    async (request) => listAdvisorServices(ctxOf(request, deps), request.query),
  )
  app.get(`${BASE}/:id`, { schema: { tags, params: idParams, response: one } }, async (request) =>
    getAdvisorServiceOrThrow(ctxOf(request, deps), request.params.id),
  )
  app.post(
    BASE,
    { schema: { tags, body: advisorServiceInput, response: { 201: advisorServiceOutput, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await recordAdvisorService(ctxOf(request, deps), request.body)),
  )
  app.put(
    `${BASE}/:id`,
    { schema: { tags, params: idParams, body: advisorServiceInput, response: one } },
    async (request) => replaceAdvisorService(ctxOf(request, deps), request.params.id, request.body),
  )
  app.post(`${BASE}/:id/follow-up-done`, { schema: { tags, params: idParams, response: one } }, async (request) =>
    markFollowUpDone(ctxOf(request, deps), request.params.id),
  )
}
