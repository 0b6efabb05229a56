import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { DetailsList, PostForm } from '../../../platform/views/form.js'
import { labelsIn, type Lang } from '../../../platform/views/i18n.js'
import { ErrorSummary, SdgNotice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { EMPLOYER_REQUESTS } from './employer-request-list.pages.js'
import { linkEmployerRequestInput } from './employer-request.contracts.js'
import { findEmployerRequestDuplicates } from './employer-request-duplicates.js'
import { employerRequestFieldLabels as f, employerRequestText as m } from './employer-request.messages.js'
import type { EmployerRequestRow, EnterpriseCandidate } from './employer-request.queries.js'
import { getOpenEmployerRequestForUpdate, linkEmployerRequest } from './employer-request.service.js'

type Step = { request: FastifyRequest; row: EmployerRequestRow }

/** One possible duplicate: its record (new tab), and the action that links the request to it. */
function Candidate(p: Step & { c: EnterpriseCandidate }) {
  const lang = p.request.lang
  const name = p.c.legalName
  return (
    <li>
      <strong>{name}</strong> — {p.c.city}
      {p.c.neq ? ` — NEQ ${p.c.neq}` : ''}{' '}
      <a href={`/app/entreprises/${p.c.id}`} target="_blank" rel="noopener">
        {m.openEnterprise[lang]}
        <span class="qc-sr-only"> {name}</span>
      </a>
      <PostForm
        action={`${EMPLOYER_REQUESTS}/${p.row.id}/associer`}
        csrfToken={p.request.csrfToken}
        label={`${m.link[lang]} ${name}`}
      >
        <input type="hidden" name="enterpriseId" value={p.c.id} />
        <button class="qc-button qc-primary qc-compact" type="submit">
          {m.link[lang]}
          <span class="qc-sr-only"> {name}</span>
        </button>
      </PostForm>
    </li>
  )
}

/** The possible duplicates first (link instead of creating), or a line saying there are none. */
function Candidates(p: Step & { candidates: EnterpriseCandidate[] }) {
  const lang = p.request.lang
  if (p.candidates.length === 0) return <p>{m.noCandidate[lang]}</p>
  return (
    <SdgNotice lang={lang} type="warning" title={m.candidatesTitle[lang]}>
      <p>{m.candidatesIntro[lang]}</p>
      <ul class="card-list">
        {p.candidates.map((c) => (
          <Candidate key={c.id} request={p.request} row={p.row} c={c} />
        ))}
      </ul>
    </SdgNotice>
  )
}

function requestRows(lang: Lang, row: EmployerRequestRow): [string, string | null][] {
  return [
    [f.enterpriseName![lang], row.enterpriseName],
    [f.neq![lang], row.neq],
    [f.city![lang], row.city],
  ]
}

function ConvertPage(p: Step & { deps: ModuleDeps; candidates: EnterpriseCandidate[]; errors?: FieldErrors }) {
  const lang = p.request.lang
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.convertTitle[lang]}>
      <h1>{m.convertTitle[lang]}</h1>
      <ErrorSummary lang={lang} errors={p.errors} labels={labelsIn(lang, f)} />
      <DetailsList rows={requestRows(lang, p.row)} />
      <Candidates request={p.request} row={p.row} candidates={p.candidates} />
      <h2>{m.newTitle[lang]}</h2>
      <p>{m.unavailable[lang]}</p>
      <p>
        <a href={`${EMPLOYER_REQUESTS}/${p.row.id}`}>{m.cancel[lang]}</a>
      </p>
    </AppPage>
  )
}

/** The conversion's page: the open request (in scope), its possible duplicates, and the choice. */
async function showConvertPage(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  id: string,
  state: { errors?: FieldErrors; status?: number } = {},
) {
  const ctx = ctxOf(request, deps)
  const row = await getOpenEmployerRequestForUpdate(ctx, id)
  const candidates = await findEmployerRequestDuplicates(ctx, row)
  const page = <ConvertPage request={request} deps={deps} row={row} candidates={candidates} errors={state.errors} />
  return sendPage(reply, page, state.status ?? 200)
}

/** Turning a request into an enterprise record: duplicates first, then link to one of them or create a new one. */
export function registerEmployerRequestConvertPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(`${EMPLOYER_REQUESTS}/:id/entreprise`, { schema: { hide: true, params: idParams } }, async (request, reply) =>
    showConvertPage(request, reply, deps, request.params.id),
  )
  app.post(
    `${EMPLOYER_REQUESTS}/:id/associer`,
    formRoute(linkEmployerRequestInput, idParams),
    async (request, reply) => {
      const { id } = request.params
      return submitForm(
        request,
        () => linkEmployerRequest(ctxOf(request, deps), id, request.body),
        (r) => reply.redirect(`${EMPLOYER_REQUESTS}/${r.id}?saved=1`, 303),
        (errors, status) => showConvertPage(request, reply, deps, id, { errors, status }),
      )
    },
  )
}
