import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, listOf } from '../../../platform/http/schemas.js'
import {
  cnpCodeParams,
  occupationOutput,
  occupationSearchQuery,
  scianSectorOutput,
  unitGroupOutput,
} from './occupation.contracts.js'
import { getUnitGroupOrThrow, listScianSectorsFor, searchOccupationsFor } from './occupation.service.js'

const tags = ['occupations']

/** JSON API of the reference classifications: CNP 2021 unit groups and SCIAN 2022 sectors (staff only). */
export function registerOccupationRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(
    '/api/v1/occupations',
    {
      schema: {
        tags,
        querystring: occupationSearchQuery,
        response: { 200: listOf(occupationOutput), ...errorResponses },
      },
    },
    async (request) => ({
      data: await searchOccupationsFor(ctxOf(request, deps), request.query.q, request.query.limit),
    }),
  )
  app.get(
    '/api/v1/occupations/:code',
    { schema: { tags, params: cnpCodeParams, response: { 200: unitGroupOutput, ...errorResponses } } },
    async (request) => getUnitGroupOrThrow(ctxOf(request, deps), request.params.code),
  )
  app.get(
    '/api/v1/scian-sectors',
    { schema: { tags, response: { 200: listOf(scianSectorOutput), ...errorResponses } } },
    async (request) => ({ data: await listScianSectorsFor(ctxOf(request, deps)) }),
  )
}
