import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams, listOf } from '../../../platform/http/schemas.js'
import { assessmentInput, dossierNeedOutput } from './need.contracts.js'
import { assessNeeds, listDossierNeeds } from './need.service.js'

const tags = ['people']

/** JSON API of a dossier's needs assessment: read it, or replace it as a whole. */
export function registerNeedRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const list = { 200: listOf(dossierNeedOutput), ...errorResponses }
  app.get('/api/v1/dossiers/:id/needs', { schema: { tags, params: idParams, response: list } }, async (request) => ({
    data: await listDossierNeeds(ctxOf(request, deps), request.params.id),
  }))
  app.put(
    '/api/v1/dossiers/:id/needs',
    { schema: { tags, params: idParams, body: assessmentInput, response: list } },
    async (request) => ({ data: await assessNeeds(ctxOf(request, deps), request.params.id, request.body) }),
  )
}
