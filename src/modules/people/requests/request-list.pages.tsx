import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, type Ctx, ctxOf, type ModuleDeps } from '../../access/index.js'
import { listStaff } from '../../territory/index.js'
import { filterErrors, filterRoute } from '../../../platform/http/forms.js'
import { sendPageOrFragment } from '../../../platform/http/htmx.js'
import { FilterForm, SelectField } from '../../../platform/views/form.js'
import { formatDate, formatNumber, type Lang } from '../../../platform/views/i18n.js'
import { Notice } from '../../../platform/views/notice.js'
import { FilterResults } from '../../../platform/views/results.js'
import { Table } from '../../../platform/views/table.js'
import type { RequestSummary } from './request.contracts.js'
import { requestFieldLabels as f, requestStatusLabels, triageText as m } from './request.messages.js'
import { requestStatuses } from './request.schema.js'
import { listRequests } from './request.service.js'

/** The triage queue's address (the people module's navigation links here). */
export const REQUESTS = '/app/demandes'

const listPageQuery = z.object({
  status: z.enum(requestStatuses).optional(),
  saved: z.literal('1').optional(),
})

function Results(p: { lang: Lang; items: RequestSummary[]; agents: Map<string, string> }) {
  const { lang } = p
  return (
    <Table label={m.listLabel[lang]}>
      <thead>
        <tr>
          {['receivedOn', 'givenName', 'familyName', 'age', 'assignedTo'].map((k) => (
            <th scope="col" key={k}>
              {f[k]![lang]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {p.items.map((r) => (
          <tr key={r.id}>
            <td>
              <a href={`${REQUESTS}/${r.id}`}>{formatDate(r.receivedOn, lang)}</a>
            </td>
            <td>{r.givenName}</td>
            <td>{r.familyName}</td>
            <td>{formatNumber(r.ageWorkingDays, lang)}</td>
            <td>{r.assignedTo ? (p.agents.get(r.assignedTo) ?? '') : m.unassigned[lang]}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

/** The results, or the filter's error; also the fragment a live filter swaps in (htmx). */
function ResultsRegion(p: { lang: Lang; items: RequestSummary[]; agents: Map<string, string>; error?: string }) {
  return (
    <FilterResults lang={p.lang} id="results" error={p.error} empty={p.items.length === 0} none={m.none[p.lang]}>
      <Results lang={p.lang} items={p.items} agents={p.agents} />
    </FilterResults>
  )
}

function ListPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  status: (typeof requestStatuses)[number]
  items: RequestSummary[]
  agents: Map<string, string>
  saved: boolean
  error?: string
}) {
  const lang = p.request.lang
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.title[lang]}>
      <h1>{m.title[lang]}</h1>
      {p.saved ? (
        <Notice lang={lang}>
          <p>{m.saved[lang]}</p>
        </Notice>
      ) : null}
      <p>{m.intro[lang]}</p>
      <FilterForm
        action={REQUESTS}
        label={m.statusFilter[lang]}
        target="results"
        csrfToken={p.request.csrfToken}
        submitLabel={m.filter[lang]}
      >
        <SelectField
          lang={lang}
          name="status"
          label={f.status![lang]}
          value={p.status}
          options={requestStatuses.map((s) => ({ value: s, label: requestStatusLabels[s][lang] }))}
        />
      </FilterForm>
      <ResultsRegion lang={lang} items={p.items} agents={p.agents} error={p.error} />
    </AppPage>
  )
}

/** The requests of one status and the names of the agents they may be assigned to. */
async function loadQueue(ctx: Ctx, status: (typeof requestStatuses)[number]) {
  const [items, staff] = await Promise.all([listRequests(ctx, status), listStaff(ctx, { role: 'agent' })])
  return { items, agents: new Map(staff.map((s) => [s.id, s.fullName])) }
}

/** The triage queue of the caller's regions, by status (new by default), oldest first, with the age in working days. */
export function registerRequestListPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(REQUESTS, filterRoute(listPageQuery), async (request, reply) => {
    const errors = filterErrors(request)
    const status = (errors ? undefined : request.query.status) ?? 'new'
    const { items, agents } = await loadQueue(ctxOf(request, deps), status)
    const error = errors ? Object.values(errors)[0]?.[request.lang] : undefined
    const page = { request, deps, status, items, agents, saved: !errors && request.query.saved === '1', error }
    reply.code(errors ? 400 : 200)
    return sendPageOrFragment(
      request,
      reply,
      () => <ListPage {...page} />,
      () => <ResultsRegion {...page} lang={request.lang} />,
    )
  })
}
