import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, type Ctx, ctxOf, type ModuleDeps } from '../../access/index.js'
import { listServicePoints, type ServicePointOutput, type StaffOutput } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { DetailsList, Field, FormActions, fieldsOf, PostForm, SelectField } from '../../../platform/views/form.js'
import { formatDate, labelsIn, type Lang } from '../../../platform/views/i18n.js'
import { ErrorSummary, SdgNotice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import type { PersonSummary } from '../persons/person.contracts.js'
import { duplicateDetailsOf } from '../persons/person.service.js'
import { REQUESTS } from './request-list.pages.js'
import { convertRequest } from './request-convert.service.js'
import { type ConvertRequestInput, convertRequestInput, type RequestOutput } from './request.contracts.js'
import { requestFieldLabels as f, triageText as m } from './request.messages.js'
import type { RequestRow } from './request.queries.js'
import { listRegionAgents, viewRequestRow } from './request.service.js'

type Values = Record<string, string>
type Choices = { row: RequestRow; points: ServicePointOutput[]; agents: StaffOutput[] }

/** The fields that carry the agent's choices into the duplicate step's buttons. */
function Carried(p: { values: Values }) {
  return (
    <>
      {['servicePointId', 'agentId', 'birthDate'].map((k) =>
        p.values[k] ? <input key={k} type="hidden" name={k} value={p.values[k]} /> : null,
      )}
    </>
  )
}

type Step = { request: FastifyRequest; action: string; values: Values }

/** One likely duplicate: a link to the person's record (new tab: this screen is a POST's answer), and one action. */
function Candidate(p: Step & { c: PersonSummary }) {
  const lang = p.request.lang
  const name = `${p.c.givenName} ${p.c.familyName}`
  return (
    <li>
      <strong>{name}</strong> — {formatDate(p.c.birthDate, lang)}{' '}
      <a href={`/app/personnes/${p.c.id}`} target="_blank" rel="noopener">
        {m.viewPerson[lang]}
        <span class="qc-sr-only"> {name}</span> {m.newTab[lang]}
      </a>
      <PostForm action={p.action} csrfToken={p.request.csrfToken} label={`${m.pickPerson[lang]} ${name}`}>
        <Carried values={p.values} />
        <input type="hidden" name="personId" value={p.c.id} />
        <button class="qc-button qc-primary qc-compact" type="submit">
          {m.pickPerson[lang]}
          <span class="qc-sr-only"> {name}</span>
        </button>
      </PostForm>
    </li>
  )
}

/** The likely duplicates: each one with its action, then the other choice (a new person), each with its action. */
function Candidates(p: Step & { candidates: PersonSummary[] }) {
  const lang = p.request.lang
  return (
    <SdgNotice lang={lang} type="warning" title={m.candidatesTitle[lang]}>
      <p>{m.candidatesIntro[lang]}</p>
      <ul class="card-list">
        {p.candidates.map((c) => (
          <Candidate key={c.id} request={p.request} action={p.action} values={p.values} c={c} />
        ))}
      </ul>
      <h2>{m.newPersonTitle[lang]}</h2>
      <PostForm action={p.action} csrfToken={p.request.csrfToken} label={m.newPersonTitle[lang]}>
        <Carried values={p.values} />
        <input type="hidden" name="confirmedNotDuplicate" value="true" />
        <button class="qc-button qc-primary" type="submit">
          {m.confirmNew[lang]}
        </button>
      </PostForm>
    </SdgNotice>
  )
}

/** On the duplicate step, the choices already made are shown, not asked again: no third button to compete. */
function Chosen(p: { lang: Lang; choices: Choices; values: Values; action: string }) {
  const { lang, values } = p
  const point = p.choices.points.find((s) => s.id === values.servicePointId)
  const agent = p.choices.agents.find((a) => a.id === values.agentId)
  return (
    <>
      <h2>{m.chosen[lang]}</h2>
      <DetailsList
        rows={[
          [f.servicePointId![lang], point?.name ?? null],
          [f.agentId![lang], agent?.fullName ?? null],
          [f.birthDate![lang], values.birthDate ? formatDate(values.birthDate, lang) : null],
        ]}
      />
      <p>
        <a href={p.action}>{m.changeChoices[lang]}</a>
      </p>
    </>
  )
}

/** The dossier's choices; the date of birth is always shown (the request's, to check), so a wrong one can be fixed. */
function ConvertForm(p: { request: FastifyRequest; choices: Choices; values: Values; errors?: FieldErrors }) {
  const lang = p.request.lang
  const { row, points, agents } = p.choices
  const at = fieldsOf({ lang, labels: labelsIn(lang, f), values: p.values, errors: p.errors })
  return (
    <PostForm requiredNote lang={lang} action={`${REQUESTS}/${row.id}/dossier`} csrfToken={p.request.csrfToken}>
      <SelectField
        {...at('servicePointId')}
        required
        emptyLabel=""
        options={points.map((s) => ({ value: s.id, label: s.name }))}
      />
      <SelectField {...at('agentId')} emptyLabel="" options={agents.map((a) => ({ value: a.id, label: a.fullName }))} />
      <Field
        {...at('birthDate')}
        type="date"
        required
        hint={row.birthDate ? m.birthDateCheck[lang] : m.birthDateNeeded[lang]}
      />
      <FormActions saveLabel={m.convert[lang]} cancelHref={`${REQUESTS}/${row.id}`} cancelLabel={m.cancel[lang]} />
    </PostForm>
  )
}

function ConvertPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  choices: Choices
  values: Values
  errors?: FieldErrors
  candidates?: PersonSummary[]
}) {
  const lang = p.request.lang
  const action = `${REQUESTS}/${p.choices.row.id}/dossier`
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.convertTitle[lang]}>
      <h1>{m.convertTitle[lang]}</h1>
      {p.candidates ? (
        <>
          <Candidates request={p.request} action={action} values={p.values} candidates={p.candidates} />
          <Chosen lang={lang} choices={p.choices} values={p.values} action={action} />
        </>
      ) : (
        <>
          <ErrorSummary lang={lang} errors={p.errors} labels={labelsIn(lang, f)} />
          <p>{m.convertIntro[lang]}</p>
          {p.choices.points.length === 0 ? <p>{m.noServicePoint[lang]}</p> : null}
          <ConvertForm request={p.request} choices={p.choices} values={p.values} errors={p.errors} />
        </>
      )}
    </AppPage>
  )
}

