import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formOf, formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { sendPageOrFragment } from '../../../platform/http/htmx.js'
import { idParams } from '../../../platform/http/schemas.js'
import {
  CheckboxField,
  ErrorSummary,
  Field,
  FilterForm,
  formValue,
  PostForm,
  SelectField,
} from '../../../platform/views/form.js'
import { type Lang, localName } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import { AdminList, AdminResults, type AdminTable, RESULTS_ID } from '../admin-list.js'
import type { RegionRow } from '../regions/region.queries.js'
import { listRegionsInScope } from '../regions/region.service.js'
import { fieldLabels as f, hostKindLabels, spText as m } from '../territory.messages.js'
import { servicePointInput, servicePointListQuery, type ServicePointOutput } from './service-point.contracts.js'
import { canManageServicePoints } from './service-point.policy.js'
import { hostKinds } from './service-point.schema.js'
import {
  assertCanManageServicePoints,
  createServicePoint,
  getServicePointOrThrow,
  listServicePoints,
  replaceServicePoint,
} from './service-point.service.js'

const BASE = '/app/admin/points-de-service'
// The list's GET form sends '' for an untouched filter; `saved` is the notice after a redirect.
const listPageQuery = formOf(servicePointListQuery.extend({ saved: z.literal('1').optional() }))
type Values = Record<string, unknown>
const labelsOf = (lang: Lang) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v[lang]]))

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

function FormPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  title: string
  action: string
  values: Values
  errors?: FieldErrors
  regions: RegionRow[]
}) {
  const lang: Lang = p.request.lang
  const labels = labelsOf(lang)
  const field = (name: string, extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field
      lang={lang}
      name={name}
      label={labels[name]!}
      value={formValue(p.values, name)}
      errors={p.errors}
      {...extra}
    />
  )
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={p.title}>
      <h1>{p.title}</h1>
      <ErrorSummary lang={lang} errors={p.errors} labels={labels} />
      <PostForm action={p.action} csrfToken={p.request.csrfToken}>
        <SelectField
          lang={lang}
          name="regionCode"
          label={labels.regionCode!}
          value={formValue(p.values, 'regionCode')}
          errors={p.errors}
          required
          options={p.regions.map((r) => ({ value: r.code, label: localName(lang, r) }))}
          emptyLabel={p.regions.length > 1 ? '' : undefined}
        />
        {field('name', { required: true })}
        <SelectField
          lang={lang}
          name="hostKind"
          label={labels.hostKind!}
          value={formValue(p.values, 'hostKind')}
          errors={p.errors}
          required
          options={hostKinds.map((k) => ({ value: k, label: hostKindLabels[k][lang] }))}
          emptyLabel=""
        />
        {field('hostName', { required: true })}
        {field('streetAddress', { required: true, autocomplete: 'street-address' })}
        {field('city', { required: true })}
        {field('postalCode', { autocomplete: 'postal-code' })}
        {field('hoursFr')}
        {field('hoursEn')}
        {field('validFrom', { type: 'date', required: true, hint: f.datesHint![lang] })}
        {field('validTo', { type: 'date', hint: f.datesHint![lang] })}
        <div class="button-row">
          <button class="button" type="submit">
            {f.save![lang]}
          </button>
          <a class="button tertiary" href={BASE}>
            {f.cancel![lang]}
          </a>
        </div>
      </PostForm>
    </AppPage>
  )
}

