import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams, listOf } from '../../../platform/http/schemas.js'
import {
  profileInput,
  profileListQuery,
  profileOutput,
  profileReplacement,
  profileSummary,
} from './candidate.contracts.js'
import {
  createProfile,
  getProfileOrThrow,
  listProfiles,
  replaceProfile,
  setProfileClosed,
} from './candidate.service.js'

const tags = ['candidates']

/** JSON API of candidate profiles: each route declares its schemas once (validation, serialisation, OpenAPI). */
export function registerCandidateRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const one = { 200: profileOutput, ...errorResponses }

  app.get(
    '/api/v1/candidate-profiles',
    { schema: { tags, querystring: profileListQuery, response: { 200: listOf(profileSummary), ...errorResponses } } },
    async (request) => {
      const { q, region, closed } = request.query
      return { data: await listProfiles(ctxOf(request, deps), { q, region, closed: closed === 'true' }) }
    },
  )
  app.get('/api/v1/candidate-profiles/:id', { schema: { tags, params: idParams, response: one } }, async (request) =>
    getProfileOrThrow(ctxOf(request, deps), request.params.id),
  )
  app.post(
    '/api/v1/candidate-profiles',
    { schema: { tags, body: profileInput, response: { 201: profileOutput, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await createProfile(ctxOf(request, deps), request.body)),
  )
  app.put(
    '/api/v1/candidate-profiles/:id',
    { schema: { tags, params: idParams, body: profileReplacement, response: one } },
    async (request) => replaceProfile(ctxOf(request, deps), request.params.id, request.body),
  )
  app.post(
    '/api/v1/candidate-profiles/:id/close',
    { schema: { tags, params: idParams, response: one } },
    async (request) => setProfileClosed(ctxOf(request, deps), request.params.id, true),
  )
  app.post(
    '/api/v1/candidate-profiles/:id/reopen',
    { schema: { tags, params: idParams, response: one } },
    async (request) => setProfileClosed(ctxOf(request, deps), request.params.id, false),
  )
}
