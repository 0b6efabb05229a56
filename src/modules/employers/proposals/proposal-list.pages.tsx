import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { listRegionsInScope, type RegionRow } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { filterErrors, filterRoute, typedValues } from '../../../platform/http/forms.js'
import { sendPageOrFragment } from '../../../platform/http/htmx.js'
import { FilterForm, fieldsOf, SelectField } from '../../../platform/views/form.js'
import { formatDate, type Lang, localName } from '../../../platform/views/i18n.js'
import { FilterResults } from '../../../platform/views/results.js'
import { Table, TableHead } from '../../../platform/views/table.js'
import { declineReasonLabels, statusLabels } from './proposal-lifecycle.js'
import { type ProposalFilter, type ProposalOutput, proposalListQuery } from './proposal.contracts.js'
import { proposalFieldLabels as f, proposalText as m, PROPOSALS } from './proposal.messages.js'
import { proposalStatuses } from './proposal.schema.js'
import { listProposals } from './proposal.service.js'

const RESULTS_ID = 'proposal-results'
type Values = Record<string, string | undefined>

/** "Refusée (Salaire)", "Entrevue". */
export function statusText(p: Pick<ProposalOutput, 'status' | 'declineReason'>, lang: Lang): string {
  const status = statusLabels[p.status][lang]
  return p.declineReason ? `${status} (${declineReasonLabels[p.declineReason][lang]})` : status
}

/** A table of proposals: candidate (linked to the proposal), need, enterprise, status, dates. */
export function ProposalTable(p: { lang: Lang; label: string; items: ProposalOutput[]; enterprise?: boolean }) {
  const { lang } = p
  const heads = [f.candidate, f.need, ...(p.enterprise === false ? [] : [f.enterprise]), f.status, f.proposedOn]
  return (
    <Table label={p.label}>
      <TableHead lang={lang} heads={heads} />
      <tbody>
        {p.items.map((it) => (
          <tr key={it.id}>
            <td>
              <a href={`${PROPOSALS}/${it.id}`}>{it.candidateName ?? m.hiddenCandidate[lang]}</a>
            </td>
            <td>{it.needTitle}</td>
            {p.enterprise === false ? null : <td>{it.enterpriseName}</td>}
            <td>{statusText(it, lang)}</td>
            <td>{formatDate(it.proposedOn, lang)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

function Filters(p: { request: FastifyRequest; regions: RegionRow[]; values: Values; errors?: FieldErrors }) {
  const { lang } = p.request
  const labels = { status: f.status[lang], region: f.region[lang] }
  const at = fieldsOf({ lang, labels, values: p.values, errors: p.errors })
  return (
    <FilterForm
      action={PROPOSALS}
      label={m.filters[lang]}
      target={RESULTS_ID}
      csrfToken={p.request.csrfToken}
      submitLabel={m.filter[lang]}
    >
      <SelectField
        {...at('status')}
        emptyLabel={m.allStatuses[lang]}
        options={proposalStatuses.map((s) => ({ value: s, label: statusLabels[s][lang] }))}
      />
      {p.regions.length > 1 ? (
        <SelectField
          {...at('region')}
          emptyLabel={m.allRegions[lang]}
          options={p.regions.map((r) => ({ value: r.code, label: localName(lang, r) }))}
        />
      ) : null}
    </FilterForm>
  )
}

function Results(p: { lang: Lang; items: ProposalOutput[]; error?: string }) {
  return (
    <FilterResults lang={p.lang} id={RESULTS_ID} error={p.error} empty={p.items.length === 0} none={m.none[p.lang]}>
      <ProposalTable lang={p.lang} label={m.list[p.lang]} items={p.items} />
    </FilterResults>
  )
}

type ListState = { items: ProposalOutput[]; regions: RegionRow[]; values: Values; errors?: FieldErrors; error?: string }

/** The page's reads: the filtered proposals (none when the filters do not validate) and the regions to filter by. */
async function loadList(request: FastifyRequest, deps: ModuleDeps, query: ProposalFilter): Promise<ListState> {
  const ctx = ctxOf(request, deps)
  const errors = filterErrors(request)
  const [items, regions] = await Promise.all([
    errors ? Promise.resolve([]) : listProposals(ctx, query),
    listRegionsInScope(ctx),
  ])
  const error = errors ? Object.values(errors)[0]?.[request.lang] : undefined
  return { items, regions, values: typedValues(request.query), errors, error }
}

function ListPage(p: { request: FastifyRequest; deps: ModuleDeps; state: ListState }) {
  const { request, state } = p
  const { lang } = request
  return (
    <AppPage request={request} nav={p.deps.nav} title={m.listTitle[lang]}>
      <h1>{m.listTitle[lang]}</h1>
      <p>{m.waitingNote[lang]}</p>
      <Filters request={request} regions={state.regions} values={state.values} errors={state.errors} />
      <Results lang={lang} items={state.items} error={state.error} />
    </AppPage>
  )
}

/** The proposals of the caller's regions, waiting for an answer first, with live filters (status, region). */
export function registerProposalListPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(PROPOSALS, filterRoute(proposalListQuery), async (request, reply) => {
    const state = await loadList(request, deps, request.query)
    reply.code(state.errors ? 400 : 200)
    return sendPageOrFragment(
      request,
      reply,
      () => <ListPage request={request} deps={deps} state={state} />,
      () => <Results lang={request.lang} items={state.items} error={state.error} />,
    )
  })
}
