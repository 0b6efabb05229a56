import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { fiscalYearOf } from '../../partners/index.js'
import { civilDate } from '../../territory/index.js'
import { errorResponses, listOf } from '../../../platform/http/schemas.js'
import { regionProgressOutput, setTargetsInput, targetProgressQuery } from './target.contracts.js'
import { listTargetProgress, setTargets } from './target.service.js'

const tags = ['reports']
const progressList = { 200: listOf(regionProgressOutput), ...errorResponses }

/** JSON API of the action plan's targets: progress per region and fiscal year, and setting a region's targets. */
export function registerTargetRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(
    '/api/v1/targets',
    { schema: { tags, querystring: targetProgressQuery, response: progressList } },
    async (request) => {
      const ctx = ctxOf(request, deps)
      const fiscalYear = request.query.fiscalYear ?? fiscalYearOf(civilDate(ctx.now))
      return { data: await listTargetProgress(ctx, { regionCode: request.query.region, fiscalYear }) }
    },
  )
  app.put('/api/v1/targets', { schema: { tags, body: setTargetsInput, response: progressList } }, async (request) => {
    const ctx = ctxOf(request, deps)
    const { regionCode, fiscalYear } = request.body
    await setTargets(ctx, request.body)
    return { data: await listTargetProgress(ctx, { regionCode, fiscalYear }) }
  })
}
