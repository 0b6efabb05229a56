import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams, listOf } from '../../../platform/http/schemas.js'
import { planStepInput, planStepOutput, planStepPatch } from './plan.contracts.js'
import { addPlanStep, listPlanSteps, updatePlanStep } from './plan.service.js'

const tags = ['people']

/** JSON API of a dossier's action plan: its steps, add one, change one. */
export function registerPlanRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(
    '/api/v1/dossiers/:id/plan-steps',
    { schema: { tags, params: idParams, response: { 200: listOf(planStepOutput), ...errorResponses } } },
    async (request) => ({ data: await listPlanSteps(ctxOf(request, deps), request.params.id) }),
  )
  app.post(
    '/api/v1/dossiers/:id/plan-steps',
    { schema: { tags, params: idParams, body: planStepInput, response: { 201: planStepOutput, ...errorResponses } } },
    async (request, reply) =>
      reply.code(201).send(await addPlanStep(ctxOf(request, deps), request.params.id, request.body)),
  )
  app.patch(
    '/api/v1/plan-steps/:id',
    { schema: { tags, params: idParams, body: planStepPatch, response: { 200: planStepOutput, ...errorResponses } } },
    async (request) => updatePlanStep(ctxOf(request, deps), request.params.id, request.body),
  )
}