/**
 * What the form offers: the request (in scope; the page shows its name and contact details, so reading it is audited),
 * the service points in operation and the agents of its region.
 */
async function choicesOf(request: FastifyRequest, deps: ModuleDeps, id: string): Promise<Choices> {
  const ctx = ctxOf(request, deps)
  const row = await viewRequestRow(ctx, id)
  const [points, agents] = await Promise.all([
    listServicePoints(ctx, { region: row.regionCode, active: true }),
    listRegionAgents(ctx, row.regionCode),
  ])
  return { row, points, agents }
}

async function showForm(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  id: string,
  state: { values: Values; errors?: FieldErrors; candidates?: PersonSummary[]; status?: number },
) {
  const choices = await choicesOf(request, deps, id)
  const values = { agentId: choices.row.assignedTo ?? '', birthDate: choices.row.birthDate ?? '', ...state.values }
  const page = <ConvertPage request={request} deps={deps} choices={choices} {...state} values={values} />
  return sendPage(reply, page, state.status ?? 200)
}

/** Converts the request; a likely duplicate answers its candidates instead (the form's duplicate step). */
function convertOrCandidates(
  ctx: Ctx,
  id: string,
  input: ConvertRequestInput,
): Promise<RequestOutput | { candidates: PersonSummary[] }> {
  return convertRequest(ctx, id, input).catch((error: unknown) => {
    const details = duplicateDetailsOf(error)
    if (!details) throw error
    return { candidates: details.candidates }
  })
}

/** Opening a dossier from a request: the form, then the duplicate step when the person may already exist. */
export function registerRequestConvertPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const path = `${REQUESTS}/:id/dossier`
  app.get(path, { schema: { hide: true, params: idParams } }, async (request, reply) =>
    showForm(request, reply, deps, request.params.id, { values: {} }),
  )
  app.post(path, formRoute(convertRequestInput, idParams), async (request, reply) => {
    const { id } = request.params
    const values = typedValues(request.body)
    const done = async (result: Awaited<ReturnType<typeof convertOrCandidates>>) =>
      'candidates' in result
        ? showForm(request, reply, deps, id, { values, candidates: result.candidates, status: 409 })
        : reply.redirect(`/app/dossiers/${result.dossierId}`, 303)
    const run = () => convertOrCandidates(ctxOf(request, deps), id, request.body)
    return submitForm(request, run, done, (errors, status) =>
      showForm(request, reply, deps, id, { values, errors, status }),
    )
  })
}
