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
  DetailsList,
  Field,
  FormActions,
  fieldsOf,
  PostForm,
  SelectField,
  TextAreaField,
} from '../../../platform/views/form.js'
import { formatDate, type Lang, labelsIn } from '../../../platform/views/i18n.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import {
  addDeliverable,
  getDeliverable,
  recordDeliverableReceived,
  removeDeliverable,
  replaceDeliverable,
  reviewDeliverable,
} from './deliverable.service.js'
import { agreementInScope, assertCanManage } from './obligation-access.js'
import {
  type DeliverableOutput,
  deliverableInput,
  deliverableParams as params,
  receiptInput,
  reviewInput,
} from './obligation.contracts.js'
import { deliverableKindLabels, deliverableStatusLabels, obligationText as m } from './obligation.messages.js'
import { canManageObligations } from './obligation.policy.js'
import { deliverableKinds } from './obligation.schema.js'
import { agreementAfter, agreementPath } from './obligations.section.js'

type Values = Record<string, unknown>
type State = { values: Values; errors?: FieldErrors }
const labelKeys = { kind: m.kind, title: m.title, dueOn: m.dueOn, receivedOn: m.receivedOn, comment: m.comment }

function DeliverableFields(p: { lang: 'fr' | 'en'; state: State }) {
  const at = fieldsOf({
    lang: p.lang,
    labels: labelsIn(p.lang, labelKeys),
    values: p.state.values,
    errors: p.state.errors,
  })
  return (
    <>
      <SelectField
        {...at('kind')}
        required
        emptyLabel=""
        options={deliverableKinds.map((k) => ({ value: k, label: deliverableKindLabels[k][p.lang] }))}
      />
      <Field {...at('title')} required maxLength={200} />
      <Field {...at('dueOn')} type="date" required hint={m.dueOnHint[p.lang]} />
    </>
  )
}

async function showNew(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, state: State, status = 200) {
  const { id } = idParams.parse(request.params)
  const ctx = ctxOf(request, deps)
  assertCanManage(ctx)
  const agreement = await agreementInScope(ctx, id)
  const lang = request.lang
  const back = agreementPath(id)
  const title = `${m.newDeliverable[lang]} — ${agreement.reference}`
  return sendPage(
    reply,
    <AppPage request={request} nav={deps.nav} title={title}>
      <Breadcrumb lang={lang} trail={[{ href: back, label: agreement.reference }]} current={m.newDeliverable[lang]} />
      <h1>{title}</h1>
      <ErrorSummary lang={lang} errors={state.errors} labels={labelsIn(lang, labelKeys)} />
      <PostForm lang={lang} requiredNote action={`${back}/livrables/nouveau`} csrfToken={request.csrfToken}>
        <DeliverableFields lang={lang} state={state} />
        <FormActions saveLabel={m.save[lang]} cancelHref={back} cancelLabel={m.cancel[lang]} />
      </PostForm>
    </AppPage>,
    status,
  )
}

type Forms = { edit?: State; receipt?: State; review?: State }

type ActionProps = { request: FastifyRequest; base: string; status: string; forms: Forms; today: string }

/** Record that a due or returned deliverable came in. */
function ReceiptForm(p: ActionProps) {
  const lang = p.request.lang
  const values = p.forms.receipt?.values ?? { receivedOn: p.today }
  const at = fieldsOf({ lang, labels: labelsIn(lang, labelKeys), values, errors: p.forms.receipt?.errors })
  return (
    <PostForm lang={lang} action={`${p.base}/reception`} csrfToken={p.request.csrfToken} label={m.recordReceived[lang]}>
      <h2>{m.recordReceived[lang]}</h2>
      <Field {...at('receivedOn')} type="date" required />
      <button class="qc-button qc-primary" type="submit">
        {m.recordReceived[lang]}
      </button>
    </PostForm>
  )
}

/** Accept a received deliverable or send it back with a comment. */
function ReviewForm(p: ActionProps) {
  const lang = p.request.lang
  const values = p.forms.review?.values ?? {}
  const at = fieldsOf({ lang, labels: labelsIn(lang, labelKeys), values, errors: p.forms.review?.errors })
  return (
    <PostForm lang={lang} action={`${p.base}/revision`} csrfToken={p.request.csrfToken} label={m.reviewComment[lang]}>
      <h2>{m.reviewComment[lang]}</h2>
      <TextAreaField {...at('comment')} hint={m.commentHint[lang]} />
      <div class="button-row">
        <button class="qc-button qc-primary" type="submit" name="decision" value="accepted">
          {m.accept[lang]}
        </button>
        <button class="qc-button qc-secondary" type="submit" name="decision" value="returned">
          {m.sendBack[lang]}
        </button>
      </div>
    </PostForm>
  )
}

/** The actions a deliverable's status allows: receive it (due, returned), review it (received). */
function ActionForms(p: ActionProps) {
  if (p.status === 'due' || p.status === 'returned') return <ReceiptForm {...p} />
  return p.status === 'received' ? <ReviewForm {...p} /> : null
}

function DeliverableDetails(p: { lang: Lang; d: DeliverableOutput }) {
  const { lang, d } = p
  const date = (v: string | null) => (v ? formatDate(v, lang) : null)
  return (
    <DetailsList
      rows={[
        [m.kind[lang], deliverableKindLabels[d.kind][lang]],
        [m.dueOn[lang], date(d.dueOn)],
        [m.status[lang], deliverableStatusLabels[d.status][lang]],
        [m.receivedOn[lang], date(d.receivedOn)],
        [m.reviewComment[lang], d.reviewComment],
      ]}
    />
  )
}

