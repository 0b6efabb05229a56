import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { listMrcsOfRegionsOrThrow, listRegionsInScope, type MrcRow } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import {
  ConfirmForm,
  DetailsList,
  Field,
  FormActions,
  fieldsOf,
  PostForm,
  SelectField,
  TextAreaField,
} from '../../../platform/views/form.js'
import { formatDate, formatNumber, labelsIn, type Lang, localName } from '../../../platform/views/i18n.js'
import { ErrorSummary, SdgNotice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import type { KindOutput } from './action-kind.contracts.js'
import { listActionKinds } from './action-kind.service.js'
import { ACTIONS, participantsOf, periodOf } from './action-list.pages.js'
import { type ActionOutput, actionInput } from './action.contracts.js'
import { actionFieldLabels as f, firstAgreementsHint, actionText as m } from './action.messages.js'
import { OPEN_AGREEMENT_LIMIT } from './action.queries.js'
import { canManageActions } from './action.policy.js'
import {
  assertCanManageActions,
  createAction,
  getActionOrThrow,
  listAgreementChoices,
  removeAction,
  replaceAction,
} from './action.service.js'

type Values = Record<string, unknown>
type Choice = { value: string; label: string }
/** The agreement field's hint, saying so when the list stops at its limit. */
const agreementHintOf = (lang: Lang, offered: number) =>
  offered >= OPEN_AGREEMENT_LIMIT
    ? `${m.agreementHint[lang]} ${firstAgreementsHint(formatNumber(OPEN_AGREEMENT_LIMIT, lang))[lang]}`
    : m.agreementHint[lang]

type Choices = { agreements: Choice[]; kinds: KindOutput[]; mrcs: MrcRow[] }
type FormState = { id?: string; values: Values; errors?: FieldErrors; current?: ActionOutput }

const agreementLabel = (a: { reference: string; organizationName: string; title: string }) =>
  `${a.reference} — ${a.organizationName} — ${a.title}`

/**
 * Kinds in force today first; the others in their own group with their period, for actions of other dates (the
 * service checks the kind against the action's start date).
 */
function kindOptions(lang: Lang, kinds: KindOutput[]) {
  const option = (k: KindOutput) => ({ value: k.code, label: localName(lang, k) })
  const period = (k: KindOutput) =>
    `${formatDate(k.validFrom, lang)} – ${k.validTo ? formatDate(k.validTo, lang) : '…'}`
  const others = kinds
    .filter((k) => !k.active)
    .map((k) => ({ ...option(k), label: `${option(k).label} (${period(k)})` }))
  return {
    options: kinds.filter((k) => k.active).map(option),
    groups: others.length > 0 ? [{ label: m.otherKinds[lang], options: others }] : [],
  }
}

function ActionFields(p: { lang: Lang; values: Values; errors?: FieldErrors; choices: Choices }) {
  const { lang } = p
  const labels = labelsIn(lang, f)
  const at = fieldsOf({ lang, labels, values: p.values, errors: p.errors })
  return (
    <>
      <SelectField
        {...at('agreementId')}
        required
        emptyLabel=""
        hint={agreementHintOf(lang, p.choices.agreements.length)}
        options={p.choices.agreements}
      />
      <SelectField {...at('kindCode')} required emptyLabel="" {...kindOptions(lang, p.choices.kinds)} />
      <Field {...at('title')} required maxLength={200} />
      <TextAreaField {...at('description')} maxLength={4000} rows={4} />
      <Field {...at('startOn')} type="date" required hint={m.datesHint[lang]} />
      <Field {...at('endOn')} type="date" required hint={m.datesHint[lang]} />
      <Field {...at('municipality')} maxLength={120} />
      <SelectField
        {...at('mrcCode')}
        emptyLabel=""
        options={p.choices.mrcs.map((r) => ({ value: r.code, label: r.name }))}
      />
      <Field {...at('immigrantParticipants')} hint={m.participantsHint[lang]} />
      <Field {...at('totalParticipants')} hint={m.participantsHint[lang]} />
      <TextAreaField {...at('partnersInvolved')} maxLength={1000} rows={3} />
    </>
  )
}

function FormPage(p: { request: FastifyRequest; deps: ModuleDeps; form: FormState; choices: Choices }) {
  const { lang } = p.request
  const title = (p.form.id ? m.editTitle : m.newTitle)[lang]
  const action = p.form.id ? `${ACTIONS}/${p.form.id}/modifier` : `${ACTIONS}/nouvelle`
  const cancel = p.form.id ? `${ACTIONS}/${p.form.id}` : ACTIONS
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={title}>
      <h1>{title}</h1>
      <ErrorSummary lang={lang} errors={p.form.errors} labels={labelsIn(lang, f)} />
      {p.choices.agreements.length === 0 ? (
        <SdgNotice lang={lang} type="information">
          <p>{m.noAgreement[lang]}</p>
        </SdgNotice>
      ) : (
        <PostForm requiredNote lang={lang} action={action} csrfToken={p.request.csrfToken}>
          <ActionFields lang={lang} values={p.form.values} errors={p.form.errors} choices={p.choices} />
          <FormActions saveLabel={m.save[lang]} cancelHref={cancel} cancelLabel={m.cancel[lang]} />
        </PostForm>
      )}
    </AppPage>
  )
}

