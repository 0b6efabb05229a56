import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams } from '../../../platform/http/schemas.js'
import {
  assignDossierInput,
  closeDossierInput,
  dossierListQuery,
  dossierOutput,
  dossierPage,
  dossierStatusInput,
  openDossierInput,
  reopenDossierInput,
  transferDossierInput,
} from './dossier.contracts.js'
import {
  assignDossier,
  changeDossierStatus,
  closeDossier,
  reopenDossier,
  transferDossier,
} from './dossier-lifecycle.service.js'
import { getDossierOrThrow, listDossiers, openDossier } from './dossier.service.js'

const tags = ['people']
const BASE = '/api/v1/dossiers'

/** JSON API of dossiers: list (filters, cursor), open, read, and each lifecycle action as its own POST. */
export function registerDossierRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const one = { 200: dossierOutput, ...errorResponses }
  const action = <B>(body: B) => ({ schema: { tags, params: idParams, body, response: one } })

  app.get(
    BASE,
    { schema: { tags, querystring: dossierListQuery, response: { 200: dossierPage, ...errorResponses } } },
    async (request) => listDossiers(ctxOf(request, deps), request.query),
  )
  app.post(
    BASE,
    { schema: { tags, body: openDossierInput, response: { 201: dossierOutput, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await openDossier(ctxOf(request, deps), request.body)),
  )
  app.get(`${BASE}/:id`, { schema: { tags, params: idParams, response: one } }, async (request) =>
    getDossierOrThrow(ctxOf(request, deps), request.params.id),
  )
  app.post(`${BASE}/:id/status`, action(dossierStatusInput), async (request) =>
    changeDossierStatus(ctxOf(request, deps), request.params.id, request.body),
  )
  app.post(`${BASE}/:id/close`, action(closeDossierInput), async (request) =>
    closeDossier(ctxOf(request, deps), request.params.id, request.body),
  )
  app.post(`${BASE}/:id/reopen`, action(reopenDossierInput), async (request) =>
    reopenDossier(ctxOf(request, deps), request.params.id, request.body),
  )
  app.post(`${BASE}/:id/transfer`, action(transferDossierInput), async (request) =>
    transferDossier(ctxOf(request, deps), request.params.id, request.body),
  )
  app.post(`${BASE}/:id/assign`, action(assignDossierInput), async (request) =>
    assignDossier(ctxOf(request, deps), request.params.id, request.body),
  )
}
