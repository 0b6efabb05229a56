import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { listMrcsOfRegionsOrThrow, type MrcRow } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { languageOptions } from '../../../platform/languages.js'
import { centsToDollars } from '../../../platform/money.js'
import { RadioGroup } from '../../../platform/views/choice.js'
import {
  Field,
  FormActions,
  fieldsOf,
  MultiSelectField,
  PostForm,
  SelectField,
  TextAreaField,
} from '../../../platform/views/form.js'
import { labelsIn, type Lang } from '../../../platform/views/i18n.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { CnpField } from '../occupations/cnp-field.js'
import { resolveCnpInput } from '../occupations/cnp-input.js'
import { type LabourNeedOutput, labourNeedInput } from './labour-need.contracts.js'
import {
  employmentTypeLabels,
  needFieldLabels as f,
  needText as m,
  statusLabels,
  wageUnitLabels,
} from './labour-need.messages.js'
import { employmentTypes, labourNeedStatuses, wageUnits } from './labour-need.schema.js'
import {
  createLabourNeed,
  getEnterpriseForNeedOrThrow,
  getLabourNeedOrThrow,
  replaceLabourNeed,
} from './labour-need.service.js'
import { NEEDS } from './labour-need.view.js'

type Values = Record<string, unknown>
type Enterprise = { id: string; legalName: string; regionCode: string }
type FormState = { id?: string; enterprise: Enterprise; values: Values; errors?: FieldErrors }

const options = <K extends string>(keys: readonly K[], labels: Record<K, { fr: string; en: string }>, lang: Lang) =>
  keys.map((k) => ({ value: k, label: labels[k][lang] }))

/** The position: what, how many, on what terms. */
function PositionFields(p: { lang: Lang; at: ReturnType<typeof fieldsOf>; editing: boolean }) {
  const { lang, at } = p
  return (
    <>
      <Field {...at('title')} required maxLength={200} />
      <CnpField {...at('cnpCode')} required />
      <Field {...at('positions')} required />
      <RadioGroup {...at('employmentType')} required options={options(employmentTypes, employmentTypeLabels, lang)} />
      {p.editing ? (
        <SelectField {...at('status')} required options={options(labourNeedStatuses, statusLabels, lang)} />
      ) : null}
      <Field {...at('wage')} hint={m.wageHint[lang]} />
      <RadioGroup {...at('wageUnit')} options={options(wageUnits, wageUnitLabels, lang)} />
      <Field {...at('startOn')} type="date" />
    </>
  )
}

/** What the candidate must bring, where the position is, and the description. */
function RequirementFields(p: { lang: Lang; at: ReturnType<typeof fieldsOf>; values: Values; mrcs: MrcRow[] }) {
  const { lang, at } = p
  const yesNo = [
    { value: 'true', label: m.yes[lang] },
    { value: 'false', label: m.no[lang] },
  ]
  return (
    <>
      <Field {...at('frenchLevel')} />
      <MultiSelectField
        {...at('otherLanguages')}
        hint={m.languagesHint[lang]}
        options={languageOptions(lang)}
        values={p.values}
      />
      <Field {...at('experienceYears')} />
      <RadioGroup {...at('regulatedProfession')} options={yesNo} />
      <Field {...at('credentialRequired')} maxLength={300} />
      <Field {...at('city')} hint={m.locationHint[lang]} maxLength={100} />
      <SelectField
        {...at('mrcCode')}
        emptyLabel=""
        hint={m.locationHint[lang]}
        options={p.mrcs.map((r) => ({ value: r.code, label: r.name }))}
      />
      <TextAreaField {...at('description')} maxLength={4000} rows={5} />
    </>
  )
}

function FormPage(p: { request: FastifyRequest; deps: ModuleDeps; form: FormState; mrcs: MrcRow[] }) {
  const { lang } = p.request
  const { form } = p
  const title = `${(form.id ? m.editTitle : m.newTitle)[lang]} — ${form.enterprise.legalName}`
  const action = form.id ? `${NEEDS}/${form.id}/modifier` : `${NEEDS}/nouveau`
  const cancel = form.id ? `${NEEDS}/${form.id}` : `/app/entreprises/${form.enterprise.id}`
  const labels = labelsIn(lang, f)
  const at = fieldsOf({ lang, labels, values: form.values, errors: form.errors })
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={title}>
      <h1>{title}</h1>
      <ErrorSummary lang={lang} errors={form.errors} labels={labels} />
      <PostForm requiredNote lang={lang} action={action} csrfToken={p.request.csrfToken}>
        <input type="hidden" name="enterpriseId" value={form.enterprise.id} />
        <PositionFields lang={lang} at={at} editing={Boolean(form.id)} />
        <h2>{f.requirements[lang]}</h2>
        <RequirementFields lang={lang} at={at} values={form.values} mrcs={p.mrcs} />
        <FormActions saveLabel={m.save[lang]} cancelHref={cancel} cancelLabel={m.cancel[lang]} />
      </PostForm>
    </AppPage>
  )
}

