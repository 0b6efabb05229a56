import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { type FieldErrors, forbidden } from '../../../platform/errors.js'
import { formRoute, submitForm } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { Field, FormActions, fieldsOf, PostForm, TextAreaField } from '../../../platform/views/form.js'
import { labelsIn } from '../../../platform/views/i18n.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import type { AgreementOutput } from './agreement.contracts.js'
import { agreementFields as f, agreementText as m } from './agreement.messages.js'
import { canManageAgreements } from './agreement.policy.js'
import { getAgreementOrThrow } from './agreement.service.js'
import { addAmendment } from './agreement-changes.service.js'
import {
  amendmentForm,
  amountErrorsOnFields,
  type FormValues,
  formValuesOf,
  valuesOfAgreement,
  withYearFields,
  yearsOfForm,
} from './agreement-form.js'
import { AmountFields } from './agreement-form.view.js'
import { AGREEMENTS } from './agreement-form.pages.js'

type FormState = { values: FormValues; errors?: FieldErrors }

async function showForm(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  id: string,
  form: FormState,
  status = 200,
) {
  const ctx = ctxOf(request, deps)
  const a = await getAgreementOrThrow(ctx, id)
  if (!canManageAgreements(ctx.actor, ctx.scope, a.regionCode)) throw forbidden()
  const lang = request.lang
  const labels = { ...labelsIn(lang, f), endOn: f.newEndOn[lang] }
  const at = fieldsOf({ lang, labels, values: form.values, errors: form.errors })
  const years = yearsOfForm({ ...form.values, startOn: a.startOn }) ?? a.amounts.map((x) => x.fiscalYear)
  const action = `${AGREEMENTS}/${id}/avenants/nouveau`
  const title = `${m.amendTitle[lang]} — ${a.reference}`
  const page = (
    <AppPage request={request} nav={deps.nav} title={title}>
      <h1>{title}</h1>
      <ErrorSummary lang={lang} errors={form.errors} labels={labels} />
      <PostForm requiredNote lang={lang} action={action} csrfToken={request.csrfToken}>
        <Field {...at('signedOn')} type="date" required />
        <TextAreaField {...at('summary')} required rows={4} maxLength={2000} />
        <Field {...at('endOn')} type="date" />
        <AmountFields lang={lang} years={years} values={form.values} errors={form.errors} />
        <FormActions saveLabel={m.save[lang]} cancelHref={`${AGREEMENTS}/${id}`} cancelLabel={m.cancel[lang]} />
        <div class="button-row">
          <button class="qc-button qc-secondary" type="submit" formAction={`${action}/annees`}>
            {m.showYears[lang]}
          </button>
        </div>
      </PostForm>
    </AppPage>
  )
  return sendPage(reply, page, status)
}

/** The amendment form starts from the agreement's current end date and amounts, signed today. */
function startValues(a: AgreementOutput, today: string): FormValues {
  const current = valuesOfAgreement(a)
  const amounts = Object.fromEntries(Object.entries(current).filter(([k]) => k.startsWith('amount_')))
  return { signedOn: today, endOn: a.endOn, ...amounts }
}

const badPeriod: FieldErrors = {
  endOn: {
    fr: 'Date de fin invalide ou période de plus de trois années financières.',
    en: 'Invalid end date or a period of more than three fiscal years.',
  },
}

/** The form again with one amount field per fiscal year of the new period (the "show the years" button). */
async function showYears(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, id: string) {
  const a = await getAgreementOrThrow(ctxOf(request, deps), id)
  const values = formValuesOf(request.body)
  const years = yearsOfForm({ ...values, startOn: a.startOn })
  if (!years) return showForm(request, reply, deps, a.id, { values, errors: badPeriod }, 400)
  const shown = withYearFields(values, years, a.startOn, String(values.endOn))
  return showForm(request, reply, deps, a.id, { values: shown }, 200)
}

const anyForm = { schema: { hide: true as const, params: idParams, body: z.record(z.string(), z.unknown()) } }

/** A new amendment of a signed agreement: date, summary, new end date and yearly amounts; post/redirect/get. */
export function registerAmendmentPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const BASE = `${AGREEMENTS}/:id/avenants/nouveau`
  app.get(BASE, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const a = await getAgreementOrThrow(ctx, request.params.id)
    // In preparation the terms are edited directly; a closed agreement takes no amendment: no form that would fail.
    if (a.status === 'preparation') return reply.redirect(`${AGREEMENTS}/${a.id}/modifier`, 303)
    if (a.status !== 'signed' && a.status !== 'in_progress') return reply.redirect(`${AGREEMENTS}/${a.id}`, 303)
    return showForm(request, reply, deps, a.id, { values: startValues(a, civilDate(ctx.now)) })
  })
  app.post(`${BASE}/annees`, anyForm, async (request, reply) => showYears(request, reply, deps, request.params.id))
  app.post(BASE, formRoute(amendmentForm, idParams), async (request, reply) => {
    const { id } = request.params
    return submitForm(
      request,
      () => addAmendment(ctxOf(request, deps), id, request.body),
      () => reply.redirect(`${AGREEMENTS}/${id}?fait=amended`, 303),
      (errors, status) => {
        const values = formValuesOf(request.body)
        return showForm(request, reply, deps, id, { values, errors: amountErrorsOnFields(errors, values) }, status)
      },
    )
  })
}
