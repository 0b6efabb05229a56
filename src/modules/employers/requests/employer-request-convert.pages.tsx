import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { formRoute, submitForm, typedValues } from '../../../platform/http/forms.js'
import { idParams } from '../../../platform/http/schemas.js'
import { CheckboxField } from '../../../platform/views/choice.js'
import { DetailsList, Field, fieldsOf, PostForm, SelectField, TextAreaField } from '../../../platform/views/form.js'
import { labelsIn, type Lang } from '../../../platform/views/i18n.js'
import { ErrorSummary, SdgNotice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { type EnterpriseChoices, enterpriseChoicesOf } from '../enterprises/enterprise-choices.js'
import { type EnterpriseCandidate, enterpriseInput } from '../enterprises/enterprise.contracts.js'
import { enterpriseFieldLabels } from '../enterprises/enterprise.messages.js'
import { EMPLOYER_REQUESTS } from './employer-request-list.pages.js'
import { createEnterpriseFromRequest, findEmployerRequestDuplicates } from './employer-request-convert.service.js'
import { linkEmployerRequestInput } from './employer-request.contracts.js'
import { employerRequestFieldLabels as f, employerRequestText as m } from './employer-request.messages.js'
import type { EmployerRequestRow } from './employer-request.queries.js'
import { getOpenEmployerRequestForUpdate, linkEmployerRequest } from './employer-request.service.js'

type Values = Record<string, string>
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

/** The new enterprise's record, prefilled from the request (its region fixed: the request's). */
function CreateForm(
  p: Step & { choices: EnterpriseChoices; values: Values; errors?: FieldErrors; duplicates: boolean },
) {
  const lang = p.request.lang
  const at = fieldsOf({ lang, labels: labelsIn(lang, enterpriseFieldLabels), values: p.values, errors: p.errors })
  return (
    <PostForm
      requiredNote
      lang={lang}
      action={`${EMPLOYER_REQUESTS}/${p.row.id}/creer`}
      csrfToken={p.request.csrfToken}
      label={m.newTitle[lang]}
    >
      <input type="hidden" name="regionCode" value={p.row.regionCode} />
      <Field {...at('legalName')} required maxLength={200} />
      <Field {...at('neq')} maxLength={20} />
      <SelectField {...at('scianCode')} required options={p.choices.sectors} emptyLabel="" />
      <Field {...at('city')} required maxLength={100} />
      <SelectField {...at('mrcCode')} options={p.choices.mrcs} emptyLabel="" />
      <TextAreaField {...at('notes')} maxLength={2000} rows={4} />
      {p.duplicates ? (
        <CheckboxField
          name="confirmedNotDuplicate"
          label={enterpriseFieldLabels.confirmedNotDuplicate[lang]}
          checked={p.values.confirmedNotDuplicate === 'true'}
        />
      ) : null}
      <div class="button-row">
        <button class="qc-button qc-primary" type="submit">
          {m.createNew[lang]}
        </button>
        <a class="qc-button qc-tertiary" href={`${EMPLOYER_REQUESTS}/${p.row.id}`}>
          {m.cancel[lang]}
        </a>
      </div>
    </PostForm>
  )
}

const requestRows = (lang: Lang, row: EmployerRequestRow): [string, string | null][] => [
  [f.enterpriseName![lang], row.enterpriseName],
  [f.neq![lang], row.neq],
  [f.city![lang], row.city],
]

type PageProps = Step & {
  deps: ModuleDeps
  candidates: EnterpriseCandidate[]
  choices: EnterpriseChoices
  values: Values
  errors?: FieldErrors
}

function ConvertPage(p: PageProps) {
  const lang = p.request.lang
  const labels = { ...labelsIn(lang, enterpriseFieldLabels), ...labelsIn(lang, f) }
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.convertTitle[lang]}>
      <h1>{m.convertTitle[lang]}</h1>
      <ErrorSummary lang={lang} errors={p.errors} labels={labels} />
      <DetailsList rows={requestRows(lang, p.row)} />
      <Candidates request={p.request} row={p.row} candidates={p.candidates} />
      <h2>{m.newTitle[lang]}</h2>
      <p>{m.newIntro[lang]}</p>
      <CreateForm
        request={p.request}
        row={p.row}
        choices={p.choices}
        values={p.values}
        errors={p.errors}
        duplicates={p.candidates.length > 0}
      />
    </AppPage>
  )
}

/** The new record's fields as the request gives them (what the advisor checks before creating it). */
function prefilled(lang: Lang, row: EmployerRequestRow): Values {
  const notes = `${m.notesFrom[lang]} — ${row.contactName} : ${row.message}`.slice(0, 2000)
  return { legalName: row.enterpriseName, neq: row.neq ?? '', city: row.city, notes }
}

/** The conversion's page: the open request (in scope), its possible duplicates, and the prefilled new record. */
async function showConvertPage(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  id: string,
  state: { values?: Values; errors?: FieldErrors; status?: number } = {},
) {
  const ctx = ctxOf(request, deps)
  const row = await getOpenEmployerRequestForUpdate(ctx, id)
  const [candidates, choices] = await Promise.all([
    findEmployerRequestDuplicates(ctx, row),
    enterpriseChoicesOf(ctx, request.lang),
  ])
  const values = state.values ?? prefilled(request.lang, row)
  const props = { request, deps, row, candidates, choices, values, errors: state.errors }
  return sendPage(reply, <ConvertPage {...props} />, state.status ?? 200)
}

/** Turning a request into an enterprise record: duplicates first, then link to one of them or create a new one. */
export function registerEmployerRequestConvertPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const path = `${EMPLOYER_REQUESTS}/:id`
  const done = (reply: FastifyReply) => (r: { id: string }) =>
    reply.redirect(`${EMPLOYER_REQUESTS}/${r.id}?saved=1`, 303)
  app.get(`${path}/entreprise`, { schema: { hide: true, params: idParams } }, async (request, reply) =>
    showConvertPage(request, reply, deps, request.params.id),
  )
  app.post(`${path}/associer`, formRoute(linkEmployerRequestInput, idParams), async (request, reply) => {
    const { id } = request.params
    const run = () => linkEmployerRequest(ctxOf(request, deps), id, request.body)
    return submitForm(request, run, done(reply), (errors, status) =>
      showConvertPage(request, reply, deps, id, { errors, status }),
    )
  })
  app.post(`${path}/creer`, formRoute(enterpriseInput, idParams), async (request, reply) => {
    const { id } = request.params
    const run = () => createEnterpriseFromRequest(ctxOf(request, deps), id, request.body)
    return submitForm(request, run, done(reply), (errors, status) =>
      showConvertPage(request, reply, deps, id, { values: typedValues(request.body), errors, status }),
    )
  })
}
