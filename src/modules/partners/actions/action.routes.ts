import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams, listOf } from '../../../platform/http/schemas.js'
import { kindOutput } from './action-kind.contracts.js'
import { listActionKinds } from './action-kind.service.js'
import { actionInput, actionListQuery, actionOutput, actionPage } from './action.contracts.js'
import {
  assertCanReadActions,
  createAction,
  getActionOrThrow,
  listActions,
  removeAction,
  replaceAction,
} from './action.service.js'

const tags = ['actions']
const BASE = '/api/v1/actions'

/** JSON API of funded local actions and their catalogue of kinds. */
export function registerActionRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const one = { 200: actionOutput, ...errorResponses }
  app.get(
    BASE,
    { schema: { tags, querystring: actionListQuery, response: { 200: actionPage, ...errorResponses } } },
    async (request) => listActions(ctxOf(request, deps), request.query),
  )
  app.get(`${BASE}/:id`, { schema: { tags, params: idParams, response: one } }, async (request) =>
    getActionOrThrow(ctxOf(request, deps), request.params.id),
  )
  app.post(
    BASE,
    { schema: { tags, body: actionInput, response: { 201: actionOutput, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await createAction(ctxOf(request, deps), request.body)),
  )
  app.put(`${BASE}/:id`, { schema: { tags, params: idParams, body: actionInput, response: one } }, async (request) =>
    replaceAction(ctxOf(request, deps), request.params.id, request.body),
  )
  app.delete(
    `${BASE}/:id`,
    { schema: { tags, params: idParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await removeAction(ctxOf(request, deps), request.params.id)
      return reply.code(204).send(null)
    },
  )
  app.get(
    '/api/v1/action-kinds',
    { schema: { tags, response: { 200: listOf(kindOutput), ...errorResponses } } },
    async (request) => {
      const ctx = ctxOf(request, deps)
      assertCanReadActions(ctx)
      return { data: await listActionKinds(ctx) }
    },
  )
}
