import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AppPage, can, ctxOf, inTransaction, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { submitForm } from '../../../platform/http/forms.js'
import { ErrorSummary, Field, formValue, Notice, PostForm, SelectField } from '../../../platform/views/form.js'
import { AdminList } from '../admin-list.js'
import { sendPage } from '../../../platform/views/render.js'
import { fromForm } from '../../../platform/validation.js'
import { listRegions } from '../regions/region.queries.js'
import { civilDate } from '../scope.js'
import type { ServicePointOutput } from '../service-points/service-point.contracts.js'
import { listServicePoints } from '../service-points/service-point.service.js'
import { fieldLabels as f, staffRoleLabels, staffText as m } from '../territory.messages.js'
import type { StaffOutput } from './staff.contracts.js'
import { staffRoles } from './staff.schema.js'
import { createStaff, getStaffOrThrow, listStaff, updateStaff } from './staff.service.js'
import { createStaffAccount, resetStaffPassword, setStaffAccountDisabled, staffAccountState } from './staff-account.service.js'

const BASE = '/app/admin/personnel'
type Values = Record<string, unknown>
const str = formValue

function ListPage(p: { request: FastifyRequest; deps: ModuleDeps; items: StaffOutput[]; points: ServicePointOutput[] }) {
  const lang = p.request.lang
  const spName = new Map(p.points.map((sp) => [sp.id, sp.name]))
  const rows = p.items.map((s) => ({
    id: s.id,
    label: s.fullName,
    active: s.active,
    cells: [s.fullName, staffRoleLabels[s.role][lang], s.regionCode, s.servicePointId ? spName.get(s.servicePointId) ?? '' : '', s.email ?? ''],
  }))
  const canManage = p.request.actor ? can(p.request.actor, 'staff.manage') : false
  return <AdminList request={p.request} deps={p.deps} base={BASE} text={m} canManage={canManage} columns={['fullName', 'role', 'regionCode', 'servicePointId', 'email']} rows={rows} />
}

type AccountInfo = { staffId: string; state: 'none' | 'active' | 'disabled'; created?: { email: string; password: string }; reset?: boolean; errors?: FieldErrors }

/** The account section of a team member's page: open an account, or disable / re-enable it. */
function AccountSection(p: { request: FastifyRequest; account: AccountInfo }) {
  const lang = p.request.lang
  const a = m.account
  const base = `${BASE}/${p.account.staffId}/compte`
  return (
    <section aria-labelledby="account">
      <h2 id="account">{a.title[lang]}</h2>
      {p.account.created ? (
        <Notice>
          {p.account.reset ? a.resetDone[lang] : a.created[lang]} <strong>{p.account.created.email}</strong> — <code class="secret">{p.account.created.password}</code>
        </Notice>
      ) : null}
      <ErrorSummary lang={lang} errors={p.account.errors} labels={{ scope: a.scope[lang] }} />
      {p.account.state === 'none' ? (
        <PostForm action={base} csrfToken={p.request.csrfToken} label={a.title[lang]}>
          <p>{a.none[lang]}</p>
          <SelectField lang={lang} name="scope" label={a.scope[lang]} value="region" errors={p.account.errors} required
            options={[{ value: 'region', label: a.scopeRegion[lang] }, { value: 'service_point', label: a.scopeServicePoint[lang] }]} />
          <button class="button" type="submit">{a.create[lang]}</button>
        </PostForm>
      ) : (
        <>
          <p>{p.account.state === 'active' ? a.active[lang] : a.disabled[lang]}</p>
          <div class="button-row">
            <PostForm action={`${base}/${p.account.state === 'active' ? 'desactivation' : 'activation'}`} csrfToken={p.request.csrfToken}>
              <button class="button secondary" type="submit">{p.account.state === 'active' ? a.disable[lang] : a.enable[lang]}</button>
            </PostForm>
            {p.account.state === 'active' ? (
              <PostForm action={`${base}/reinitialisation`} csrfToken={p.request.csrfToken}>
                <button class="button secondary" type="submit">{a.reset[lang]}</button>
              </PostForm>
            ) : null}
          </div>
        </>
      )}
    </section>
  )
}

