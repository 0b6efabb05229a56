import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { ComponentChildren } from 'preact'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { RadioGroup } from '../../../platform/views/choice.js'
import { DetailsList, Field, FormActions, fieldsOf, PostForm, SelectField } from '../../../platform/views/form.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import { labelsIn, type Lang, localName } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import { AdminList } from '../admin-list.js'
import type { RegionRow } from '../regions/region.queries.js'
import { listRegionsInScope } from '../regions/region.service.js'
import type { ServicePointOutput } from '../service-points/service-point.contracts.js'
import { listServicePoints } from '../service-points/service-point.service.js'
import { fieldLabels as f, staffRoleLabels, staffText as m } from '../territory.messages.js'
import { staffInput, type StaffOutput } from './staff.contracts.js'
import { canManageStaff } from './staff.policy.js'
import { staffRoles } from './staff.schema.js'
import { assertCanManageStaff, createStaff, getStaffOrThrow, listStaff, replaceStaff } from './staff.service.js'

export const STAFF_BASE = '/app/admin/personnel'
const savedQuery = z.object({ saved: z.literal('1').optional() })
type Values = Record<string, unknown>
type Options = { regions: RegionRow[]; points: ServicePointOutput[] }

async function optionsOf(request: FastifyRequest, deps: ModuleDeps): Promise<Options> {
  const ctx = ctxOf(request, deps)
  const [regions, points] = await Promise.all([listRegionsInScope(ctx), listServicePoints(ctx)])
  return { regions, points }
}

function StaffForm(p: {
  request: FastifyRequest
  action: string
  values: Values
  errors?: FieldErrors
  options: Options
}) {
  const lang: Lang = p.request.lang
  const labels = labelsIn(lang, f)
  const at = fieldsOf({ lang, labels, values: p.values, errors: p.errors })
  const { regions, points } = p.options
  const regionName = new Map(regions.map((r) => [r.code, localName(lang, r)]))
  return (
    <>
      <ErrorSummary lang={lang} errors={p.errors} labels={labels} />
      <PostForm requiredNote lang={lang} action={p.action} csrfToken={p.request.csrfToken}>
        <Field {...at('fullName')} required autocomplete="off" />
        <RadioGroup
          {...at('role')}
          required
          options={staffRoles.map((r) => ({ value: r, label: staffRoleLabels[r][lang] }))}
        />
        <Field {...at('email')} type="email" autocomplete="off" />
        <Field {...at('phone')} type="tel" autocomplete="off" />
        <SelectField
          {...at('regionCode')}
          required
          options={regions.map((r) => ({ value: r.code, label: localName(lang, r) }))}
          emptyLabel={regions.length > 1 ? '' : undefined}
        />
        <SelectField
          {...at('servicePointId')}
          options={points.map((sp) => ({
            value: sp.id,
            label: `${sp.name} (${regionName.get(sp.regionCode) ?? sp.regionCode})${sp.active ? '' : ` — ${f.inactive![lang]}`}`,
          }))}
          emptyLabel={m.noServicePoint[lang]}
        />
        <Field {...at('validFrom')} type="date" required hint={f.datesHint![lang]} />
        <Field {...at('validTo')} type="date" hint={f.datesHint![lang]} />
        <FormActions saveLabel={f.save![lang]} cancelHref={STAFF_BASE} cancelLabel={f.cancel![lang]} />
      </PostForm>
    </>
  )
}

/** A team member for readers who may not change it. */
function StaffDetails(p: { lang: Lang; staff: StaffOutput; options: Options }) {
  const { lang, staff } = p
  const region = p.options.regions.find((r) => r.code === staff.regionCode)
  const rows: [string, string | null][] = [
    ['role', staffRoleLabels[staff.role][lang]],
    ['email', staff.email],
    ['phone', staff.phone],
    ['regionCode', region ? localName(lang, region) : staff.regionCode],
    ['servicePointId', p.options.points.find((sp) => sp.id === staff.servicePointId)?.name ?? null],
    ['validFrom', staff.validFrom],
    ['validTo', staff.validTo],
  ]
  return <DetailsList rows={rows.map(([k, v]) => [f[k]![lang], v])} />
}

