import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams, listOf } from '../../../platform/http/schemas.js'
import { getReferral, listReferrals } from './referral-read.service.js'
import {
  commentInput,
  referralInput,
  referralListItem,
  referralListQuery,
  referralOutput,
  rerouteInput,
  transitionInput,
} from './referral.contracts.js'
import { commentReferral, createReferral, rerouteReferral, transitionReferral } from './referral.service.js'

const tags = ['referrals']
const BASE = '/api/v1/referrals'

/**
 * JSON API of referrals: staff list the referrals of the dossiers they read and send, cancel or re-route them; a
 * partner organization's account (session or token) lists its inbox, reads portraits and answers. Each step answers
 * the referral as the caller sees it afterwards.
 */
export function registerReferralRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const one = { 200: referralOutput, ...errorResponses }
  app.get(
    BASE,
    {
      schema: { tags, querystring: referralListQuery, response: { 200: listOf(referralListItem), ...errorResponses } },
    },
    async (request) => ({ data: await listReferrals(ctxOf(request, deps), request.query) }),
  )
  app.get(`${BASE}/:id`, { schema: { tags, params: idParams, response: one } }, async (request) =>
    getReferral(ctxOf(request, deps), request.params.id),
  )
  registerReferralWriteRoutes(root, deps)
}

/** Sending, moving, re-routing and commenting a referral; each answers the referral as the caller then sees it. */
function registerReferralWriteRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const one = { 200: referralOutput, ...errorResponses }
  const created = { 201: referralOutput, ...errorResponses }
  app.post(BASE, { schema: { tags, body: referralInput, response: created } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    return reply.code(201).send(await getReferral(ctx, (await createReferral(ctx, request.body, deps.settings)).id))
  })
  app.post(
    `${BASE}/:id/transitions`,
    { schema: { tags, params: idParams, body: transitionInput, response: one } },
    async (request) => {
      const ctx = ctxOf(request, deps)
      return getReferral(ctx, (await transitionReferral(ctx, request.params.id, request.body)).id)
    },
  )
  app.post(
    `${BASE}/:id/reroute`,
    { schema: { tags, params: idParams, body: rerouteInput, response: created } },
    async (request, reply) => {
      const ctx = ctxOf(request, deps)
      const next = await rerouteReferral(ctx, request.params.id, request.body, deps.settings)
      return reply.code(201).send(await getReferral(ctx, next.id))
    },
  )
  app.post(
    `${BASE}/:id/comments`,
    { schema: { tags, params: idParams, body: commentInput, response: one } },
    async (request) => {
      const ctx = ctxOf(request, deps)
      return getReferral(ctx, (await commentReferral(ctx, request.params.id, request.body)).id)
    },
  )
}
