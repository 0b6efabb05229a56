import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import {
  ConfirmForm,
  Field,
  FieldError,
  FormActions,
  fieldsOf,
  PostForm,
  SelectField,
} from '../../../platform/views/form.js'
import { colon, formatDate, formatMoney, type Lang } from '../../../platform/views/i18n.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { listDeliverables } from './deliverable.service.js'
import { cancelPayment, getInstalment, getSchedule, markInstalmentPaid, replaceSchedule } from './instalment.service.js'
import { agreementInScope, assertCanManage } from './obligation-access.js'
import {
  type DeliverableOutput,
  type InstalmentOutput,
  instalmentParams,
  MAX_INSTALMENTS,
  paymentInput,
} from './obligation.contracts.js'
import { fill, obligationText as m } from './obligation.messages.js'
import { agreementAfter, agreementPath } from './obligations.section.js'
import { formOfSchedule, postedForm, type ScheduleForm, scheduleOfForm } from './schedule-form.js'

const formBody = z.record(z.string(), z.string().max(1000))

type Page = { request: FastifyRequest; deps: ModuleDeps; reference: string; agreementId: string }

/** An error of the schedule as a whole or of one row, not of one field. */
function RowError(p: { id: string; lang: Lang; errors?: FieldErrors }) {
  const error = p.errors?.[p.id]
  return error ? <FieldError id={`f-${p.id}-error`} message={error[p.lang]} /> : null
}

/** A paid instalment cannot change: its values as text, posted back unchanged in hidden fields. */
function PaidRow(p: { i: number; lang: Lang; values: Record<string, string>; errors?: FieldErrors }) {
  const v = (name: string) => p.values[`instalments.${p.i}.${name}`] ?? ''
  const planned = /^\d{4}-\d{2}-\d{2}$/.test(v('plannedOn')) ? formatDate(v('plannedOn'), p.lang) : v('plannedOn')
  return (
    <fieldset class="qc-fieldset" id={`f-instalments.${p.i}`} tabIndex={-1}>
      <legend>{fill(m.instalmentN[p.lang], { n: p.i + 1 })}</legend>
      <RowError id={`instalments.${p.i}`} lang={p.lang} errors={p.errors} />
      <p>
        {[planned, `${v('amountCents')} $`, v('condition')].filter(Boolean).join(' · ')}
        <br />
        <strong>{fill(m.paidOnText[p.lang], { date: formatDate(v('paidOn'), p.lang) })}</strong>
      </p>
      {['plannedOn', 'amountCents', 'condition', 'deliverableId', 'paidOn'].map((name) => (
        <input type="hidden" name={`instalments.${p.i}.${name}`} value={v(name)} />
      ))}
    </fieldset>
  )
}

function ScheduleRows(p: { lang: Lang; form: ScheduleForm; errors?: FieldErrors; deliverables: DeliverableOutput[] }) {
  const at = fieldsOf({ lang: p.lang, labels: {}, values: p.form.values, errors: p.errors })
  const label = (i: number, key: keyof typeof m) => ({
    label: `${m[key][p.lang]} (${fill(m.instalmentN[p.lang], { n: i + 1 })})`,
  })
  return (
    <>
      {Array.from({ length: p.form.rows }, (_, i) =>
        p.form.values[`instalments.${i}.paidOn`] ? (
          <PaidRow key={i} i={i} lang={p.lang} values={p.form.values} errors={p.errors} />
        ) : (
          // The fieldset carries the row's own error (a paid instalment changed), where the error summary links.
          <fieldset class="qc-fieldset" key={i} id={`f-instalments.${i}`} tabIndex={-1}>
            <legend>{fill(m.instalmentN[p.lang], { n: i + 1 })}</legend>
            <RowError id={`instalments.${i}`} lang={p.lang} errors={p.errors} />
            <Field {...at(`instalments.${i}.plannedOn`)} {...label(i, 'plannedOn')} type="date" />
            <Field {...at(`instalments.${i}.amountCents`)} {...label(i, 'amount')} />
            <Field {...at(`instalments.${i}.condition`)} {...label(i, 'condition')} maxLength={300} />
            <SelectField
              {...at(`instalments.${i}.deliverableId`)}
              {...label(i, 'conditionDeliverable')}
              emptyLabel=""
              options={p.deliverables.map((d) => ({
                value: d.id,
                label: `${d.title} (${formatDate(d.dueOn, p.lang)})`,
              }))}
            />
          </fieldset>
        ),
      )}
    </>
  )
}

async function showSchedule(page: Page, reply: FastifyReply, form: ScheduleForm, errors?: FieldErrors, status = 200) {
  const { request } = page
  const lang = request.lang
  const deliverables = await listDeliverables(ctxOf(request, page.deps), page.agreementId)
  const back = agreementPath(page.agreementId)
  const title = `${m.scheduleEdit[lang]} — ${page.reference}`
  return sendPage(
    reply,
    <AppPage request={request} nav={page.deps.nav} title={title}>
      <Breadcrumb lang={lang} trail={[{ href: back, label: page.reference }]} current={m.schedule[lang]} />
      <h1>{title}</h1>
      <p>{m.scheduleHelp[lang]}</p>
      <ErrorSummary lang={lang} errors={errors} labels={{ instalments: m.schedule[lang] }} />
      <PostForm lang={lang} action={`${back}/versements`} csrfToken={request.csrfToken}>
        <input type="hidden" name="rows" value={String(form.rows)} />
        <div id="f-instalments" tabIndex={-1}>
          <RowError id="instalments" lang={lang} errors={errors} />
        </div>
        <ScheduleRows lang={lang} form={form} errors={errors} deliverables={deliverables} />
        {form.rows < MAX_INSTALMENTS ? (
          <p>
            <button class="qc-button qc-secondary" type="submit" name="action" value="add">
              {m.addRow[lang]}
            </button>
          </p>
        ) : null}
        <FormActions saveLabel={m.save[lang]} cancelHref={back} cancelLabel={m.cancel[lang]} />
      </PostForm>
    </AppPage>,
    status,
  )
}

