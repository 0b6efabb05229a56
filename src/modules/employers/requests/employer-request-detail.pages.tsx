import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { languageLabels } from '../../people/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { DetailsList, ReasonConfirmForm } from '../../../platform/views/form.js'
import { formatDate, formatNumber, labelsIn, type Lang } from '../../../platform/views/i18n.js'
import { Notice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { EMPLOYER_REQUESTS } from './employer-request-list.pages.js'
import { type EmployerRequestOutput, rejectEmployerRequestInput } from './employer-request.contracts.js'
import {
  employerRequestFieldLabels as f,
  employerRequestStatusLabels,
  employerRequestText as m,
} from './employer-request.messages.js'
import { isOpenEmployerRequest } from './employer-request.policy.js'
import {
  getEmployerRequestOrThrow,
  getOpenEmployerRequestForUpdate,
  rejectEmployerRequest,
} from './employer-request.service.js'

const detailQuery = z.object({ saved: z.literal('1').optional() })

function rowsOf(lang: Lang, r: EmployerRequestOutput): [string, string | null][] {
  return [
    [f.status![lang], employerRequestStatusLabels[r.status][lang]],
    [f.receivedOn![lang], formatDate(r.receivedOn, lang)],
    [f.enterpriseName![lang], r.enterpriseName],
    [f.neq![lang], r.neq],
    [f.city![lang], r.city],
    [f.contactName![lang], r.contactName],
    [f.email![lang], r.email],
    [f.phone![lang], r.phone],
    [f.language![lang], languageLabels[r.language][lang]],
    [f.positionsWanted![lang], r.positionsWanted === null ? null : formatNumber(r.positionsWanted, lang)],
    [m.messageLabel[lang], r.message],
    [f.rejectionReason![lang], r.rejectionReason],
  ]
}

function DetailPage(p: { request: FastifyRequest; deps: ModuleDeps; r: EmployerRequestOutput; saved?: boolean }) {
  const lang = p.request.lang
  const title = `${m.title[lang]} — ${p.r.enterpriseName}`
  const base = `${EMPLOYER_REQUESTS}/${p.r.id}`
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={title}>
      <h1>{title}</h1>
      {p.saved ? (
        <Notice lang={lang}>
          <p>{m.saved[lang]}</p>
        </Notice>
      ) : null}
      <DetailsList rows={rowsOf(lang, p.r)} />
      {p.r.enterpriseId ? (
        <p>
          <a href={`/app/entreprises/${p.r.enterpriseId}`}>{m.openEnterprise[lang]}</a>
        </p>
      ) : null}
      {isOpenEmployerRequest(p.r.status) ? (
        <div class="button-row">
          <a class="qc-button qc-primary" href={`${base}/entreprise`}>
            {m.convert[lang]}
          </a>
          <a class="qc-button qc-danger" href={`${base}/rejeter`}>
            {m.reject[lang]}
          </a>
        </div>
      ) : null}
      <p>
        <a href={EMPLOYER_REQUESTS}>{m.back[lang]}</a>
      </p>
    </AppPage>
  )
}

/** The rejection's confirmation: a reason, a danger button, a way back (no contact shown: nothing personal to audit). */
function RejectPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  id: string
  values: Record<string, string>
  errors?: FieldErrors
}) {
  const lang = p.request.lang
  const back = `${EMPLOYER_REQUESTS}/${p.id}`
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

/** The rejection's page when the request is open and in the caller's regions (404 or 409 otherwise). */
async function showRejectPage(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  id: string,
  state: { values: Record<string, string>; errors?: FieldErrors; status?: number },
) {
  await getOpenEmployerRequestForUpdate(ctxOf(request, deps), id)
  const page = <RejectPage request={request} deps={deps} id={id} values={state.values} errors={state.errors} />
  return sendPage(reply, page, state.status ?? 200)
}

/** A request's page (reading it is audited) and its rejection (confirmation page + POST, back to the queue). */
export function registerEmployerRequestDetailPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const detail = { schema: { hide: true, params: idParams, querystring: detailQuery } } as const
  app.get(`${EMPLOYER_REQUESTS}/:id`, detail, async (request, reply) => {
    const r = await getEmployerRequestOrThrow(ctxOf(request, deps), request.params.id)
    return sendPage(reply, <DetailPage request={request} deps={deps} r={r} saved={request.query.saved === '1'} />)
  })
  app.get(`${EMPLOYER_REQUESTS}/:id/rejeter`, { schema: { hide: true, params: idParams } }, async (request, reply) =>
    showRejectPage(request, reply, deps, request.params.id, { values: {} }),
  )
  app.post(
    `${EMPLOYER_REQUESTS}/:id/rejeter`,
    formRoute(rejectEmployerRequestInput, idParams),
    async (request, reply) => {
      const { id } = request.params
      return submitForm(
        request,
        () => rejectEmployerRequest(ctxOf(request, deps), id, request.body),
        () => reply.redirect(`${EMPLOYER_REQUESTS}?saved=1`, 303),
        (errors, status) =>
          showRejectPage(request, reply, deps, id, { values: typedValues(request.body), errors, status }),
      )
    },
  )
}