async function showForm(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, form: FormState, status = 200) {
  const mrcs = await listMrcsOfRegionsOrThrow(ctxOf(request, deps), [form.enterprise.regionCode])
  return sendPage(reply, <FormPage request={request} deps={deps} form={form} mrcs={mrcs} />, status)
}

/** The form's values of a stored need: the wage in dollars, yes/no as the radio buttons send them. */
const valuesOf = (n: LabourNeedOutput): Values => ({
  ...n,
  wage: n.wageCents === null ? null : centsToDollars(n.wageCents),
  regulatedProfession: String(n.regulatedProfession),
})

/** The form's values after an error: what was typed, the languages chosen kept as a list. */
const retyped = (body: unknown): Values => {
  const chosen = (body as Record<string, unknown> | undefined)?.otherLanguages
  return { ...typedValues(body), otherLanguages: chosen }
}

/**
 * The errors to show again: when the form's fields did not validate, the service never ran, so the CNP code is
 * checked here too and every error is shown at once.
 */
async function allErrors(request: FastifyRequest, deps: ModuleDeps, errors: FieldErrors): Promise<FieldErrors> {
  if (errors.cnpCode || !request.validationError) return errors
  const cnp = await resolveCnpInput(deps.db, typedValues(request.body).cnpCode, { multiple: false })
  return cnp.error ? { ...errors, cnpCode: cnp.error } : errors
}

const newQuery = z.object({ entreprise: z.string().max(100).optional() })

function registerNew(app: FastifyInstance, deps: ModuleDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>()
  typed.get(`${NEEDS}/nouveau`, { schema: { hide: true, querystring: newQuery } }, async (request, reply) => {
    const enterprise = await getEnterpriseForNeedOrThrow(ctxOf(request, deps), request.query.entreprise ?? '')
    // The enterprise's location; a wage is most often hourly (the unit is dropped when no wage is given).
    const values = {
      city: enterprise.city,
      mrcCode: enterprise.mrcCode,
      regulatedProfession: 'false',
      wageUnit: 'hour',
    }
    return showForm(request, reply, deps, { enterprise, values })
  })
  typed.post(`${NEEDS}/nouveau`, formRoute(labourNeedInput), async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const enterprise = await getEnterpriseForNeedOrThrow(ctx, typedValues(request.body).enterpriseId ?? '')
    return submitForm(
      request,
      () => createLabourNeed(ctx, request.body),
      (n) => reply.redirect(`${NEEDS}/${n.id}?saved=1`, 303),
      async (errors, status) => {
        const form = { enterprise, values: retyped(request.body), errors: await allErrors(request, deps, errors) }
        return showForm(request, reply, deps, form, status)
      },
    )
  })
}

function registerEdit(app: FastifyInstance, deps: ModuleDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>()
  typed.get(`${NEEDS}/:id/modifier`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const need = await getLabourNeedOrThrow(ctx, request.params.id)
    const enterprise = await getEnterpriseForNeedOrThrow(ctx, need.enterpriseId)
    return showForm(request, reply, deps, { id: need.id, enterprise, values: valuesOf(need) })
  })
  typed.post(`${NEEDS}/:id/modifier`, formRoute(labourNeedInput, idParams), async (request, reply) => {
    const { id } = request.params
    const ctx = ctxOf(request, deps)
    const need = await getLabourNeedOrThrow(ctx, id)
    const enterprise = await getEnterpriseForNeedOrThrow(ctx, need.enterpriseId)
    return submitForm(
      request,
      () => replaceLabourNeed(ctx, id, request.body),
      () => reply.redirect(`${NEEDS}/${id}?saved=1`, 303),
      async (errors, status) => {
        const form = { id, enterprise, values: retyped(request.body), errors: await allErrors(request, deps, errors) }
        return showForm(request, reply, deps, form, status)
      },
    )
  })
}

/** New (from an enterprise: `?entreprise=<id>`) and edit forms of a labour need; post/redirect/get on success. */
export function registerLabourNeedFormPages(app: FastifyInstance, deps: ModuleDeps): void {
  registerNew(app, deps)
  registerEdit(app, deps)
}