/** The agreements, kinds and MRCs the form offers (the action's own agreement kept when it is no longer open). */
async function choicesOf(request: FastifyRequest, deps: ModuleDeps, current?: ActionOutput): Promise<Choices> {
  const ctx = ctxOf(request, deps)
  const open = await listAgreementChoices(ctx)
  const agreements = open.map((a) => ({ value: a.id, label: agreementLabel(a) }))
  if (current && !open.some((a) => a.id === current.agreementId)) {
    agreements.unshift({
      value: current.agreementId,
      label: agreementLabel({ ...current, reference: current.agreementReference, title: current.agreementTitle }),
    })
  }
  const kinds = await listActionKinds(ctx)
  const regions = await listRegionsInScope(ctx)
  const mrcs = await listMrcsOfRegionsOrThrow(
    ctx,
    regions.map((r) => r.code),
  )
  return { agreements, kinds, mrcs }
}

async function showForm(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, form: FormState, status = 200) {
  const choices = await choicesOf(request, deps, form.current)
  return sendPage(reply, <FormPage request={request} deps={deps} form={form} choices={choices} />, status)
}

function DetailsPage(p: { request: FastifyRequest; deps: ModuleDeps; action: ActionOutput; canManage: boolean }) {
  const { lang } = p.request
  const a = p.action
  const rows: [string, string | null][] = [
    [f.agreementId[lang], agreementLabel({ ...a, reference: a.agreementReference, title: a.agreementTitle })],
    [f.kindCode[lang], localName(lang, { nameFr: a.kindNameFr, nameEn: a.kindNameEn })],
    [f.date[lang], periodOf(a, lang)],
    [f.description[lang], a.description],
    [f.municipality[lang], a.municipality],
    [f.mrcCode[lang], a.mrcCode],
    [f.participants[lang], participantsOf(a, lang)],
    [f.partnersInvolved[lang], a.partnersInvolved],
    [m.reported[lang], a.reportId ? m.yes[lang] : null],
  ]
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={a.title}>
      <h1>{a.title}</h1>
      <DetailsList rows={rows} />
      {p.canManage ? (
        <p class="button-row">
          <a class="qc-button qc-secondary" href={`${ACTIONS}/${a.id}/modifier`}>
            {m.edit[lang]}
          </a>
          <a class="qc-button qc-tertiary" href={`${ACTIONS}/${a.id}/supprimer`}>
            {m.remove[lang]}
          </a>
        </p>
      ) : null}
      <p>
        <a href={ACTIONS}>{m.back[lang]}</a>
      </p>
    </AppPage>
  )
}

/** The form's values of a stored action. */
const valuesOf = (a: ActionOutput): Values => ({ ...a })

function registerNewAndDetails(app: FastifyInstance, deps: ModuleDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>()
  typed.get(`${ACTIONS}/nouvelle`, { schema: { hide: true } }, async (request, reply) => {
    assertCanManageActions(ctxOf(request, deps))
    return showForm(request, reply, deps, { values: {} })
  })
  typed.post(`${ACTIONS}/nouvelle`, formRoute(actionInput), async (request, reply) =>
    submitForm(
      request,
      () => createAction(ctxOf(request, deps), request.body),
      (a) => reply.redirect(`${ACTIONS}/${a.id}`, 303),
      (errors, status) => showForm(request, reply, deps, { values: typedValues(request.body), errors }, status),
    ),
  )
  typed.get(`${ACTIONS}/:id`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const action = await getActionOrThrow(ctx, request.params.id)
    const canManage = canManageActions(ctx.actor, ctx.scope, action.regionCode)
    return sendPage(reply, <DetailsPage request={request} deps={deps} action={action} canManage={canManage} />)
  })
}

function registerEdit(app: FastifyInstance, deps: ModuleDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>()
  typed.get(`${ACTIONS}/:id/modifier`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const current = await getActionOrThrow(ctx, request.params.id)
    assertCanManageActions(ctx, current.regionCode)
    return showForm(request, reply, deps, { id: current.id, values: valuesOf(current), current })
  })
  typed.post(`${ACTIONS}/:id/modifier`, formRoute(actionInput, idParams), async (request, reply) => {
    const { id } = request.params
    const ctx = ctxOf(request, deps)
    return submitForm(
      request,
      () => replaceAction(ctx, id, request.body),
      () => reply.redirect(`${ACTIONS}/${id}`, 303),
      async (errors, status) => {
        const current = await getActionOrThrow(ctx, id)
        return showForm(request, reply, deps, { id, values: typedValues(request.body), errors, current }, status)
      },
    )
  })
}

function RemovePage(p: { request: FastifyRequest; deps: ModuleDeps; action: ActionOutput }) {
  const { lang } = p.request
  const a = p.action
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.removeTitle[lang]}>
      <h1>{m.removeTitle[lang]}</h1>
      <ConfirmForm
        action={`${ACTIONS}/${a.id}/supprimer`}
        csrfToken={p.request.csrfToken}
        question={m.removeQuestion[lang]}
        confirmLabel={m.remove[lang]}
        cancelHref={`${ACTIONS}/${a.id}`}
        cancelLabel={m.cancel[lang]}
      >
        <p>{`${a.title} (${periodOf(a, lang)})`}</p>
      </ConfirmForm>
    </AppPage>
  )
}

function registerRemove(app: FastifyInstance, deps: ModuleDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>()
  typed.get(`${ACTIONS}/:id/supprimer`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const action = await getActionOrThrow(ctx, request.params.id)
    assertCanManageActions(ctx, action.regionCode)
    return sendPage(reply, <RemovePage request={request} deps={deps} action={action} />)
  })
  typed.post(`${ACTIONS}/:id/supprimer`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    await removeAction(ctxOf(request, deps), request.params.id)
    return reply.redirect(`${ACTIONS}?removed=1`, 303)
  })
}

/** New, details, edit and removal (with its confirmation page) of a local action; post/redirect/get on success. */
export function registerActionFormPages(app: FastifyInstance, deps: ModuleDeps): void {
  registerNewAndDetails(app, deps)
  registerEdit(app, deps)
  registerRemove(app, deps)
}