/** Edit a deliverable (not once accepted); remove it, after confirming, while it is due and never received. */
function EditForms(p: { request: FastifyRequest; base: string; back: string; d: DeliverableOutput; edit?: State }) {
  const lang = p.request.lang
  return (
    <>
      {p.d.status !== 'accepted' ? (
        <PostForm lang={lang} requiredNote action={p.base} csrfToken={p.request.csrfToken} label={m.edit[lang]}>
          <h2>{m.edit[lang]}</h2>
          <DeliverableFields lang={lang} state={p.edit ?? { values: p.d }} />
          <FormActions saveLabel={m.save[lang]} cancelHref={p.back} cancelLabel={m.cancel[lang]} />
        </PostForm>
      ) : null}
      {p.d.status === 'due' ? (
        <ConfirmForm
          action={`${p.base}/retirer`}
          csrfToken={p.request.csrfToken}
          question={m.removeQuestion[lang]}
          confirmLabel={m.remove[lang]}
          cancelHref={p.back}
          cancelLabel={m.back[lang]}
        />
      ) : null}
    </>
  )
}

async function showDeliverable(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  forms: Forms = {},
  status = 200,
) {
  const { id, deliverableId } = params.parse(request.params)
  const ctx = ctxOf(request, deps)
  const { deliverable: d, agreement } = await getDeliverable(ctx, id, deliverableId)
  const lang = request.lang
  const back = agreementPath(id)
  const base = `${back}/livrables/${d.id}`
  const manage = canManageObligations(ctx.actor, ctx.scope, agreement.regionCode)
  const errors = { ...forms.edit?.errors, ...forms.receipt?.errors, ...forms.review?.errors }
  return sendPage(
    reply,
    <AppPage request={request} nav={deps.nav} title={`${d.title} — ${agreement.reference}`}>
      <Breadcrumb lang={lang} trail={[{ href: back, label: agreement.reference }]} current={d.title} />
      <h1>{d.title}</h1>
      <ErrorSummary lang={lang} errors={errors} labels={labelsIn(lang, labelKeys)} />
      <DeliverableDetails lang={lang} d={d} />
      {manage ? (
        <ActionForms request={request} base={base} status={d.status} forms={forms} today={civilDate(ctx.now)} />
      ) : null}
      {manage ? <EditForms request={request} base={base} back={back} d={d} edit={forms.edit} /> : null}
      <p>
        <a href={back}>{m.back[lang]}</a>
      </p>
    </AppPage>,
    status,
  )
}

function registerNewDeliverablePages(app: FastifyInstance, deps: ModuleDeps) {
  const typed = app.withTypeProvider<ZodTypeProvider>()
  const path = '/app/ententes/:id/livrables/nouveau'
  typed.get(path, { schema: { hide: true, params: idParams } }, (request, reply) =>
    showNew(request, reply, deps, { values: {} }),
  )
  typed.post(path, formRoute(deliverableInput, idParams), async (request, reply) =>
    submitForm(
      request,
      () => addDeliverable(ctxOf(request, deps), request.params.id, request.body),
      () => reply.redirect(agreementAfter(request.params.id, 'livrable'), 303),
      (errors, status) => showNew(request, reply, deps, { values: typedValues(request.body), errors }, status),
    ),
  )
}

type Path = z.output<typeof params>

/** A deliverable action's post (the service checks the path's pair): success returns to its page (or the agreement's once removed), a refusal shows the page with the form's errors. */
function act(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  at: { path: Path; suffix: string; form: keyof Forms },
  run: () => Promise<unknown>,
) {
  const done = at.suffix === '/retirer' ? agreementPath(at.path.id) : request.url.replace(at.suffix, '')
  return submitForm(
    request,
    run,
    () => reply.redirect(done, 303),
    (errors, status) =>
      showDeliverable(request, reply, deps, { [at.form]: { values: typedValues(request.body), errors } }, status),
  )
}

function registerDeliverableActions(app: FastifyInstance, deps: ModuleDeps) {
  const typed = app.withTypeProvider<ZodTypeProvider>()
  const base = '/app/ententes/:id/livrables/:deliverableId'
  const ctx = (request: FastifyRequest) => ctxOf(request, deps)
  typed.post(base, formRoute(deliverableInput, params), (r, reply) =>
    act(r, reply, deps, { path: r.params, suffix: '', form: 'edit' }, () =>
      replaceDeliverable(ctx(r), r.params.id, r.params.deliverableId, r.body),
    ),
  )
  typed.post(`${base}/reception`, formRoute(receiptInput, params), (r, reply) =>
    act(r, reply, deps, { path: r.params, suffix: '/reception', form: 'receipt' }, () =>
      recordDeliverableReceived(ctx(r), r.params.id, r.params.deliverableId, r.body.receivedOn),
    ),
  )
  typed.post(`${base}/revision`, formRoute(reviewInput, params), (r, reply) =>
    act(r, reply, deps, { path: r.params, suffix: '/revision', form: 'review' }, () =>
      reviewDeliverable(ctx(r), r.params.id, r.params.deliverableId, r.body),
    ),
  )
  typed.post(`${base}/retirer`, formRoute(z.object({}), params), (r, reply) =>
    act(r, reply, deps, { path: r.params, suffix: '/retirer', form: 'edit' }, () =>
      removeDeliverable(ctx(r), r.params.id, r.params.deliverableId),
    ),
  )
}

/** The staff pages of deliverables: add one; see one, record its receipt, accept it or send it back, edit or remove it. */
export function registerDeliverablePages(app: FastifyInstance, deps: ModuleDeps): void {
  registerNewDeliverablePages(app, deps)
  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/app/ententes/:id/livrables/:deliverableId', { schema: { hide: true, params } }, (request, reply) =>
      showDeliverable(request, reply, deps),
    )
  registerDeliverableActions(app, deps)
}
