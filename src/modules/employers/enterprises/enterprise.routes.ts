import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams, listOf } from '../../../platform/http/schemas.js'
import {
  addContact,
  getContactOrThrow,
  getEnterpriseDetailsOrThrow,
  listContacts,
  removeContact,
  replaceContact,
} from './enterprise-contact.service.js'
import {
  contactInput,
  contactOutput,
  contactParams,
  enterpriseDetailsOutput,
  enterpriseInput,
  enterpriseListQuery,
  enterpriseOutput,
  enterprisePage,
} from './enterprise.contracts.js'
import { createEnterprise, listEnterprises, replaceEnterprise } from './enterprise.service.js'

const tags = ['enterprises']
const BASE = '/api/v1/enterprises'

/** JSON API of enterprises and their contacts: each route declares its schemas once. */
export function registerEnterpriseRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const created = { 201: enterpriseOutput, ...errorResponses }
  app.get(
    BASE,
    { schema: { tags, querystring: enterpriseListQuery, response: { 200: enterprisePage, ...errorResponses } } },
    async (request) => listEnterprises(ctxOf(request, deps), request.query),
  )
  app.post(BASE, { schema: { tags, body: enterpriseInput, response: created } }, async (request, reply) =>
    reply.code(201).send(await createEnterprise(ctxOf(request, deps), request.body)),
  )
  app.get(
    `${BASE}/:id`,
    { schema: { tags, params: idParams, response: { 200: enterpriseDetailsOutput, ...errorResponses } } },
    async (request) => getEnterpriseDetailsOrThrow(ctxOf(request, deps), request.params.id),
  )
  app.put(
    `${BASE}/:id`,
    {
      schema: { tags, params: idParams, body: enterpriseInput, response: { 200: enterpriseOutput, ...errorResponses } },
    },
    async (request) => replaceEnterprise(ctxOf(request, deps), request.params.id, request.body),
  )
  registerContactRoutes(root, deps)
}

function registerContactRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const one = { 200: contactOutput, ...errorResponses }
  app.get(
    `${BASE}/:id/contacts`,
    { schema: { tags, params: idParams, response: { 200: listOf(contactOutput), ...errorResponses } } },
    async (request) => ({ data: await listContacts(ctxOf(request, deps), request.params.id) }),
  )
  app.post(
    `${BASE}/:id/contacts`,
    { schema: { tags, params: idParams, body: contactInput, response: { 201: contactOutput, ...errorResponses } } },
    async (request, reply) =>
      reply.code(201).send(await addContact(ctxOf(request, deps), request.params.id, request.body)),
  )
  app.get(
    `${BASE}/:id/contacts/:contactId`,
    { schema: { tags, params: contactParams, response: one } },
    async (request) => getContactOrThrow(ctxOf(request, deps), request.params.id, request.params.contactId),
  )
  app.put(
    `${BASE}/:id/contacts/:contactId`,
    { schema: { tags, params: contactParams, body: contactInput, response: one } },
    async (request) => replaceContact(ctxOf(request, deps), request.params.id, request.params.contactId, request.body),
  )
  app.delete(
    `${BASE}/:id/contacts/:contactId`,
    { schema: { tags, params: contactParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await removeContact(ctxOf(request, deps), request.params.id, request.params.contactId)
      return reply.code(204).send(null)
    },
  )
}