/** The page of one team member: the form for managers (with the account section below), details for readers. */
export async function StaffPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  staff: StaffOutput
  values?: Values
  errors?: FieldErrors
  top?: ComponentChildren
  account?: ComponentChildren
}) {
  const { request, staff } = p
  const options = await optionsOf(request, p.deps)
  const manager = request.actor !== null && canManageStaff(request.actor, request.scope, staff.regionCode)
  const title = manager ? m.editTitle[request.lang] : staff.fullName
  return (
    <AppPage request={request} nav={p.deps.nav} title={title}>
      {p.top}
      <h1>{title}</h1>
      {manager ? (
        <StaffForm
          request={request}
          action={`${STAFF_BASE}/${staff.id}`}
          values={p.values ?? staff}
          errors={p.errors}
          options={options}
        />
      ) : (
        <StaffDetails lang={request.lang} staff={staff} options={options} />
      )}
      {p.account}
      <p>
        <a href={STAFF_BASE}>{m.listTitle[request.lang]}</a>
      </p>
    </AppPage>
  )
}

async function NewStaffPage(p: { request: FastifyRequest; deps: ModuleDeps; values: Values; errors?: FieldErrors }) {
  const options = await optionsOf(p.request, p.deps)
  const values = { regionCode: options.regions.length === 1 ? options.regions[0]!.code : '', ...p.values }
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.newTitle[p.request.lang]}>
      <h1>{m.newTitle[p.request.lang]}</h1>
      <StaffForm
        request={p.request}
        action={`${STAFF_BASE}/nouveau`}
        values={values}
        errors={p.errors}
        options={options}
      />
    </AppPage>
  )
}

function listTable(request: FastifyRequest, items: StaffOutput[], options: Options) {
  const lang = request.lang
  const regionName = new Map(options.regions.map((r) => [r.code, localName(lang, r)]))
  const spName = new Map(options.points.map((sp) => [sp.id, sp.name]))
  const rows = items.map((s) => ({
    id: s.id,
    label: s.fullName,
    active: s.active,
    cells: [
      s.fullName,
      staffRoleLabels[s.role][lang],
      regionName.get(s.regionCode) ?? s.regionCode,
      s.servicePointId ? (spName.get(s.servicePointId) ?? '') : '',
      s.email ?? '',
    ],
  }))
  const canManage = request.actor !== null && canManageStaff(request.actor, request.scope)
  return {
    base: STAFF_BASE,
    text: m,
    columns: ['fullName', 'role', 'regionCode', 'servicePointId', 'email'],
    rows,
    canManage,
  }
}

/** Team screens: list, create, edit (directors and admins), details (other staff); no JavaScript needed. */
export function registerStaffPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(STAFF_BASE, { schema: { hide: true, querystring: savedQuery } }, async (request, reply) => {
    const [items, options] = await Promise.all([listStaff(ctxOf(request, deps)), optionsOf(request, deps)])
    const table = listTable(request, items, options)
    return sendPage(
      reply,
      <AdminList request={request} deps={deps} table={table} saved={request.query.saved === '1'} />,
    )
  })
  app.get(`${STAFF_BASE}/nouveau`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCanManageStaff(ctx)
    return sendPage(reply, await NewStaffPage({ request, deps, values: { validFrom: civilDate(ctx.now) } }))
  })
  app.post(`${STAFF_BASE}/nouveau`, formRoute(staffInput), async (request, reply) =>
    submitForm(
      request,
      () => createStaff(ctxOf(request, deps), request.body),
      () => reply.redirect(`${STAFF_BASE}?saved=1`, 303),
      async (errors, status) =>
        sendPage(reply, await NewStaffPage({ request, deps, values: typedValues(request.body), errors }), status),
    ),
  )
  app.post(`${STAFF_BASE}/:id`, formRoute(staffInput, idParams), async (request, reply) => {
    const ctx = ctxOf(request, deps)
    return submitForm(
      request,
      () => replaceStaff(ctx, request.params.id, request.body),
      () => reply.redirect(`${STAFF_BASE}?saved=1`, 303),
      async (errors, status) =>
        sendPage(
          reply,
          await StaffPage({
            request,
            deps,
            staff: await getStaffOrThrow(ctx, request.params.id),
            values: typedValues(request.body),
            errors,
          }),
          status,
        ),
    )
  })
}