/** The record for readers who may not change it: a description list instead of a form they could not submit. */
function DetailsPage(p: { request: FastifyRequest; deps: ModuleDeps; sp: ServicePointOutput; regions: RegionRow[] }) {
  const lang = p.request.lang
  const region = p.regions.find((r) => r.code === p.sp.regionCode)
  const rows: [string, string | null][] = [
    ['regionCode', region ? localName(lang, region) : p.sp.regionCode],
    ['hostKind', hostKindLabels[p.sp.hostKind][lang]],
    ...(
      [
        'hostName',
        'streetAddress',
        'city',
        'postalCode',
        lang === 'fr' ? 'hoursFr' : 'hoursEn',
        'validFrom',
        'validTo',
      ] as const
    ).map((k): [string, string | null] => [k, p.sp[k]]),
  ]
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={p.sp.name}>
      <h1>{p.sp.name}</h1>
      <dl class="details">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <>
              <dt>{f[k]![lang]}</dt>
              <dd>{v}</dd>
            </>
          ))}
      </dl>
      <p>
        <a href={BASE}>{m.listTitle[lang]}</a>
      </p>
    </AppPage>
  )
}

/** Service-point screens: a list with live filters, create, edit (admins), read-only details (other staff). */
export function registerServicePointPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const newTitle = (r: FastifyRequest) => m.newTitle[r.lang]
  const editTitle = (r: FastifyRequest) => m.editTitle[r.lang]

  app.get(BASE, { schema: { hide: true, querystring: listPageQuery } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const [items, regions] = await Promise.all([
      listServicePoints(ctx, { ...request.query, active: request.query.active === 'true' }),
      listRegionsInScope(ctx),
    ])
    const table = tableOf(request, items, regions)
    return sendPageOrFragment(
      request,
      reply,
      () => (
        <AdminList
          request={request}
          deps={deps}
          table={table}
          filters={<Filters request={request} regions={regions} values={request.query} />}
          saved={request.query.saved === '1'}
        />
      ),
      () => <AdminResults lang={request.lang} table={table} />,
    )
  })
  app.get(`${BASE}/nouveau`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCanManageServicePoints(ctx)
    const regions = await listRegionsInScope(ctx)
    const values = {
      validFrom: civilDate(ctx.now),
      hostKind: 'services_quebec',
      hostName: 'Services Québec',
      regionCode: regions.length === 1 ? regions[0]!.code : '',
    }
    return sendPage(
      reply,
      <FormPage
        request={request}
        deps={deps}
        title={newTitle(request)}
        action={`${BASE}/nouveau`}
        values={values}
        regions={regions}
      />,
    )
  })
  app.post(`${BASE}/nouveau`, formRoute(servicePointInput), async (request, reply) => {
    const ctx = ctxOf(request, deps)
    return submitForm(
      request,
      () => createServicePoint(ctx, request.body),
      () => reply.redirect(`${BASE}?saved=1`, 303),
      async (errors, status) =>
        sendPage(
          reply,
          <FormPage
            request={request}
            deps={deps}
            title={newTitle(request)}
            action={`${BASE}/nouveau`}
            values={typedValues(request.body)}
            errors={errors}
            regions={await listRegionsInScope(ctx)}
          />,
          status,
        ),
    )
  })
  app.get(`${BASE}/:id`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const [sp, regions] = await Promise.all([getServicePointOrThrow(ctx, request.params.id), listRegionsInScope(ctx)])
    if (!canManageServicePoints(ctx.actor, ctx.scope, sp.regionCode))
      return sendPage(reply, <DetailsPage request={request} deps={deps} sp={sp} regions={regions} />)
    return sendPage(
      reply,
      <FormPage
        request={request}
        deps={deps}
        title={editTitle(request)}
        action={`${BASE}/${sp.id}`}
        values={sp}
        regions={regions}
      />,
    )
  })
  app.post(`${BASE}/:id`, formRoute(servicePointInput, idParams), async (request, reply) => {
    const ctx = ctxOf(request, deps)
    return submitForm(
      request,
      () => replaceServicePoint(ctx, request.params.id, request.body),
      () => reply.redirect(`${BASE}?saved=1`, 303),
      async (errors, status) =>
        sendPage(
          reply,
          <FormPage
            request={request}
            deps={deps}
            title={editTitle(request)}
            action={`${BASE}/${request.params.id}`}
            values={typedValues(request.body)}
            errors={errors}
            regions={await listRegionsInScope(ctx)}
          />,
          status,
        ),
    )
  })
}
