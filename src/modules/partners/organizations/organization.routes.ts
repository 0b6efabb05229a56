import type { FastifyInstance, FastifyReply } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { invalidInput } from '../../../platform/errors.js'
import { errorResponses, idParams } from '../../../platform/http/schemas.js'
import {
  capacityInput,
  organizationInput,
  organizationListQuery,
  organizationOutput,
  organizationPage,
} from './organization.contracts.js'
import {
  createOrganization,
  exportPublicDirectory,
  getOrganizationOrThrow,
  replaceOrganization,
} from './organization.service.js'
import { updateCapacity } from './organization-capacity.service.js'
import { hsdsCsv, hsdsTables } from './organization-hsds.js'
import { listOrganizations } from './organization-list.service.js'

const tags = ['organizations']

const exportQuery = z.object({
  format: z.enum(['hsds', 'hsds-csv']).default('hsds'),
  table: z.enum(hsdsTables).optional(),
})

const record = z.array(z.record(z.string(), z.unknown()))
const hsdsDocument = z.object(Object.fromEntries(hsdsTables.map((t) => [t, record])) as Record<string, typeof record>)

const exportDescription = `The public organization directory in the Open Referral Human Services Data Specification
(HSDS 3.0) shape: only organizations listed publicly (the same data as the regions' public pages), so it is open data:
no sign-in is needed. \`format=hsds\` (default) answers one JSON object with the arrays \`organization\`, \`service\`
(one per service category an organization offers, with its \`languages\`), \`location\` (one per organization
with an address, with its \`addresses\`), \`service_at_location\`, \`address\` and \`phone\`.
\`format=hsds-csv&table=organization|service|location|service_at_location|address|phone\` answers one table as CSV
(text/csv, UTF-8, HSDS column names in the header, nested lists left out). Identifiers of services, locations and their
links are stable UUIDs derived from the organization's id. The JSON is the whole public directory, every organization
listed publicly, in one answer (no paging: it is meant to be mirrored whole); a CSV builds only the table asked for.
Cells starting with = + - or @ are prefixed with a quote (') so that a spreadsheet does not run them as formulas.`

/** One table of the export as a CSV download (bytes: the JSON serializer of the route leaves them alone). */
function sendCsv(reply: FastifyReply, table: string, csv: string): FastifyReply {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="organismes-hsds-${table}.csv"`)
    .send(Buffer.from(csv))
}

const noTable = () =>
  invalidInput({
    table: {
      fr: `Indiquez la table à exporter : ${hsdsTables.join(', ')}.`,
      en: `Say which table to export: ${hsdsTables.join(', ')}.`,
    },
  })

/** The public directory as Open Referral HSDS, JSON or one CSV table (open data: no sign-in). */
function registerExportRoute(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(
    '/api/v1/organizations/export',
    {
      config: { anonymous: true },
      schema: {
        tags,
        summary: 'Export the public directory (Open Referral HSDS) as JSON or CSV; public, no sign-in',
        description: exportDescription,
        querystring: exportQuery,
        response: { 200: hsdsDocument, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { format, table } = request.query
      if (format === 'hsds') return exportPublicDirectory(deps.db)
      if (!table) throw noTable()
      return sendCsv(reply, table, hsdsCsv(await exportPublicDirectory(deps.db, table), table))
    },
  )
}

/** JSON API of the organization directory; each route declares its schemas once (validation, serialisation, OpenAPI). */
export function registerOrganizationRoutes(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const one = { 200: organizationOutput, ...errorResponses }

  app.get(
    '/api/v1/organizations',
    { schema: { tags, querystring: organizationListQuery, response: { 200: organizationPage, ...errorResponses } } },
    async (request) => listOrganizations(ctxOf(request, deps), request.query),
  )
  registerExportRoute(app, deps)
  app.get('/api/v1/organizations/:id', { schema: { tags, params: idParams, response: one } }, async (request) =>
    getOrganizationOrThrow(ctxOf(request, deps), request.params.id),
  )
  app.post(
    '/api/v1/organizations',
    { schema: { tags, body: organizationInput, response: { 201: organizationOutput, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await createOrganization(ctxOf(request, deps), request.body)),
  )
  app.put(
    '/api/v1/organizations/:id',
    { schema: { tags, params: idParams, body: organizationInput, response: one } },
    async (request) => replaceOrganization(ctxOf(request, deps), request.params.id, request.body),
  )
  app.put(
    '/api/v1/organizations/:id/capacity',
    {
      schema: {
        tags,
        summary: 'State the organization’s capacity (its partner account, or the staff who manage its region)',
        params: idParams,
        body: capacityInput,
        response: one,
      },
    },
    async (request) => updateCapacity(ctxOf(request, deps), request.params.id, request.body),
  )
}
