import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams, listOf } from '../../../platform/http/schemas.js'
import { staffInput, staffListQuery, staffOutput, staffPatch } from './staff.contracts.js'
import { createStaff, getStaffOrThrow, listStaff, updateStaff } from './staff.service.js'

const tags = ['territory']

/** JSON API of the team, scoped to the caller's regions. */
export function registerStaffRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const one = { 200: staffOutput, ...errorResponses }

  app.get(
    '/api/v1/staff',
    { schema: { tags, querystring: staffListQuery, response: { 200: listOf(staffOutput), ...errorResponses } } },
    async (request) => {
      const { region, role, active } = request.query
      return { data: await listStaff(ctxOf(request, deps), { region, role, active: active === 'true' }) }
    },
  )
  app.get('/api/v1/staff/:id', { schema: { tags, params: idParams, response: one } }, async (request) =>
    getStaffOrThrow(ctxOf(request, deps), request.params.id),
  )
  app.post(
    '/api/v1/staff',
    { schema: { tags, body: staffInput, response: { 201: staffOutput, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await createStaff(ctxOf(request, deps), request.body)),
  )
  app.patch(
    '/api/v1/staff/:id',
    { schema: { tags, params: idParams, body: staffPatch, response: one } },
    async (request) => updateStaff(ctxOf(request, deps), request.params.id, request.body),
  )
}
