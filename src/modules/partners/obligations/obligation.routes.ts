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
  instalmentOutput,
  paymentInput,
  receiptInput,
  reviewInput,
  scheduleInput,
  scheduleOutput,
} from './obligation.contracts.js'

const tags = ['agreements']

/** JSON API of agreements' payment schedules, payments, deliverables and their aging. */
export function registerObligationRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const schedule = { 200: scheduleOutput, ...errorResponses }
  const instalment = { 200: instalmentOutput, ...errorResponses }
  const deliverable = { 200: deliverableOutput, ...errorResponses }

  app.get('/api/v1/agreements/aging', { schema: { tags, response: { 200: agingOutput, ...errorResponses } } }, (r) =>
    getAging(ctxOf(r, deps)),
  )
  app.get('/api/v1/agreements/:id/instalments', { schema: { tags, params: idParams, response: schedule } }, (r) =>
    getSchedule(ctxOf(r, deps), r.params.id),
  )
  app.put(
    '/api/v1/agreements/:id/instalments',
    { schema: { tags, params: idParams, body: scheduleInput, response: schedule } },
    (r) => replaceSchedule(ctxOf(r, deps), r.params.id, r.body.instalments),
  )
  app.post(
    '/api/v1/instalments/:id/payment',
    { schema: { tags, params: idParams, body: paymentInput, response: instalment } },
    (r) => markInstalmentPaid(ctxOf(r, deps), r.params.id, r.body.paidOn),
  )
  app.delete('/api/v1/instalments/:id/payment', { schema: { tags, params: idParams, response: instalment } }, (r) =>
    cancelPayment(ctxOf(r, deps), r.params.id),
  )
  app.get(
    '/api/v1/agreements/:id/deliverables',
    { schema: { tags, params: idParams, response: { 200: listOf(deliverableOutput), ...errorResponses } } },
    async (r) => ({ data: await listDeliverables(ctxOf(r, deps), r.params.id) }),
  )
  app.post(
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
  app.post(
    '/api/v1/deliverables/:id/receipt',
    { schema: { tags, params: idParams, body: receiptInput, response: deliverable } },
    (r) => recordDeliverableReceived(ctxOf(r, deps), r.params.id, r.body.receivedOn),
  )
  app.post(
    '/api/v1/deliverables/:id/review',
    { schema: { tags, params: idParams, body: reviewInput, response: deliverable } },
    (r) => reviewDeliverable(ctxOf(r, deps), r.params.id, r.body),
  )
}
