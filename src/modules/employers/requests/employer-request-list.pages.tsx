import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { filterErrors, filterRoute } from '../../../platform/http/forms.js'
import { sendPageOrFragment } from '../../../platform/http/htmx.js'
import { FilterForm, SelectField } from '../../../platform/views/form.js'
import { formatDate, formatNumber, type Lang } from '../../../platform/views/i18n.js'
import { Notice } from '../../../platform/views/notice.js'
import { FilterResults } from '../../../platform/views/results.js'
import { Table } from '../../../platform/views/table.js'
import type { EmployerRequestSummary } from './employer-request.contracts.js'
import {
  employerRequestFieldLabels as f,
  employerRequestStatusLabels,
  employerRequestText as m,
} from './employer-request.messages.js'
import { employerRequestStatuses } from './employer-request.schema.js'
import { listEmployerRequests } from './employer-request.service.js'

/** The queue's address (the employers module's navigation links here). */
export const EMPLOYER_REQUESTS = '/app/demandes-entreprises'

type Status = (typeof employerRequestStatuses)[number]

const listPageQuery = z.object({
  status: z.enum(employerRequestStatuses).optional(),
  saved: z.literal('1').optional(),
})

function Results(p: { lang: Lang; items: EmployerRequestSummary[] }) {
  const { lang } = p
  return (
    <Table label={m.listLabel[lang]}>
      <thead>
        <tr>
          {['receivedOn', 'enterpriseName', 'city', 'positionsWanted'].map((k) => (
            <th scope="col" key={k}>
              {f[k]![lang]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {p.items.map((r) => (
          <tr key={r.id}>
            <td>{formatDate(r.receivedOn, lang)}</td>
            <td>
              <a href={`${EMPLOYER_REQUESTS}/${r.id}`}>{r.enterpriseName}</a>
            </td>
            <td>{r.city}</td>
            <td>{r.positionsWanted === null ? '' : formatNumber(r.positionsWanted, lang)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

/** The results, or the filter's error; also the fragment a live filter swaps in (htmx). */
function ResultsRegion(p: { lang: Lang; items: EmployerRequestSummary[]; error?: string }) {
  return (
    <FilterResults lang={p.lang} id="results" error={p.error} empty={p.items.length === 0} none={m.none[p.lang]}>
      <Results lang={p.lang} items={p.items} />
    </FilterResults>
  )
}

function ListPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  status: Status
  items: EmployerRequestSummary[]
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
        action={EMPLOYER_REQUESTS}
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
          options={employerRequestStatuses.map((s) => ({ value: s, label: employerRequestStatusLabels[s][lang] }))}
        />
      </FilterForm>
      <ResultsRegion lang={lang} items={p.items} error={p.error} />
    </AppPage>
  )
}

/** The queue of the caller's regions, by status (new by default), newest first. */
export function registerEmployerRequestListPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(EMPLOYER_REQUESTS, filterRoute(listPageQuery), async (request, reply) => {
    const errors = filterErrors(request)
    const status = (errors ? undefined : request.query.status) ?? 'new'
    const items = await listEmployerRequests(ctxOf(request, deps), status)
    const error = errors ? Object.values(errors)[0]?.[request.lang] : undefined
    const page = { request, deps, status, items, saved: !errors && request.query.saved === '1', error }
    reply.code(errors ? 400 : 200)
    return sendPageOrFragment(
      request,
      reply,
      () => <ListPage {...page} />,
      () => <ResultsRegion {...page} lang={request.lang} />,
    )
  })
}
