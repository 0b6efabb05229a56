import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, listOf } from '../../../platform/http/schemas.js'
import { getRegionWithMrcsOrThrow, listAllRegions } from './region.service.js'

const tags = ['territory']
const regionOutput = z.object({ code: z.string(), nameFr: z.string(), nameEn: z.string(), slug: z.string() })
const mrcOutput = z.object({ code: z.string(), name: z.string(), type: z.enum(['MRC', 'TE']) })

/** JSON API of the regions and their MRCs (reference data, the same for every caller). */
export function registerRegionRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(
    '/api/v1/regions',
    { schema: { tags, response: { 200: listOf(regionOutput), ...errorResponses } } },
    async (request) => ({
      data: await listAllRegions(ctxOf(request, deps)),
    }),
  )
  app.get(
    '/api/v1/regions/:code',
    {
      schema: {
        tags,
        params: z.object({ code: z.string().max(10) }),
        response: { 200: regionOutput.extend({ mrcs: z.array(mrcOutput) }), ...errorResponses },
      },
    },
    async (request) => getRegionWithMrcsOrThrow(ctxOf(request, deps), request.params.code),
  )
}
