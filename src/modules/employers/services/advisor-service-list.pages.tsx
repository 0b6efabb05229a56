import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { filterErrors, filterRoute, typedValues } from '../../../platform/http/forms.js'
import { sendPageOrFragment, wantsFragment } from '../../../platform/http/htmx.js'
import { Field, FilterForm, fieldsOf, SelectField } from '../../../platform/views/form.js'
import { formatDate, type Lang, labelsIn } from '../../../platform/views/i18n.js'
import { SdgNotice } from '../../../platform/views/notice.js'
import { Table, TableHead } from '../../../platform/views/table.js'
import { ENTERPRISES, SERVICES } from './advisor-service-form.pages.js'
import {
  type AdvisorChoice,
  type AdvisorServiceListQuery,
  type AdvisorServicePage,
  advisorServiceListQuery,
  followUpStatuses,
} from './advisor-service.contracts.js'
import {
  serviceFieldLabels as f,
  followUpNames,
  serviceKindNames,
  serviceText as m,
} from './advisor-service.messages.js'
import { advisorServiceKinds } from './advisor-service.schema.js'
import { followUpOf } from './advisor-service.section.js'
import { listAdvisorServices, listAdvisorsInScope } from './advisor-service.service.js'

const RESULTS_ID = 'service-results'
type Values = Record<string, string | undefined>

function Filters(p: { request: FastifyRequest; advisors: AdvisorChoice[]; values: Values; errors?: FieldErrors }) {
  const { lang } = p.request
  const at = fieldsOf({ lang, labels: labelsIn(lang, f), values: p.values, errors: p.errors })
  return (
    <FilterForm
      action={SERVICES}
      label={m.filters[lang]}
      target={RESULTS_ID}
      csrfToken={p.request.csrfToken}
      submitLabel={m.filter[lang]}
    >
      {p.values.enterpriseId ? <input type="hidden" name="enterpriseId" value={p.values.enterpriseId} /> : null}
      <SelectField
        {...at('kind')}
        emptyLabel={m.allKinds[lang]}
        options={advisorServiceKinds.map((k) => ({ value: k, label: serviceKindNames[k][lang] }))}
      />
      <SelectField
        {...at('advisorId')}
        emptyLabel={m.allAdvisors[lang]}
        options={p.advisors.map((a) => ({ value: a.id, label: a.name }))}
      />
      <Field {...at('from')} type="date" />
      <Field {...at('to')} type="date" />
      <SelectField
        {...at('followUp')}
        emptyLabel={m.allFollowUps[lang]}
        options={followUpStatuses.map((s) => ({ value: s, label: followUpNames[s][lang] }))}
      />
    </FilterForm>
  )
}

type Results = { page: AdvisorServicePage; nextHref: string | null; error?: string }

function ServiceResults(p: { lang: Lang; results: Results }) {
  const { lang, results: r } = p
  const heads = [f.servedOn, f.enterpriseId, f.kind, f.advisorId, f.followUp]
  return (
    <div id={RESULTS_ID} aria-live="polite">
      {r.error ? <SdgNotice lang={lang} type="error" title={r.error} /> : null}
      {r.page.data.length === 0 ? (
        <p>{m.none[lang]}</p>
      ) : (
        <Table label={m.list[lang]}>
          <TableHead lang={lang} heads={heads} />
          <tbody>
            {r.page.data.map((s) => (
              <tr key={s.id}>
                <td>{formatDate(s.servedOn, lang)}</td>
                <td>
                  <a href={`${ENTERPRISES}/${s.enterpriseId}#services`}>{s.enterpriseName}</a>
                </td>
                <td>{serviceKindNames[s.kind][lang]}</td>
                <td>{s.advisorName ?? m.noAdvisor[lang]}</td>
                <td>{followUpOf(s, lang)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {r.nextHref ? (
        <p>
          <a href={r.nextHref}>{m.next[lang]}</a>
        </p>
      ) : null}
    </div>
  )
}

function nextHrefOf(values: Values, next: string | null): string | null {
  if (!next) return null
  const params = new URLSearchParams()
  for (const key of ['enterpriseId', 'kind', 'advisorId', 'from', 'to', 'followUp'] as const) {
    const v = values[key]
    if (v) params.set(key, v)
  }
  params.set('after', next)
  return `${SERVICES}?${params}`
}

type ListState = { results: Results; advisors: AdvisorChoice[]; values: Values; errors?: FieldErrors }

function ListPage(p: { request: FastifyRequest; deps: ModuleDeps; state: ListState }) {
  const { lang } = p.request
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.listTitle[lang]}>
      <h1>{m.listTitle[lang]}</h1>
      <Filters request={p.request} advisors={p.state.advisors} values={p.state.values} errors={p.state.errors} />
      <ServiceResults lang={lang} results={p.state.results} />
    </AppPage>
  )
}

async function loadList(request: FastifyRequest, deps: ModuleDeps, query: AdvisorServiceListQuery): Promise<ListState> {
  const ctx = ctxOf(request, deps)
  const errors = filterErrors(request)
  const page = errors ? { data: [], next: null } : await listAdvisorServices(ctx, query)
  const advisors = wantsFragment(request) ? [] : await listAdvisorsInScope(ctx)
  const values: Values = typedValues(request.query)
  const error = errors ? Object.values(errors)[0]?.[request.lang] : undefined
  return { results: { page, nextHref: nextHrefOf(values, page.next), error }, advisors, values, errors }
}

/** The services given to the enterprises of the caller's scope, with live filters (kind, advisor, period, follow-up). */
export function registerAdvisorServiceListPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(SERVICES, filterRoute(advisorServiceListQuery), async (request, reply) => {
    const state = await loadList(request, deps, request.query)
    reply.code(state.errors ? 400 : 200)
    return sendPageOrFragment(
      request,
      reply,
      () => <ListPage request={request} deps={deps} state={state} />,
      () => <ServiceResults lang={request.lang} results={state.results} />,
    )
  })
}