async function schedulePage(request: FastifyRequest, deps: ModuleDeps, agreementId: string): Promise<Page> {
  const ctx = ctxOf(request, deps)
  assertCanManage(ctx)
  const agreement = await agreementInScope(ctx, agreementId)
  return { request, deps, reference: agreement.reference, agreementId }
}

function registerSchedulePages(app: FastifyInstance, deps: ModuleDeps) {
  const typed = app.withTypeProvider<ZodTypeProvider>()
  typed.get('/app/ententes/:id/versements', { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const page = await schedulePage(request, deps, request.params.id)
    const schedule = await getSchedule(ctxOf(request, deps), request.params.id)
    return showSchedule(page, reply, formOfSchedule(schedule.instalments, request.lang))
  })
  typed.post('/app/ententes/:id/versements', formRoute(formBody, idParams), async (request, reply) => {
    const page = await schedulePage(request, deps, request.params.id)
    const form = postedForm(typedValues(request.body))
    if (typedValues(request.body).action === 'add') return showSchedule(page, reply, form)
    return submitForm(
      request,
      () => replaceSchedule(ctxOf(request, deps), page.agreementId, scheduleOfForm(form)),
      () => reply.redirect(agreementAfter(page.agreementId, 'calendrier'), 303),
      (errors, status) => showSchedule(page, reply, form, errors, status),
    )
  })
}

type PayState = { values: Record<string, string>; errors?: FieldErrors }

/** An unpaid instalment's payment form, or the confirmation that cancels a payment recorded by mistake. */
function PayForms(p: {
  request: FastifyRequest
  action: string
  back: string
  instalment: InstalmentOutput
  state?: PayState
  today: string
}) {
  const { request, action, back, instalment, state } = p
  const lang = request.lang
  const values = state?.values ?? { paidOn: p.today }
  const at = fieldsOf({ lang, labels: { paidOn: m.paidOn[lang] }, values, errors: state?.errors })
  return (
    <>
      {instalment.paidOn ? (
        <ConfirmForm
          action={`${action}/annuler`}
          csrfToken={request.csrfToken}
          question={`${m.paidOn[lang]}${colon(lang)}${formatDate(instalment.paidOn, lang)}. ${m.cancelQuestion[lang]}`}
          confirmLabel={m.cancelPayment[lang]}
          cancelHref={back}
          cancelLabel={m.back[lang]}
        />
      ) : (
        <PostForm lang={lang} requiredNote action={action} csrfToken={request.csrfToken}>
          <Field {...at('paidOn')} type="date" required />
          <FormActions saveLabel={m.pay[lang]} cancelHref={back} cancelLabel={m.cancel[lang]} />
        </PostForm>
      )}
    </>
  )
}

async function showPay(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, state?: PayState, status = 200) {
  const { id, instalmentId } = instalmentParams.parse(request.params)
  const ctx = ctxOf(request, deps)
  assertCanManage(ctx)
  const { instalment, agreement } = await getInstalment(ctx, id, instalmentId)
  const lang = request.lang
  const back = agreementPath(id)
  const action = `${back}/versements/${instalmentId}/payer`
  const title = `${fill(m.payTitle[lang], { n: instalment.number })} — ${agreement.reference}`
  return sendPage(
    reply,
    <AppPage request={request} nav={deps.nav} title={title}>
      <Breadcrumb lang={lang} trail={[{ href: back, label: agreement.reference }]} current={title} />
      <h1>{title}</h1>
      <p>
        {formatMoney(instalment.amountCents, lang)} · {m.plannedOn[lang]}
        {colon(lang)}
        {formatDate(instalment.plannedOn, lang)}
        {instalment.condition ? ` · ${instalment.condition}` : ''}
      </p>
      <ErrorSummary lang={lang} errors={state?.errors} labels={{ paidOn: m.paidOn[lang] }} />
      <PayForms
        request={request}
        action={action}
        back={back}
        instalment={instalment}
        state={state}
        today={civilDate(ctx.now)}
      />
    </AppPage>,
    status,
  )
}

function registerPaymentPages(app: FastifyInstance, deps: ModuleDeps) {
  const typed = app.withTypeProvider<ZodTypeProvider>()
  const path = '/app/ententes/:id/versements/:instalmentId/payer'
  typed.get(path, { schema: { hide: true, params: instalmentParams } }, (request, reply) =>
    showPay(request, reply, deps),
  )
  typed.post(path, formRoute(paymentInput, instalmentParams), async (request, reply) => {
    const { id } = request.params
    return submitForm(
      request,
      () => markInstalmentPaid(ctxOf(request, deps), id, request.params.instalmentId, request.body.paidOn),
      () => reply.redirect(agreementAfter(id, 'paiement'), 303),
      (errors, status) => showPay(request, reply, deps, { values: typedValues(request.body), errors }, status),
    )
  })
  typed.post(`${path}/annuler`, formRoute(z.object({}), instalmentParams), async (request, reply) => {
    await cancelPayment(ctxOf(request, deps), request.params.id, request.params.instalmentId)
    return reply.redirect(agreementAfter(request.params.id, 'paiement-annule'), 303)
  })
}

/** The pages of the payment schedule: edit it as a whole, record a payment, cancel one. */
export function registerInstalmentPages(app: FastifyInstance, deps: ModuleDeps): void {
  registerSchedulePages(app, deps)
  registerPaymentPages(app, deps)
}
