import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses } from '../../../platform/http/schemas.js'
import { bilanTarget } from '../bilan/bilan.contracts.js'
import { figureKeys } from '../bilan/bilan.model.js'
import { listFigureRecords } from './drilldown.service.js'

const recordsQuery = z
  .object({ figure: z.enum(figureKeys), ...bilanTarget })
  .refine((q) => (q.region === undefined) !== (q.directorate === undefined), {
    path: ['region'],
    params: { fr: 'Choisissez une région ou une direction régionale.', en: 'Choose a region or a directorate.' },
  })

const description =
  'The records behind one figure of the Bilan (persons need people.read, enterprises employers.read; persons are ' +
  'limited to those whose file the caller may read, and the list is audited).'

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
      const { figure, ...target } = request.query
      return listFigureRecords(ctxOf(request, deps), figure, target)
    },
  )
}
