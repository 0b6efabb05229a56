import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { StaffOutput } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { DetailsList, PostForm, ReasonConfirmForm, SelectField } from '../../../platform/views/form.js'
import { formatDate, labelsIn, type Lang } from '../../../platform/views/i18n.js'
import { ErrorSummary, Notice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { REQUESTS } from './request-list.pages.js'
import { assignRequestInput, rejectRequestInput, type RequestOutput } from './request.contracts.js'
import { languageLabels, requestFieldLabels as f, requestStatusLabels, triageText as m } from './request.messages.js'
import { isOpenRequest } from './request.policy.js'
import {
  getRequestOrThrow,
  getRequestRowInScope,
  listRegionAgents,
  rejectRequest,
  assignRequest,
} from './request.service.js'

const detailQuery = z.object({ saved: z.literal('1').optional() })

function rowsOf(lang: Lang, r: RequestOutput, agents: StaffOutput[]): [string, string | null][] {
  const agent = agents.find((a) => a.id === r.assignedTo)
  return [
    [f.status![lang], requestStatusLabels[r.status][lang]],
    [f.receivedOn![lang], formatDate(r.receivedOn, lang)],
    [f.givenName![lang], r.givenName],
    [f.familyName![lang], r.familyName],
    [f.birthDate![lang], r.birthDate ? formatDate(r.birthDate, lang) : null],
    [f.email![lang], r.email],
    [f.phone![lang], r.phone],
    [f.preferredLanguage![lang], languageLabels[r.preferredLanguage][lang]],
    [m.personMessage[lang], r.message],
    [f.assignedTo![lang], agent?.fullName ?? (r.assignedTo ? null : m.unassigned[lang])],
    [f.rejectionReason![lang], r.rejectionReason],
  ]
}

/** The open request's actions: assign to an agent of the region, open a dossier, or reject. */
function Actions(p: { request: FastifyRequest; r: RequestOutput; agents: StaffOutput[]; errors?: FieldErrors }) {
  const lang = p.request.lang
  const base = `${REQUESTS}/${p.r.id}`
  return (
    <>
      <h2>{m.assignTitle[lang]}</h2>
      {p.agents.length === 0 ? (
        <p>{m.noAgent[lang]}</p>
      ) : (
        <PostForm action={`${base}/attribuer`} csrfToken={p.request.csrfToken} label={m.assignTitle[lang]}>
          <SelectField
            lang={lang}
            name="agentId"
            label={f.agentId![lang]}
            required
            value={p.r.assignedTo}
            errors={p.errors}
            emptyLabel=""
            options={p.agents.map((a) => ({ value: a.id, label: a.fullName }))}
          />
          <button class="qc-button qc-secondary" type="submit">
            {m.assign[lang]}
          </button>
        </PostForm>
      )}
      <div class="button-row">
        <a class="qc-button qc-primary" href={`${base}/dossier`}>
          {m.convert[lang]}
        </a>
        <a class="qc-button qc-danger" href={`${base}/rejeter`}>
          {m.reject[lang]}
        </a>
      </div>
    </>
  )
}

function DetailPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  r: RequestOutput
  agents: StaffOutput[]
  saved?: boolean
  errors?: FieldErrors
}) {
  const lang = p.request.lang
  const title = `${m.title[lang]} — ${p.r.givenName} ${p.r.familyName}`
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={title}>
      <h1>{title}</h1>
      {p.saved ? (
        <Notice lang={lang}>
          <p>{m.saved[lang]}</p>
        </Notice>
      ) : null}
      <ErrorSummary lang={lang} errors={p.errors} labels={labelsIn(lang, f)} />
      <DetailsList rows={rowsOf(lang, p.r, p.agents)} />
      {p.r.dossierId ? (
        <p>
          <a href={`/app/dossiers/${p.r.dossierId}`}>{m.openDossier[lang]}</a>
        </p>
      ) : null}
      {isOpenRequest(p.r.status) ? <Actions request={p.request} r={p.r} agents={p.agents} errors={p.errors} /> : null}
      <p>
        <a href={REQUESTS}>{m.back[lang]}</a>
      </p>
    </AppPage>
  )
}

/** A request's page (reading it is audited), with the agents of its region to assign it to. */
async function showRequest(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  id: string,
  state: { saved?: boolean; errors?: FieldErrors; status?: number } = {},
) {
  const ctx = ctxOf(request, deps)
  const r = await getRequestOrThrow(ctx, id)
  const agents = await listRegionAgents(ctx, r.regionCode)
  const page = (
    <DetailPage request={request} deps={deps} r={r} agents={agents} saved={state.saved} errors={state.errors} />
  )
  return sendPage(reply, page, state.status ?? 200)
}

/** The rejection's confirmation: a reason, a danger button, a way back (no name shown: nothing personal to audit). */
function RejectPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  id: string
  values: Record<string, string>
  errors?: FieldErrors
}) {
  const lang = p.request.lang
  const back = `${REQUESTS}/${p.id}`
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.reject[lang]}>
      <h1>{m.reject[lang]}</h1>
      <ReasonConfirmForm
        lang={lang}
        action={`${back}/rejeter`}
        csrfToken={p.request.csrfToken}
        question={m.rejectQuestion[lang]}
        confirmLabel={m.reject[lang]}
        cancelHref={back}
        cancelLabel={m.cancel[lang]}
        reasonLabel={f.reason![lang]}
        reason={p.values.reason}
        errors={p.errors}
        labels={labelsIn(lang, f)}
      />
    </AppPage>
  )
}

/** The rejection's page, shown when the caller may triage the request (404 otherwise), again with errors after a POST. */
async function showRejectPage(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  id: string,
  state: { values: Record<string, string>; errors?: FieldErrors; status?: number },
) {
  await getRequestRowInScope(ctxOf(request, deps), id)
  const page = <RejectPage request={request} deps={deps} id={id} values={state.values} errors={state.errors} />
  return sendPage(reply, page, state.status ?? 200)
}

/** A request's rejection: its confirmation page and the POST, back to the triage queue on success. */
function registerRejectRequestPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(`${REQUESTS}/:id/rejeter`, { schema: { hide: true, params: idParams } }, async (request, reply) =>
    showRejectPage(request, reply, deps, request.params.id, { values: {} }),
  )
  app.post(`${REQUESTS}/:id/rejeter`, formRoute(rejectRequestInput, idParams), async (request, reply) => {
    const { id } = request.params
    return submitForm(
      request,
      () => rejectRequest(ctxOf(request, deps), id, request.body),
      () => reply.redirect(`${REQUESTS}?saved=1`, 303),
      (errors, status) =>
        showRejectPage(request, reply, deps, id, { values: typedValues(request.body), errors, status }),
    )
  })
}

/** A request's page, its assignment, and its rejection (confirmation page + POST); post/redirect/get on success. */
export function registerRequestDetailPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const back = (reply: FastifyReply, id: string) => () => reply.redirect(`${REQUESTS}/${id}?saved=1`, 303)

  app.get(
    `${REQUESTS}/:id`,
    { schema: { hide: true, params: idParams, querystring: detailQuery } },
    async (request, reply) =>
      showRequest(request, reply, deps, request.params.id, { saved: request.query.saved === '1' }),
  )
  app.post(`${REQUESTS}/:id/attribuer`, formRoute(assignRequestInput, idParams), async (request, reply) => {
    const { id } = request.params
    return submitForm(
      request,
      () => assignRequest(ctxOf(request, deps), id, request.body),
      back(reply, id),
      (errors, status) => showRequest(request, reply, deps, id, { errors, status }),
    )
  })
  registerRejectRequestPages(root, deps)
}
