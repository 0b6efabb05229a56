import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams, listOf } from '../../../platform/http/schemas.js'
import { interventionApiInput, interventionListQuery, interventionOutput } from './intervention.contracts.js'
import { getInterventionOrThrow, listInterventions, recordIntervention } from './intervention.service.js'

const tags = ['people']
const BASE = '/api/v1/interventions'

/** JSON API of interventions: a dossier's list, one intervention, and recording one. */
export function registerInterventionRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(
    BASE,
    {
      schema: {
        tags,
        querystring: interventionListQuery,
        response: { 200: listOf(interventionOutput), ...errorResponses },
      },
    },
    async (request) => ({ data: await listInterventions(ctxOf(request, deps), request.query.dossier) }),
  )
  app.post(
    BASE,
    { schema: { tags, body: interventionApiInput, response: { 201: interventionOutput, ...errorResponses } } },
    async (request, reply) => {
      const { dossierId, ...input } = request.body
      return reply.code(201).send(await recordIntervention(ctxOf(request, deps), dossierId, input))
    },
  )
  app.get(
    `${BASE}/:id`,
    { schema: { tags, params: idParams, response: { 200: interventionOutput, ...errorResponses } } },
    async (request) => getInterventionOrThrow(ctxOf(request, deps), request.params.id),
  )
}
