import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams, listOf } from '../../../platform/http/schemas.js'
import { answerProposal } from './proposal-answer.service.js'
import {
  answerInput,
  mobilityFlowOutput,
  mobilityQuery,
  placementListQuery,
  placementOutput,
  proposalDetailsOutput,
  proposalInput,
  proposalListQuery,
  proposalOutput,
} from './proposal.contracts.js'
import { getPlacementOrThrow, listMobilityFlows, listPlacements } from './placement.service.js'
import { createProposal, getProposalOrThrow, listProposals } from './proposal.service.js'

/** JSON API of proposals and placements: each route declares its schemas once (validation, serialisation, OpenAPI). */
export function registerProposalRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const tags = ['proposals']
  app.get(
    '/api/v1/proposals',
    { schema: { tags, querystring: proposalListQuery, response: { 200: listOf(proposalOutput), ...errorResponses } } },
    async (request) => ({ data: await listProposals(ctxOf(request, deps), request.query) }),
  )
  app.post(
    '/api/v1/proposals',
    { schema: { tags, body: proposalInput, response: { 201: proposalOutput, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await createProposal(ctxOf(request, deps), request.body)),
  )
  app.get(
    '/api/v1/proposals/:id',
    { schema: { tags, params: idParams, response: { 200: proposalDetailsOutput, ...errorResponses } } },
    async (request) => getProposalOrThrow(ctxOf(request, deps), request.params.id),
  )
  app.post(
    '/api/v1/proposals/:id/answers',
    { schema: { tags, params: idParams, body: answerInput, response: { 200: proposalOutput, ...errorResponses } } },
    async (request) => answerProposal(ctxOf(request, deps), request.params.id, request.body),
  )
  registerPlacementRoutes(app, deps)
}

function registerPlacementRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>()
  const tags = ['placements']
  typed.get(
    '/api/v1/placements',
    {
      schema: { tags, querystring: placementListQuery, response: { 200: listOf(placementOutput), ...errorResponses } },
    },
    async (request) => ({ data: await listPlacements(ctxOf(request, deps), request.query) }),
  )
  typed.get(
    '/api/v1/placements/mobility',
    { schema: { tags, querystring: mobilityQuery, response: { 200: listOf(mobilityFlowOutput), ...errorResponses } } },
    async (request) => ({ data: await listMobilityFlows(ctxOf(request, deps), request.query) }),
  )
  typed.get(
    '/api/v1/placements/:id',
    { schema: { tags, params: idParams, response: { 200: placementOutput, ...errorResponses } } },
    async (request) => getPlacementOrThrow(ctxOf(request, deps), request.params.id),
  )
}
