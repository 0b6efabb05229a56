import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams } from '../../../platform/http/schemas.js'
import {
  agreementDetailOutput,
  agreementInput,
  agreementListQuery,
  agreementOutput,
  agreementPage,
  agreementTotals,
  amendmentInput,
  transitionInput,
} from './agreement.contracts.js'
import { addAmendment, changeAgreementStatus } from './agreement-changes.service.js'
import {
  createAgreement,
  getAgreementWithObligations,
  getAgreementTotals,
  listAgreements,
  replaceAgreement,
} from './agreement.service.js'

const tags = ['agreements']
const BASE = '/api/v1/agreements'

/** JSON API of agreements: list (filters, cursor), totals, read, create, replace in preparation, status, amendments. */
export function registerAgreementRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const one = { 200: agreementOutput, ...errorResponses }
  const created = { 201: agreementOutput, ...errorResponses }

  app.get(
    BASE,
    { schema: { tags, querystring: agreementListQuery, response: { 200: agreementPage, ...errorResponses } } },
    async (request) => listAgreements(ctxOf(request, deps), request.query),
  )
  app.get(
    `${BASE}/totals`,
    { schema: { tags, response: { 200: agreementTotals, ...errorResponses } } },
    async (request) => getAgreementTotals(ctxOf(request, deps)),
  )
  app.get(
    `${BASE}/:id`,
    { schema: { tags, params: idParams, response: { 200: agreementDetailOutput, ...errorResponses } } },
    async (request) => getAgreementWithObligations(ctxOf(request, deps), request.params.id),
  )
  app.post(BASE, { schema: { tags, body: agreementInput, response: created } }, async (request, reply) =>
    reply.code(201).send(await createAgreement(ctxOf(request, deps), request.body)),
  )
  app.put(`${BASE}/:id`, { schema: { tags, params: idParams, body: agreementInput, response: one } }, async (request) =>
    replaceAgreement(ctxOf(request, deps), request.params.id, request.body),
  )
  app.post(
    `${BASE}/:id/transitions`,
    { schema: { tags, params: idParams, body: transitionInput, response: one } },
    async (request) => changeAgreementStatus(ctxOf(request, deps), request.params.id, request.body),
  )
  app.post(
    `${BASE}/:id/amendments`,
    { schema: { tags, params: idParams, body: amendmentInput, response: created } },
    async (request, reply) =>
      reply.code(201).send(await addAmendment(ctxOf(request, deps), request.params.id, request.body)),
  )
}
