import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { formOf } from '../../../platform/http/forms.js'
import { sendPageOrFragment } from '../../../platform/http/htmx.js'
import { CheckboxField } from '../../../platform/views/choice.js'
import { Field, FilterForm, SelectField } from '../../../platform/views/form.js'
import { localName } from '../../../platform/views/i18n.js'
import { AdminList, AdminResults, type AdminTable, RESULTS_ID } from '../admin-list.js'
import type { RegionRow } from '../regions/region.queries.js'
import { listRegionsInScope } from '../regions/region.service.js'
import { fieldLabels as f, spText as m } from '../territory.messages.js'
import { servicePointListQuery, type ServicePointOutput } from './service-point.contracts.js'
import { canManageServicePoints } from './service-point.policy.js'
import { listServicePoints } from './service-point.service.js'

export const SERVICE_POINTS = '/app/admin/points-de-service'
const BASE = SERVICE_POINTS
// The list's GET form sends '' for an untouched filter; `saved` is the notice after a redirect.
const listPageQuery = formOf(servicePointListQuery.extend({ saved: z.literal('1').optional() }))

function tableOf(request: FastifyRequest, items: ServicePointOutput[], regions: RegionRow[]): AdminTable {
  const lang = request.lang
  const regionName = new Map(regions.map((r) => [r.code, localName(lang, r)]))
  const rows = items.map((sp) => ({
    id: sp.id,
    label: sp.name,
    active: sp.active,
    cells: [regionName.get(sp.regionCode) ?? sp.regionCode, sp.name, sp.hostName, sp.streetAddress, sp.city],
  }))
  const canManage = request.actor ? canManageServicePoints(request.actor, request.scope) : false
  return { base: BASE, text: m, columns: ['regionCode', 'name', 'hostName', 'streetAddress', 'city'], rows, canManage }
}

function Filters(p: {
  request: FastifyRequest
  regions: RegionRow[]
  values: { q?: string; region?: string; active?: string }
}) {
  const lang = p.request.lang
  return (
    <FilterForm
      action={BASE}
      label={f.filters![lang]}
      target={RESULTS_ID}
      csrfToken={p.request.csrfToken}
      submitLabel={f.filter![lang]}
    >
      <Field lang={lang} name="q" type="search" label={f.q![lang]} hint={f.qHint![lang]} value={p.values.q} />
      {p.regions.length > 1 ? (
        <SelectField
          lang={lang}
          name="region"
          label={f.regionCode![lang]}
          value={p.values.region}
          emptyLabel={f.allRegions![lang]}
          options={p.regions.map((r) => ({ value: r.code, label: localName(lang, r) }))}
        />
      ) : null}
      <CheckboxField name="active" label={f.onlyActive![lang]} checked={p.values.active === 'true'} />
    </FilterForm>
  )
}

/** The list of service points with live filters: the whole page, or only the results for htmx. */
export function registerServicePointListPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(BASE, { schema: { hide: true, querystring: listPageQuery } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const { q, region, active, saved } = request.query
    const filter = { q, region, active: active === 'true' }
    const [items, regions] = await Promise.all([listServicePoints(ctx, filter), listRegionsInScope(ctx)])
    const table = tableOf(request, items, regions)
    const filters = <Filters request={request} regions={regions} values={request.query} />
    const page = () => <AdminList request={request} deps={deps} table={table} filters={filters} saved={saved === '1'} />
    return sendPageOrFragment(request, reply, page, () => <AdminResults lang={request.lang} table={table} />)
  })
}
