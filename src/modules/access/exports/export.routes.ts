import type { FastifyInstance, FastifyReply } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { errorBody, errorResponses, idParams, listOf } from '../../../platform/http/schemas.js'
import { ctxOf, type ModuleDeps } from '../deps.js'
import type { AnyExportSource } from './export.contracts.js'
import { exportFormats, exportStatuses } from './export.contracts.js'
import { type ExportFile, openExportFile } from './export.file.js'
import { cancelExport, getExport, listExports, requestExport } from './export.service.js'

/** What the exports pages and API are given by the composition root: the sources and how long a file is kept. */
export type ExportOptions = { sources: readonly AnyExportSource[]; retentionHours: number }

const tags = ['exports']
const BASE = '/api/v1/exports'

const exportOutput = z.object({
  id: z.uuid(),
  source: z.string(),
  format: z.enum(exportFormats),
  lang: z.enum(['fr', 'en']),
  filters: z.record(z.string(), z.string()),
  status: z.enum(exportStatuses),
  rowsDone: z.number().int(),
  rowsTotal: z.number().int().nullable(),
  bytes: z.number().int().nullable(),
  error: z.string().nullable(),
  cancelRequested: z.boolean(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
})

/**
 * The service checks the source, the format and the filters (each source its own names and limits, its list's), with a
 * message per field; here only a bound on what is read.
 */
const exportInput = z.object({
  source: z.string().max(100).optional(),
  format: z.string().max(10).optional(),
  filters: z.record(z.string().max(100), z.string().max(20_000)).optional(),
  lang: z.enum(['fr', 'en']).optional(),
})

/** Sends an export's file as an attachment, chunk after chunk. */
export function sendExportFile(reply: FastifyReply, file: ExportFile): FastifyReply {
  return reply
    .header('content-type', file.type)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('content-length', String(file.bytes))
    .send(file.body)
}

/** JSON API of background exports: request, history, one, cancel, file. */
export function registerExportRoutes(root: FastifyInstance, deps: ModuleDeps, options: ExportOptions): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const one = { 200: exportOutput, ...errorResponses }
  app.post(
    BASE,
    { schema: { tags, body: exportInput, response: { 201: exportOutput, ...errorResponses } } },
    async (request, reply) => {
      const input = { ...request.body, lang: request.body.lang ?? request.lang }
      return reply.code(201).send(await requestExport(ctxOf(request, deps), options.sources, input))
    },
  )
  app.get(BASE, { schema: { tags, response: { 200: listOf(exportOutput), ...errorResponses } } }, async (request) => ({
    data: await listExports(ctxOf(request, deps)),
  }))
  app.get(`${BASE}/:id`, { schema: { tags, params: idParams, response: one } }, async (request) =>
    getExport(ctxOf(request, deps), request.params.id),
  )
  app.post(`${BASE}/:id/cancel`, { schema: { tags, params: idParams, response: one } }, async (request) =>
    cancelExport(ctxOf(request, deps), request.params.id),
  )
  app.get(
    `${BASE}/:id/file`,
    { schema: { tags, params: idParams, response: { 410: errorBody, ...errorResponses } } },
    async (request, reply) =>
      sendExportFile(reply, await openExportFile(ctxOf(request, deps), options.sources, request.params.id)),
  )
}