async function FormPage(p: { request: FastifyRequest; deps: ModuleDeps; title: string; action: string; values: Values; errors?: FieldErrors; account?: AccountInfo }) {
  const lang = p.request.lang
  const [regions, points] = await Promise.all([listRegions(p.deps.db), listServicePoints(ctxOf(p.request, p.deps))])
  const labels = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v[lang]]))
  const field = (name: string, extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field lang={lang} name={name} label={labels[name]!} value={str(p.values, name)} errors={p.errors} {...extra} />
  )
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={p.title}>
      <h1>{p.title}</h1>
      <ErrorSummary lang={lang} errors={p.errors} labels={labels} />
      <PostForm action={p.action} csrfToken={p.request.csrfToken}>
        {field('fullName', { required: true, autocomplete: 'off' })}
        <SelectField lang={lang} name="role" label={labels.role!} value={str(p.values, 'role')} errors={p.errors} required
          options={staffRoles.map((r) => ({ value: r, label: staffRoleLabels[r][lang] }))} emptyLabel="" />
        {field('email', { type: 'email', autocomplete: 'off' })}
        {field('phone', { type: 'tel', autocomplete: 'off' })}
        <SelectField lang={lang} name="regionCode" label={labels.regionCode!} value={str(p.values, 'regionCode')} errors={p.errors} required
          options={regions.map((r) => ({ value: r.code, label: `${r.code} — ${r.nameFr}` }))} emptyLabel="" />
        <SelectField lang={lang} name="servicePointId" label={labels.servicePointId!} value={str(p.values, 'servicePointId')} errors={p.errors}
          options={points.map((sp) => ({ value: sp.id, label: `${sp.name} (${sp.regionCode})${sp.active ? '' : ` — ${f.inactive![lang]}`}` }))} emptyLabel={m.noServicePoint[lang]} />
        {field('validFrom', { type: 'date', required: true, hint: f.datesHint![lang] })}
        {field('validTo', { type: 'date', hint: f.datesHint![lang] })}
        <button class="button" type="submit">{f.save![lang]}</button>
      </PostForm>
      {p.account && p.request.actor && can(p.request.actor, 'users.manage') ? <AccountSection request={p.request} account={p.account} /> : null}
    </AppPage>
  )
}

/** Admin screens: list, create and edit the team, with per-field errors and no JavaScript needed. */
export function registerStaffPages(app: FastifyInstance, deps: ModuleDeps): void {
  const form = async (request: FastifyRequest, title: string, action: string, values: Values, errors?: FieldErrors, account?: AccountInfo) =>
    FormPage({ request, deps, title, action, values, errors, account })
  const editPage = async (request: FastifyRequest, id: string, extra: Partial<AccountInfo> = {}) => {
    const ctx = ctxOf(request, deps)
    const s = await getStaffOrThrow(ctx, id)
    const account: AccountInfo = { staffId: s.id, state: await staffAccountState(ctx, s.id), ...extra }
    return form(request, m.editTitle[request.lang], `${BASE}/${s.id}`, s, undefined, account)
  }

  app.get(BASE, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const [items, points] = await Promise.all([listStaff(ctx), listServicePoints(ctx)])
    return sendPage(reply, <ListPage request={request} deps={deps} items={items} points={points} />)
  })
  app.get(`${BASE}/nouveau`, async (request, reply) => {
    const values = { validFrom: civilDate(ctxOf(request, deps).now) }
    return sendPage(reply, await form(request, m.newTitle[request.lang], `${BASE}/nouveau`, values))
  })
  app.post(`${BASE}/nouveau`, async (request, reply) => {
    const values = fromForm(request.body)
    return submitForm(
      () => inTransaction(ctxOf(request, deps), (ctx) => createStaff(ctx, values as never)),
      () => reply.redirect(`${BASE}?saved=1`, 303),
      async (errors, status) => sendPage(reply, await form(request, m.newTitle[request.lang], `${BASE}/nouveau`, values, errors), status),
    )
  })
  app.get<{ Params: { id: string } }>(`${BASE}/:id`, async (request, reply) => sendPage(reply, await editPage(request, request.params.id)))
  app.post<{ Params: { id: string } }>(`${BASE}/:id/compte`, async (request, reply) => {
    const scope = (request.body as Values | undefined)?.scope === 'service_point' ? 'service_point' : 'region'
    return submitForm(
      () => inTransaction(ctxOf(request, deps), (ctx) => createStaffAccount(ctx, request.params.id, scope)),
      async (created) => sendPage(reply, await editPage(request, request.params.id, { created }), 201),
      async (errors, status) => sendPage(reply, await editPage(request, request.params.id, { errors }), status),
    )
  })
  app.post<{ Params: { id: string } }>(`${BASE}/:id/compte/reinitialisation`, async (request, reply) => {
    const created = await inTransaction(ctxOf(request, deps), (ctx) => resetStaffPassword(ctx, request.params.id))
    return sendPage(reply, await editPage(request, request.params.id, { created, reset: true }), 201)
  })
  for (const [segment, disabled] of [['desactivation', true], ['activation', false]] as const) {
    app.post<{ Params: { id: string } }>(`${BASE}/:id/compte/${segment}`, async (request, reply) => {
      await inTransaction(ctxOf(request, deps), (ctx) => setStaffAccountDisabled(ctx, request.params.id, disabled))
      return reply.redirect(`${BASE}/${request.params.id}`, 303)
    })
  }
  app.post<{ Params: { id: string } }>(`${BASE}/:id`, async (request, reply) => {
    const values = fromForm(request.body)
    const cleared = Object.fromEntries(['email', 'phone', 'servicePointId', 'validTo'].map((k) => [k, null]))
    return submitForm(
      () => inTransaction(ctxOf(request, deps), (ctx) => updateStaff(ctx, request.params.id, { ...cleared, ...values } as never)),
      () => reply.redirect(`${BASE}?saved=1`, 303),
      async (errors, status) => sendPage(reply, await form(request, m.editTitle[request.lang], `${BASE}/${request.params.id}`, values, errors), status),
    )
  })
}
