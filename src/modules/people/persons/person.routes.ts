import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorBody, errorResponses, idParams } from '../../../platform/http/schemas.js'
import { searchPersons } from './person-search.service.js'
import { duplicateDetails, personInput, personListQuery, personOutput, personPage } from './person.contracts.js'
import { createPerson, getPersonOrThrow, replacePerson } from './person.service.js'

const tags = ['people']

/** A 409 of the persons API: a possible duplicate names its candidates (those the caller may read). */
const duplicateBody = z.object({
  error: errorBody.shape.error.extend({ details: duplicateDetails.optional() }),
})

/** JSON API of persons: each route declares its schemas once (validation, serialisation, OpenAPI). */
export function registerPersonRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const errors = { ...errorResponses, 409: duplicateBody }
  const one = { 200: personOutput, ...errors }

  app.get(
    '/api/v1/persons',
    { schema: { tags, querystring: personListQuery, response: { 200: personPage, ...errorResponses } } },
    async (request) => searchPersons(ctxOf(request, deps), request.query),
  )
  app.post(
    '/api/v1/persons',
    { schema: { tags, body: personInput, response: { 201: personOutput, ...errors } } },
    async (request, reply) => reply.code(201).send(await createPerson(ctxOf(request, deps), request.body)),
  )
  app.get('/api/v1/persons/:id', { schema: { tags, params: idParams, response: one } }, async (request) =>
    getPersonOrThrow(ctxOf(request, deps), request.params.id),
  )
  app.put(
    '/api/v1/persons/:id',
    { schema: { tags, params: idParams, body: personInput, response: one } },
    async (request) => replacePerson(ctxOf(request, deps), request.params.id, request.body),
  )
}
