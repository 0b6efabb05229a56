import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { assertCan, ctxOf, inTransaction, type ModuleDeps } from '../access/index.js'
import { notFound } from '../../platform/errors.js'
import { findRegionByCode, listMrcsOfRegion, listRegions } from './regions/region.queries.js'
import { servicePointInput, servicePointListQuery, servicePointOutput, servicePointPatch } from './service-points/service-point.contracts.js'
import { createServicePoint, getServicePointOrThrow, listServicePoints, updateServicePoint } from './service-points/service-point.service.js'
import { staffInput, staffListQuery, staffOutput, staffPatch } from './staff/staff.contracts.js'
import { createStaff, getStaffOrThrow, listStaff, updateStaff } from './staff/staff.service.js'

const regionOutput = z.object({ code: z.string(), nameFr: z.string(), nameEn: z.string(), slug: z.string() })
const mrcOutput = z.object({ code: z.string(), name: z.string(), type: z.enum(['MRC', 'TE']) })
const idParams = z.object({ id: z.string() })
const error = z.object({ error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() }) })
const errors = { 400: error, 401: error, 403: error, 404: error, 409: error }
const list = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item) })

/** JSON API: regions (reference), service points and staff (scoped to the caller's regions). */
export function registerTerritoryRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const tags = ['territory']

  app.get('/api/v1/regions', { schema: { tags, response: { 200: list(regionOutput), ...errors } } }, async (request) => {
    assertCan(ctxOf(request, deps).actor, 'territory.read')
    return { data: await listRegions(deps.db) }
  })
  app.get('/api/v1/regions/:code', { schema: { tags, params: z.object({ code: z.string() }), response: { 200: regionOutput.extend({ mrcs: z.array(mrcOutput) }), ...errors } } }, async (request) => {
    assertCan(ctxOf(request, deps).actor, 'territory.read')
    const region = await findRegionByCode(deps.db, request.params.code)
    if (!region) throw notFound('region')
    return { ...region, mrcs: await listMrcsOfRegion(deps.db, region.code) }
  })

  app.get('/api/v1/service-points', { schema: { tags, querystring: servicePointListQuery, response: { 200: list(servicePointOutput), ...errors } } }, async (request) => {
    const { region, active } = request.query
    return { data: await listServicePoints(ctxOf(request, deps), { region, active: active === 'true' }) }
  })
  app.get('/api/v1/service-points/:id', { schema: { tags, params: idParams, response: { 200: servicePointOutput, ...errors } } }, async (request) =>
    getServicePointOrThrow(ctxOf(request, deps), request.params.id),
  )
  app.post('/api/v1/service-points', { schema: { tags, body: servicePointInput, response: { 201: servicePointOutput, ...errors } } }, async (request, reply) => {
    const created = await inTransaction(ctxOf(request, deps), (ctx) => createServicePoint(ctx, request.body))
    return reply.code(201).send(created)
  })
  app.patch('/api/v1/service-points/:id', { schema: { tags, params: idParams, body: servicePointPatch, response: { 200: servicePointOutput, ...errors } } }, async (request) =>
    inTransaction(ctxOf(request, deps), (ctx) => updateServicePoint(ctx, request.params.id, request.body)),
  )

  app.get('/api/v1/staff', { schema: { tags, querystring: staffListQuery, response: { 200: list(staffOutput), ...errors } } }, async (request) => {
    const { region, role, active } = request.query
    return { data: await listStaff(ctxOf(request, deps), { region, role, active: active === 'true' }) }
  })
  app.get('/api/v1/staff/:id', { schema: { tags, params: idParams, response: { 200: staffOutput, ...errors } } }, async (request) =>
    getStaffOrThrow(ctxOf(request, deps), request.params.id),
  )
  app.post('/api/v1/staff', { schema: { tags, body: staffInput, response: { 201: staffOutput, ...errors } } }, async (request, reply) => {
    const created = await inTransaction(ctxOf(request, deps), (ctx) => createStaff(ctx, request.body))
    return reply.code(201).send(created)
  })
  app.patch('/api/v1/staff/:id', { schema: { tags, params: idParams, body: staffPatch, response: { 200: staffOutput, ...errors } } }, async (request) =>
    inTransaction(ctxOf(request, deps), (ctx) => updateStaff(ctx, request.params.id, request.body)),
  )
}
