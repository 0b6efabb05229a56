import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { filterErrors, filterRoute, typedValues } from '../../../platform/http/forms.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { sendPageOrFragment } from '../../../platform/http/htmx.js'
import { CheckboxField } from '../../../platform/views/choice.js'
import { Field, FilterForm, SelectField } from '../../../platform/views/form.js'
import { localName } from '../../../platform/views/i18n.js'
import { AdminList, AdminResults, type AdminTable, RESULTS_ID } from '../admin-list.js'
import type { RegionRow } from '../regions/region.queries.js'
import { listRegionsInScope } from '../regions/region.service.js'
import { fieldLabels as f, spText as m } from '../territory.messages.js'
import { Q_MAX, servicePointListQuery, type ServicePointOutput } from './service-point.contracts.js'
import { canManageServicePoints } from './service-point.policy.js'
import { listServicePoints } from './service-point.service.js'

export const SERVICE_POINTS = '/app/admin/points-de-service'
const BASE = SERVICE_POINTS
// The list's GET form sends '' for an untouched filter; `saved` is the notice after a redirect.
const listPageQuery = servicePointListQuery.extend({ saved: z.literal('1').optional() })

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
  errors?: FieldErrors
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
      <Field
        lang={lang}
        name="q"
        type="search"
        label={f.q![lang]}
        hint={f.qHint![lang]}
        value={p.values.q}
        errors={p.errors}
        maxLength={Q_MAX}
      />
      {p.regions.length > 1 ? (
        <SelectField
          lang={lang}
          name="region"
          label={f.regionCode![lang]}
          value={p.values.region}
          errors={p.errors}
          emptyLabel={f.allRegions![lang]}
          options={p.regions.map((r) => ({ value: r.code, label: localName(lang, r) }))}
        />
      ) : null}
      <CheckboxField name="active" label={f.onlyActive![lang]} checked={p.values.active === 'true'} />
    </FilterForm>
  )
}

/**
 * The list of service points with live filters: the whole page, or only the results for htmx. Filters that do not
 * validate (a search over 100 characters, a region that is not one) answer 400 with the list page and the error on the
 * filter, never a dead end.
 */
export function registerServicePointListPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(BASE, filterRoute(listPageQuery), async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const errors = filterErrors(request)
    const query = errors ? {} : request.query
    const filter = { q: query.q, region: query.region, active: query.active === 'true' }
    const [items, regions] = await Promise.all([
      errors ? Promise.resolve([]) : listServicePoints(ctx, filter),
      listRegionsInScope(ctx),
    ])
    const table = tableOf(request, items, regions)
    const error = errors ? Object.values(errors)[0]?.[request.lang] : undefined
    const values = errors ? typedValues(request.query) : request.query
    const filters = <Filters request={request} regions={regions} values={values} errors={errors} />
    const page = () => (
      <AdminList
        request={request}
        deps={deps}
        table={table}
        filters={filters}
        saved={query.saved === '1'}
        error={error}
      />
    )
    reply.code(errors ? 400 : 200)
    return sendPageOrFragment(request, reply, page, () => (
      <AdminResults lang={request.lang} table={table} error={error} />
    ))
  })
}
