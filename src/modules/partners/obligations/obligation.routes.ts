import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { errorResponses, idParams, listOf } from '../../../platform/http/schemas.js'
import { getAging } from './aging.service.js'
import {
  addDeliverable,
  listDeliverables,
  recordDeliverableReceived,
  reviewDeliverable,
} from './deliverable.service.js'
import { cancelPayment, getSchedule, markInstalmentPaid, replaceSchedule } from './instalment.service.js'
import {
  agingOutput,
  deliverableInput,
  deliverableOutput,
  deliverableParams,
  instalmentOutput,
  instalmentParams,
  paymentInput,
  receiptInput,
  reviewInput,
  scheduleInput,
  scheduleOutput,
} from './obligation.contracts.js'

const tags = ['agreements']

function registerScheduleRoutes(app: FastifyInstance, deps: ModuleDeps) {
  const typed = app.withTypeProvider<ZodTypeProvider>()
  const schedule = { 200: scheduleOutput, ...errorResponses }
  const instalment = { 200: instalmentOutput, ...errorResponses }
  const payment = '/api/v1/agreements/:id/instalments/:instalmentId/payment'
  typed.get('/api/v1/agreements/aging', { schema: { tags, response: { 200: agingOutput, ...errorResponses } } }, (r) =>
    getAging(ctxOf(r, deps)),
  )
  typed.get('/api/v1/agreements/:id/instalments', { schema: { tags, params: idParams, response: schedule } }, (r) =>
    getSchedule(ctxOf(r, deps), r.params.id),
  )
  typed.put(
    '/api/v1/agreements/:id/instalments',
    { schema: { tags, params: idParams, body: scheduleInput, response: schedule } },
    (r) => replaceSchedule(ctxOf(r, deps), r.params.id, r.body.instalments),
  )
  typed.post(payment, { schema: { tags, params: instalmentParams, body: paymentInput, response: instalment } }, (r) =>
    markInstalmentPaid(ctxOf(r, deps), r.params.id, r.params.instalmentId, r.body.paidOn),
  )
  typed.delete(payment, { schema: { tags, params: instalmentParams, response: instalment } }, (r) =>
    cancelPayment(ctxOf(r, deps), r.params.id, r.params.instalmentId),
  )
}

function registerDeliverableRoutes(app: FastifyInstance, deps: ModuleDeps) {
  const typed = app.withTypeProvider<ZodTypeProvider>()
  const deliverable = { 200: deliverableOutput, ...errorResponses }
  const one = '/api/v1/agreements/:id/deliverables/:deliverableId'
  typed.get(
    '/api/v1/agreements/:id/deliverables',
    { schema: { tags, params: idParams, response: { 200: listOf(deliverableOutput), ...errorResponses } } },
    async (r) => ({ data: await listDeliverables(ctxOf(r, deps), r.params.id) }),
  )
  typed.post(
    '/api/v1/agreements/:id/deliverables',
    {
      schema: {
        tags,
        params: idParams,
        body: deliverableInput,
        response: { 201: deliverableOutput, ...errorResponses },
      },
    },
    async (r, reply) => reply.code(201).send(await addDeliverable(ctxOf(r, deps), r.params.id, r.body)),
  )
  typed.post(
    `${one}/receipt`,
    { schema: { tags, params: deliverableParams, body: receiptInput, response: deliverable } },
    (r) => recordDeliverableReceived(ctxOf(r, deps), r.params.id, r.params.deliverableId, r.body.receivedOn),
  )
  typed.post(
    `${one}/review`,
    { schema: { tags, params: deliverableParams, body: reviewInput, response: deliverable } },
    (r) => reviewDeliverable(ctxOf(r, deps), r.params.id, r.params.deliverableId, r.body),
  )
}

/**
 * JSON API of agreements' payment schedules, payments, deliverables and their aging. An instalment or a deliverable is
 * addressed under its agreement; a pair that does not match answers 404.
 */
export function registerObligationRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  registerScheduleRoutes(root, deps)
  registerDeliverableRoutes(root, deps)
}
