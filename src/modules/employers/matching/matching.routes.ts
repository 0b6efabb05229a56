import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams } from '../../../platform/http/schemas.js'
import { candidateMatchList, matchQuery, needMatchList } from './matching.contracts.js'
import { rankCandidates, rankNeeds } from './matching.service.js'

/** JSON API of matching: a need's ranked candidates, a candidate's ranked needs, each score explained per criterion. */
export function registerMatchingRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(
    '/api/v1/labour-needs/:id/matches',
    {
      schema: {
        tags: ['labour-needs'],
        params: idParams,
        querystring: matchQuery,
        response: { 200: candidateMatchList, ...errorResponses },
      },
    },
    async (request) => {
      const { labourNeedId, items } = await rankCandidates(ctxOf(request, deps), request.params.id, request.query)
      return { labourNeedId, items }
    },
  )
  app.get(
    '/api/v1/candidate-profiles/:id/matches',
    {
      schema: {
        tags: ['candidate-profiles'],
        params: idParams,
        querystring: matchQuery,
        response: { 200: needMatchList, ...errorResponses },
      },
    },
    async (request) => {
      const { profileId, items } = await rankNeeds(ctxOf(request, deps), request.params.id, request.query)
      return { profileId, items }
    },
  )
}
