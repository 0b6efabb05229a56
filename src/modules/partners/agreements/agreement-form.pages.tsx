import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { type FieldErrors, forbidden } from '../../../platform/errors.js'
import { formRoute, submitForm } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { sendPage } from '../../../platform/views/render.js'
import { loadAgreementChoices } from './agreement-choices.js'
import {
  agreementForm,
  amountErrorsOnFields,
  amountProblem,
  type FormValues,
  formValuesOf,
  valuesOfAgreement,
  withYearFields,
  yearsOfForm,
} from './agreement-form.js'
import { AgreementFormPage } from './agreement-form.view.js'
import { agreementText as m } from './agreement.messages.js'
import { canManageAgreements } from './agreement.policy.js'
import { createAgreement, getAgreementOrThrow, replaceAgreement } from './agreement.service.js'
import { amountProblems } from './agreement-terms.js'

export const AGREEMENTS = '/app/ententes'
const NEW = `${AGREEMENTS}/nouvelle`
const editOf = (id: string) => `${AGREEMENTS}/${id}/modifier`

type FormState = { id?: string; values: FormValues; errors?: FieldErrors; years?: readonly number[] }

async function showForm(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, form: FormState, status = 200) {
  const ctx = ctxOf(request, deps)
  if (!canManageAgreements(ctx.actor, ctx.scope)) throw forbidden()
  const choices = await loadAgreementChoices(ctx)
  const action = form.id ? editOf(form.id) : NEW
  const page = (
    <AgreementFormPage
      request={request}
      deps={deps}
      title={(form.id ? m.editTitle : m.newTitle)[request.lang]}
      action={action}
      yearsAction={`${action}/annees`}
      cancelHref={form.id ? `${AGREEMENTS}/${form.id}` : AGREEMENTS}
      values={form.values}
      errors={form.errors}
      years={form.years ?? yearsOfForm(form.values)}
      choices={choices}
    />
  )
  return sendPage(reply, page, status)
}

/** Step 1's problems, all at once: both dates required and valid, the period allowed, the total (if any) an amount. */
function stepOneErrors(values: FormValues): FieldErrors {
  const errors: FieldErrors = {}
  const isDate = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
  for (const field of ['startOn', 'endOn'] as const)
    if (!isDate(values[field]))
      errors[field] = values[field]
        ? { fr: 'Date invalide (AAAA-MM-JJ).', en: 'Invalid date (YYYY-MM-DD).' }
        : { fr: 'Choisissez une date.', en: 'Choose a date.' }
  if (!errors.startOn && !errors.endOn) {
    const period = { startOn: String(values.startOn), endOn: String(values.endOn) }
    const problem = amountProblems(period, []).endOn
    if (problem) errors.endOn = problem
  }
  const total = typeof values.total === 'string' ? values.total.trim() : ''
  const problem = total ? amountProblem(total) : undefined
  if (problem) errors.total = problem
  return errors
}

/** Step 1 → 2: the fiscal years of the dates typed, their fields pre-filled (the total split by days). */
function showYears(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, id?: string) {
  const values = formValuesOf(request.body)
  const errors = stepOneErrors(values)
  const years = yearsOfForm(values)
  if (!years || Object.keys(errors).length > 0) return showForm(request, reply, deps, { id, values, errors }, 400)
  const filled = withYearFields(values, years, values.startOn as string, values.endOn as string)
  return showForm(request, reply, deps, { id, values: filled, years })
}

const anyForm = { schema: { hide: true as const, body: z.record(z.string(), z.unknown()) } }
const anyFormOf = { schema: { hide: true as const, params: idParams, body: z.record(z.string(), z.unknown()) } }

/** New agreement and edit in preparation, each in two steps (dates, then amounts by fiscal year); post/redirect/get. */
export function registerAgreementFormPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const saved = (reply: FastifyReply) => (a: { id: string }) => reply.redirect(`${AGREEMENTS}/${a.id}?fait=saved`, 303)
  const again =
    (request: FastifyRequest, reply: FastifyReply, id?: string) => (errors: FieldErrors, status: number) => {
      const values = formValuesOf(request.body)
      return showForm(request, reply, deps, { id, values, errors: amountErrorsOnFields(errors, values) }, status)
    }

  app.get(NEW, { schema: { hide: true } }, async (request, reply) => showForm(request, reply, deps, { values: {} }))
  app.post(`${NEW}/annees`, anyForm, async (request, reply) => showYears(request, reply, deps))
  app.post(NEW, formRoute(agreementForm), async (request, reply) =>
    submitForm(request, () => createAgreement(ctxOf(request, deps), request.body), saved(reply), again(request, reply)),
  )
  app.get(`${AGREEMENTS}/:id/modifier`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const agreement = await getAgreementOrThrow(ctx, request.params.id)
    // Read-only staff are refused here, not sent to an amendment form that refuses them in turn.
    if (!canManageAgreements(ctx.actor, ctx.scope)) throw forbidden()
    // Once signed, the terms change only through an amendment: its form, rather than a form that would be refused.
    if (agreement.status !== 'preparation') return reply.redirect(`${AGREEMENTS}/${agreement.id}/avenants/nouveau`, 303)
    return showForm(request, reply, deps, { id: agreement.id, values: valuesOfAgreement(agreement) })
  })
  app.post(`${AGREEMENTS}/:id/modifier/annees`, anyFormOf, async (request, reply) =>
    showYears(request, reply, deps, request.params.id),
  )
  app.post(`${AGREEMENTS}/:id/modifier`, formRoute(agreementForm, idParams), async (request, reply) => {
    const { id } = request.params
    return submitForm(
      request,
      () => replaceAgreement(ctxOf(request, deps), id, request.body),
      saved(reply),
      again(request, reply, id),
    )
  })
}
