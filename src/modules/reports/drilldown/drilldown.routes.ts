import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses } from '../../../platform/http/schemas.js'
import { bilanTarget } from '../bilan/bilan.contracts.js'
import { figureKeys } from '../bilan/bilan.model.js'
import { listFigureRecords, RECORDS_PER_PAGE } from './drilldown.service.js'

const recordsQuery = z
  .object({
    figure: z.enum(figureKeys),
    ...bilanTarget,
    limit: z.coerce.number().int().min(1).max(1000).default(RECORDS_PER_PAGE),
    offset: z.coerce.number().int().min(0).max(100_000_000).default(0),
  })
  .refine((q) => (q.region === undefined) !== (q.directorate === undefined), {
    path: ['region'],
    params: { fr: 'Choisissez une région ou une direction régionale.', en: 'Choose a region or a directorate.' },
  })

const description =
  'The records behind one figure of the Bilan (persons need people.read, enterprises employers.read; persons are ' +
  'limited to those whose file the caller may read, the others counted in `hidden`; the list is audited). One page: ' +
  '`limit` records (default 100, at most 1000) from `offset`; `total` is how many the caller may list.'

/** `GET /api/v1/reports/bilan/records`: the records behind a figure, as JSON. */
export function registerDrillDownRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(
    '/api/v1/reports/bilan/records',
    {
      schema: {
        tags: ['reports'],
        description,
        querystring: recordsQuery,
        response: { 200: z.unknown(), ...errorResponses },
      },
    },
    async (request) => {
      const { figure, limit, offset, ...target } = request.query
      return listFigureRecords(ctxOf(request, deps), figure, target, { limit, offset })
    },
  )
}
