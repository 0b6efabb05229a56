import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { DetailsList, Field, FormActions, fieldsOf, PostForm, SelectField } from '../../../platform/views/form.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import { labelsIn, type Lang, localName } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import type { RegionRow } from '../regions/region.queries.js'
import { listRegionsInScope } from '../regions/region.service.js'
import { fieldLabels as f, hostKindLabels, spText as m } from '../territory.messages.js'
import { SERVICE_POINTS as BASE } from './service-point-list.pages.js'
import { servicePointInput, type ServicePointOutput } from './service-point.contracts.js'
import { canManageServicePoints } from './service-point.policy.js'
import { hostKinds } from './service-point.schema.js'
import {
  assertCanManageServicePoints,
  createServicePoint,
  getServicePointOrThrow,
  replaceServicePoint,
} from './service-point.service.js'

type Values = Record<string, unknown>

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
  const labels = labelsIn(lang, f)
  const at = fieldsOf({ lang, labels, values: p.values, errors: p.errors })
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={p.title}>
      <h1>{p.title}</h1>
      <ErrorSummary lang={lang} errors={p.errors} labels={labels} />
      <PostForm requiredNote lang={lang} action={p.action} csrfToken={p.request.csrfToken}>
        <SelectField
          {...at('regionCode')}
          required
          options={p.regions.map((r) => ({ value: r.code, label: localName(lang, r) }))}
          emptyLabel={p.regions.length > 1 ? '' : undefined}
        />
        <Field {...at('name')} required />
        <SelectField
          {...at('hostKind')}
          required
          options={hostKinds.map((k) => ({ value: k, label: hostKindLabels[k][lang] }))}
          emptyLabel=""
        />
        <Field {...at('hostName')} required />
        <Field {...at('streetAddress')} required autocomplete="street-address" />
        <Field {...at('city')} required />
        <Field {...at('postalCode')} autocomplete="postal-code" />
        <Field {...at('hoursFr')} />
        <Field {...at('hoursEn')} />
        <Field {...at('validFrom')} type="date" required hint={f.datesHint![lang]} />
        <Field {...at('validTo')} type="date" hint={f.datesHint![lang]} />
        <FormActions saveLabel={f.save![lang]} cancelHref={BASE} cancelLabel={f.cancel![lang]} />
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
      <DetailsList rows={rows.map(([k, v]) => [f[k]![lang], v])} />
      <p>
        <a href={BASE}>{m.listTitle[lang]}</a>
      </p>
    </AppPage>
  )
}

type FormState = { id?: string; values: Values; errors?: FieldErrors }

/** The new (no id) or edit form, with the regions the caller may choose. */
async function showForm(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, form: FormState, status = 200) {
  const regions = await listRegionsInScope(ctxOf(request, deps))
  const title = (form.id ? m.editTitle : m.newTitle)[request.lang]
  const action = `${BASE}/${form.id ?? 'nouveau'}`
  const page = (
    <FormPage
      request={request}
      deps={deps}
      title={title}
      action={action}
      values={form.values}
      errors={form.errors}
      regions={regions}
    />
  )
  return sendPage(reply, page, status)
}

/** A new service point starts today, in Services Québec's office, in the region when the caller has only one. */
function newValues(today: string, regions: RegionRow[]): Values {
  const regionCode = regions.length === 1 ? regions[0]!.code : ''
  return { validFrom: today, hostKind: 'services_quebec', hostName: 'Services Québec', regionCode }
}

/** Create and edit (admins of the region) and read-only details (other staff); post/redirect/get on success. */
export function registerServicePointFormPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const saved = (reply: FastifyReply) => () => reply.redirect(`${BASE}?saved=1`, 303)

  app.get(`${BASE}/nouveau`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCanManageServicePoints(ctx)
    const regions = await listRegionsInScope(ctx)
    return showForm(request, reply, deps, { values: newValues(civilDate(ctx.now), regions) })
  })
  app.post(`${BASE}/nouveau`, formRoute(servicePointInput), async (request, reply) =>
    submitForm(
      request,
      () => createServicePoint(ctxOf(request, deps), request.body),
      saved(reply),
      (errors, status) => showForm(request, reply, deps, { values: typedValues(request.body), errors }, status),
    ),
  )
  app.get(`${BASE}/:id`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const sp = await getServicePointOrThrow(ctx, request.params.id)
    if (canManageServicePoints(ctx.actor, ctx.scope, sp.regionCode))
      return showForm(request, reply, deps, { id: sp.id, values: sp })
    const regions = await listRegionsInScope(ctx)
    return sendPage(reply, <DetailsPage request={request} deps={deps} sp={sp} regions={regions} />)
  })
  app.post(`${BASE}/:id`, formRoute(servicePointInput, idParams), async (request, reply) => {
    const { id } = request.params
    return submitForm(
      request,
      () => replaceServicePoint(ctxOf(request, deps), id, request.body),
      saved(reply),
      (errors, status) => showForm(request, reply, deps, { id, values: typedValues(request.body), errors }, status),
    )
  })
}
