import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, can, ctxOf, type ModuleDeps } from '../../access/index.js'
import { filterErrors, filterRoute } from '../../../platform/http/forms.js'
import { sendPageOrFragment } from '../../../platform/http/htmx.js'
import { FilterForm, SelectField } from '../../../platform/views/form.js'
import { formatDate, formatNumber, type Lang } from '../../../platform/views/i18n.js'
import { SdgNotice } from '../../../platform/views/notice.js'
import { Table } from '../../../platform/views/table.js'
import { serviceKindNames } from '../services/advisor-service.messages.js'
import {
  employerWorkDateLabels,
  employerWorkKindLabels,
  employerWorkText as m,
  proposalWaitingLabels,
} from './work.messages.js'
import { type EmployerWorkKind, employerWorkKinds, ITEMS_PER_KIND } from './work.queries.js'
import { type EmployerWork, type EmployerWorkItem, getEmployerWork, type WorkOwnerFilter } from './work.service.js'

/** The advisor's work queue. */
export const EMPLOYER_WORK = '/app/entreprises/mon-travail'

const owners = ['region', 'mine'] as const
const workQuery = z.object({ owner: z.enum(owners).optional() })

/** Where each kind of item is handled. */
const hrefOf: Record<EmployerWorkKind, (id: string) => string> = {
  follow_up: (id) => `/app/entreprises/${id}`,
  need_without_proposal: (id) => `/app/besoins-main-oeuvre/${id}`,
  proposal_waiting: (id) => `/app/propositions/${id}`,
  request: (id) => `/app/demandes-entreprises/${id}`,
}

function detailOf(lang: Lang, kind: EmployerWorkKind, detail: string | null): string {
  if (!detail) return ''
  if (kind === 'follow_up') return serviceKindNames[detail as keyof typeof serviceKindNames]?.[lang] ?? detail
  if (kind === 'need_without_proposal') return `${m.noc[lang]} ${detail}`
  if (kind === 'proposal_waiting') return proposalWaitingLabels[detail]?.[lang] ?? detail
  return detail
}

/** One kind's items, oldest first (the caller's own first), each linked to where it is handled. */
function KindTable(p: { lang: Lang; kind: EmployerWorkKind; items: EmployerWorkItem[] }) {
  const { lang, kind } = p
  return (
    <Table label={employerWorkKindLabels[kind][lang]}>
      <thead>
        <tr>
          {[employerWorkDateLabels[kind], m.what, m.enterprise, m.detail].map((h) => (
            <th scope="col" key={h.en}>
              {h[lang]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {p.items.map((item) => (
          <tr key={item.id}>
            <td>
              {formatDate(item.on, lang)}
              {item.overdue ? <strong> — {m.overdue[lang]}</strong> : null}
            </td>
            <td>
              <a href={hrefOf[kind](item.linkId)}>{item.title}</a>
              {item.mine ? ` (${m.mineMark[lang]})` : null}
            </td>
            <td>{item.enterprise ?? ''}</td>
            <td>{detailOf(lang, kind, item.detail)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

function KindSection(p: { lang: Lang; kind: EmployerWorkKind; work: EmployerWork }) {
  const { lang, kind } = p
  const list = p.work[kind]
  const id = `employer-work-${kind}`
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {employerWorkKindLabels[kind][lang]} ({formatNumber(list.total, lang)})
      </h2>
      {list.items.length === 0 ? <p>{m.none[lang]}</p> : <KindTable lang={lang} kind={kind} items={list.items} />}
      {list.total > ITEMS_PER_KIND ? <p>{m.more[lang]}</p> : null}
    </section>
  )
}

/** The kinds the caller sees (the requests only for those who handle them). */
export function visibleKinds(request: FastifyRequest): readonly EmployerWorkKind[] {
  const handles = request.actor ? can(request.actor, 'employers.write') : false
  return employerWorkKinds.filter((k) => k !== 'request' || handles)
}

/** The lists, or the filter's error; also the fragment a live filter swaps in (htmx). */
function Results(p: { request: FastifyRequest; work: EmployerWork; error?: string }) {
  const lang = p.request.lang
  return (
    <div id="results" aria-live="polite">
      {p.error ? (
        <SdgNotice lang={lang} type="error" role="alert">
          <p>{p.error}</p>
        </SdgNotice>
      ) : (
        visibleKinds(p.request).map((k) => <KindSection key={k} lang={lang} kind={k} work={p.work} />)
      )}
    </div>
  )
}

function WorkPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  owner: WorkOwnerFilter
  work: EmployerWork
  error?: string
}) {
  const lang = p.request.lang
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.title[lang]}>
      <h1>{m.title[lang]}</h1>
      <p>{m.intro[lang]}</p>
      <FilterForm
        action={EMPLOYER_WORK}
        label={m.ownerFilter[lang]}
        target="results"
        csrfToken={p.request.csrfToken}
        submitLabel={m.filter[lang]}
      >
        <SelectField
          lang={lang}
          name="owner"
          label={m.ownerLabel[lang]}
          value={p.owner}
          options={owners.map((o) => ({ value: o, label: m[o][lang] }))}
        />
      </FilterForm>
      <Results request={p.request} work={p.work} error={p.error} />
    </AppPage>
  )
}

/** "Mon travail (entreprises)": follow-ups due, open needs without a proposal, proposals waiting, new requests. */
export function registerEmployerWorkPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(EMPLOYER_WORK, filterRoute(workQuery), async (request, reply) => {
    const errors = filterErrors(request)
    const owner = (errors ? undefined : request.query.owner) ?? 'region'
    const work = await getEmployerWork(ctxOf(request, deps), owner)
    const error = errors ? Object.values(errors)[0]?.[request.lang] : undefined
    reply.code(errors ? 400 : 200)
    const page = { request, deps, owner, work, error }
    return sendPageOrFragment(
      request,
      reply,
      () => <WorkPage {...page} />,
      () => <Results {...page} />,
    )
  })
}
