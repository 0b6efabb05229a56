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
import { type ProposalOutput, proposalListQuery } from './proposal.contracts.js'
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

/** The proposals of the caller's regions, waiting for an answer first, with live filters (status, region). */
export function registerProposalListPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(PROPOSALS, filterRoute(proposalListQuery), async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const errors = filterErrors(request)
    const [items, regions] = await Promise.all([
      errors ? Promise.resolve([]) : listProposals(ctx, request.query),
      listRegionsInScope(ctx),
    ])
    const { lang } = request
    const error = errors ? Object.values(errors)[0]?.[lang] : undefined
    const values: Values = typedValues(request.query)
    reply.code(errors ? 400 : 200)
    const page = () => (
      <AppPage request={request} nav={deps.nav} title={m.listTitle[lang]}>
        <h1>{m.listTitle[lang]}</h1>
        <p>{m.waitingNote[lang]}</p>
        <Filters request={request} regions={regions} values={values} errors={errors} />
        <Results lang={lang} items={items} error={error} />
      </AppPage>
    )
    return sendPageOrFragment(request, reply, page, () => <Results lang={lang} items={items} error={error} />)
  })
}
