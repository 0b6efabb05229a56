import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { Field, FormActions, fieldsOf, PostForm, SelectField, TextAreaField } from '../../../platform/views/form.js'
import { labelsIn, type Lang } from '../../../platform/views/i18n.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { type AdvisorChoice, type AdvisorServiceOutput, advisorServiceForm } from './advisor-service.contracts.js'
import { serviceFieldLabels as f, serviceKindNames, serviceText as m } from './advisor-service.messages.js'
import { advisorServiceKinds } from './advisor-service.schema.js'
import {
  assertCanRecordAdvisorServices,
  getAdvisorServiceOrThrow,
  getServedEnterpriseOrThrow,
  listAdvisorsOfRegion,
  markFollowUpDone,
  recordAdvisorService,
  replaceAdvisorService,
} from './advisor-service.service.js'

/** The staff pages of enterprises (the enterprises feature draws them; services add their own under them). */
export const ENTERPRISES = '/app/entreprises'
/** The list of services, and the address of each service's own actions (edit, follow-up done). */
export const SERVICES = '/app/services-entreprises'

/** The enterprise's page, where its timeline is drawn (`notice`: what was just done). */
export const enterpriseHref = (id: string, notice?: 'saved' | 'follow-up-done') =>
  `${ENTERPRISES}/${id}${notice ? `?service=${notice}` : ''}#services`

type Values = Record<string, unknown>
type Enterprise = { id: string; legalName: string; regionCode: string }
type FormState = { id?: string; enterprise: Enterprise; values: Values; errors?: FieldErrors }

function ServiceFields(p: { lang: Lang; values: Values; errors?: FieldErrors; advisors: AdvisorChoice[] }) {
  const { lang } = p
  const at = fieldsOf({ lang, labels: labelsIn(lang, f), values: p.values, errors: p.errors })
  const kinds = advisorServiceKinds.map((k) => ({ value: k, label: serviceKindNames[k][lang] }))
  return (
    <>
      <SelectField {...at('kind')} required emptyLabel="" options={kinds} />
      <Field {...at('servedOn')} type="date" required hint={m.servedOnHint[lang]} />
      <SelectField
        {...at('advisorId')}
        emptyLabel=""
        hint={m.advisorHint[lang]}
        options={p.advisors.map((a) => ({ value: a.id, label: a.name }))}
      />
      <TextAreaField {...at('outcome')} maxLength={4000} rows={4} />
      <Field {...at('followUpOn')} type="date" hint={m.followUpHint[lang]} />
    </>
  )
}

function FormPage(p: { request: FastifyRequest; deps: ModuleDeps; form: FormState; advisors: AdvisorChoice[] }) {
  const { lang } = p.request
  const { enterprise } = p.form
  const title = (p.form.id ? m.editTitle : m.newTitle)[lang]
  const action = p.form.id ? `${SERVICES}/${p.form.id}/modifier` : `${ENTERPRISES}/${enterprise.id}/services/nouveau`
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={`${title} — ${enterprise.legalName}`}>
      <h1>{title}</h1>
      <p>{enterprise.legalName}</p>
      <ErrorSummary lang={lang} errors={p.form.errors} labels={labelsIn(lang, f)} />
      <PostForm requiredNote lang={lang} action={action} csrfToken={p.request.csrfToken}>
        <ServiceFields lang={lang} values={p.form.values} errors={p.form.errors} advisors={p.advisors} />
        <FormActions saveLabel={m.save[lang]} cancelHref={enterpriseHref(enterprise.id)} cancelLabel={m.cancel[lang]} />
      </PostForm>
    </AppPage>
  )
}

async function showForm(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, form: FormState, status = 200) {
  const advisors = await listAdvisorsOfRegion(ctxOf(request, deps), form.enterprise.regionCode)
  return sendPage(reply, <FormPage request={request} deps={deps} form={form} advisors={advisors} />, status)
}

/** The form's values of a stored service. */
const valuesOf = (s: AdvisorServiceOutput): Values => ({ ...s })

const enterpriseOf = (s: AdvisorServiceOutput): Enterprise => ({
  id: s.enterpriseId,
  legalName: s.enterpriseName,
  regionCode: s.regionCode,
})

function registerNew(app: FastifyInstance, deps: ModuleDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>()
  const url = `${ENTERPRISES}/:id/services/nouveau`
  typed.get(url, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const enterprise = await getServedEnterpriseOrThrow(ctx, request.params.id)
    assertCanRecordAdvisorServices(ctx, enterprise.regionCode)
    return showForm(request, reply, deps, { enterprise, values: {} })
  })
  typed.post(url, formRoute(advisorServiceForm, idParams), async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const enterprise = await getServedEnterpriseOrThrow(ctx, request.params.id)
    return submitForm(
      request,
      () => recordAdvisorService(ctx, { ...request.body, enterpriseId: enterprise.id }),
      () => reply.redirect(enterpriseHref(enterprise.id, 'saved'), 303),
      (errors, status) =>
        showForm(request, reply, deps, { enterprise, values: typedValues(request.body), errors }, status),
    )
  })
}

function registerEdit(app: FastifyInstance, deps: ModuleDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>()
  typed.get(`${SERVICES}/:id/modifier`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const current = await getAdvisorServiceOrThrow(ctx, request.params.id)
    assertCanRecordAdvisorServices(ctx, current.regionCode)
    return showForm(request, reply, deps, {
      id: current.id,
      enterprise: enterpriseOf(current),
      values: valuesOf(current),
    })
  })
  typed.post(`${SERVICES}/:id/modifier`, formRoute(advisorServiceForm, idParams), async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const current = await getAdvisorServiceOrThrow(ctx, request.params.id)
    const enterprise = enterpriseOf(current)
    const form = { id: current.id, enterprise, values: typedValues(request.body) }
    return submitForm(
      request,
      () => replaceAdvisorService(ctx, current.id, { ...request.body, enterpriseId: enterprise.id }),
      () => reply.redirect(enterpriseHref(enterprise.id, 'saved'), 303),
      (errors, status) => showForm(request, reply, deps, { ...form, errors }, status),
    )
  })
  typed.post(`${SERVICES}/:id/suivi-fait`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const service = await markFollowUpDone(ctxOf(request, deps), request.params.id)
    return reply.redirect(enterpriseHref(service.enterpriseId, 'follow-up-done'), 303)
  })
}

/** New service (from the enterprise's page), edit, and follow-up done; post/redirect/get to the enterprise's timeline. */
export function registerAdvisorServiceFormPages(app: FastifyInstance, deps: ModuleDeps): void {
  registerNew(app, deps)
  registerEdit(app, deps)
}
