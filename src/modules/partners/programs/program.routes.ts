import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, listOf } from '../../../platform/http/schemas.js'
import { programOutput } from './program.contracts.js'
import { listPrograms } from './program.service.js'

/** JSON API of programs: every program with its volets and validity (any staff). */
export function registerProgramRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(
    '/api/v1/programs',
    { schema: { tags: ['programs'], response: { 200: listOf(programOutput), ...errorResponses } } },
    async (request) => ({ data: await listPrograms(ctxOf(request, deps)) }),
  )
}
