import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AppPage, can, ctxOf, inTransaction, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { submitForm } from '../../../platform/http/forms.js'
import { ErrorSummary, Field, formValue, PostForm, SelectField } from '../../../platform/views/form.js'
import { AdminList } from '../admin-list.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import { fromForm } from '../../../platform/validation.js'
import { listRegions, type RegionRow } from '../regions/region.queries.js'
import { civilDate } from '../scope.js'
import { fieldLabels as f, hostKindLabels, spText as m } from '../territory.messages.js'
import type { ServicePointOutput } from './service-point.contracts.js'
import { hostKinds } from './service-point.schema.js'
import { createServicePoint, getServicePointOrThrow, listServicePoints, updateServicePoint } from './service-point.service.js'

const BASE = '/app/admin/points-de-service'

function ListPage(p: { request: FastifyRequest; deps: ModuleDeps; items: ServicePointOutput[] }) {
  const rows = p.items.map((sp) => ({ id: sp.id, label: sp.name, active: sp.active, cells: [sp.regionCode, sp.name, sp.hostName, sp.streetAddress, sp.city] }))
  const canManage = p.request.actor ? can(p.request.actor, 'territory.manage') : false
  return <AdminList request={p.request} deps={p.deps} base={BASE} text={m} canManage={canManage} columns={['regionCode', 'name', 'hostName', 'streetAddress', 'city']} rows={rows} />
}

type Values = Record<string, unknown>
const str = formValue

function FormPage(p: { request: FastifyRequest; deps: ModuleDeps; title: string; action: string; values: Values; errors?: FieldErrors; regions: RegionRow[] }) {
  const lang: Lang = p.request.lang
  const labels = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v[lang]]))
  const field = (name: string, extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field lang={lang} name={name} label={labels[name]!} value={str(p.values, name)} errors={p.errors} {...extra} />
  )
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={p.title}>
      <h1>{p.title}</h1>
      <ErrorSummary lang={lang} errors={p.errors} labels={labels} />
      <PostForm action={p.action} csrfToken={p.request.csrfToken}>
        <SelectField lang={lang} name="regionCode" label={labels.regionCode!} value={str(p.values, 'regionCode')} errors={p.errors} required
          options={p.regions.map((r) => ({ value: r.code, label: `${r.code} — ${r.nameFr}` }))} emptyLabel="" />
        {field('name', { required: true })}
        <SelectField lang={lang} name="hostKind" label={labels.hostKind!} value={str(p.values, 'hostKind')} errors={p.errors} required
          options={hostKinds.map((k) => ({ value: k, label: hostKindLabels[k][lang] }))} emptyLabel="" />
        {field('hostName', { required: true })}
        {field('streetAddress', { required: true, autocomplete: 'street-address' })}
        {field('city', { required: true })}
        {field('postalCode', { autocomplete: 'postal-code' })}
        {field('hoursFr')}
        {field('hoursEn')}
        {field('validFrom', { type: 'date', required: true, hint: f.datesHint![lang] })}
        {field('validTo', { type: 'date', hint: f.datesHint![lang] })}
        <button class="button" type="submit">{f.save![lang]}</button>
      </PostForm>
    </AppPage>
  )
}

/** Admin screens: list, create and edit service points, with per-field errors and no JavaScript needed. */
export function registerServicePointPages(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(BASE, async (request, reply) => {
    const items = await listServicePoints(ctxOf(request, deps))
    return sendPage(reply, <ListPage request={request} deps={deps} items={items} />)
  })
  app.get(`${BASE}/nouveau`, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const values = { validFrom: civilDate(ctx.now), hostKind: 'services_quebec', hostName: 'Services Québec' }
    return sendPage(reply, <FormPage request={request} deps={deps} title={m.newTitle[request.lang]} action={`${BASE}/nouveau`} values={values} regions={await listRegions(deps.db)} />)
  })
  app.post(`${BASE}/nouveau`, async (request, reply) => {
    const values = fromForm(request.body)
    return submitForm(
      () => inTransaction(ctxOf(request, deps), (ctx) => createServicePoint(ctx, values as never)),
      () => reply.redirect(`${BASE}?saved=1`, 303),
      async (errors, status) => sendPage(reply, <FormPage request={request} deps={deps} title={m.newTitle[request.lang]} action={`${BASE}/nouveau`} values={values} errors={errors} regions={await listRegions(deps.db)} />, status),
    )
  })
  app.get<{ Params: { id: string } }>(`${BASE}/:id`, async (request, reply) => {
    const sp = await getServicePointOrThrow(ctxOf(request, deps), request.params.id)
    return sendPage(reply, <FormPage request={request} deps={deps} title={m.editTitle[request.lang]} action={`${BASE}/${sp.id}`} values={sp} regions={await listRegions(deps.db)} />)
  })
  app.post<{ Params: { id: string } }>(`${BASE}/:id`, async (request, reply) => {
    const values = fromForm(request.body)
    // Emptied optional fields are cleared, not kept.
    const changes = Object.fromEntries(['postalCode', 'hoursFr', 'hoursEn', 'validTo'].map((k) => [k, null]))
    return submitForm(
      () => inTransaction(ctxOf(request, deps), (ctx) => updateServicePoint(ctx, request.params.id, { ...changes, ...values } as never)),
      () => reply.redirect(`${BASE}?saved=1`, 303),
      async (errors, status) => sendPage(reply, <FormPage request={request} deps={deps} title={m.editTitle[request.lang]} action={`${BASE}/${request.params.id}`} values={values} errors={errors} regions={await listRegions(deps.db)} />, status),
    )
  })
}
