import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { listAllRegions, type RegionRow } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { filterErrors, filterRoute, typedValues } from '../../../platform/http/forms.js'
import { sendPageOrFragment } from '../../../platform/http/htmx.js'
import { formatNumber, type Lang } from '../../../platform/views/i18n.js'
import { FilterResults } from '../../../platform/views/results.js'
import { Table, TableHead } from '../../../platform/views/table.js'
import { PeriodFilters, regionNamer } from './placement-list.pages.js'
import { type MobilityFilter, type MobilityFlow, mobilityQuery } from './proposal.contracts.js'
import { MOBILITY, mobilityText as m, PLACEMENTS, placementText } from './proposal.messages.js'
import { countHires, listMobilityFlows } from './placement.service.js'

const RESULTS_ID = 'mobility-results'
type Counts = { total: number; interregional: number }

function FlowTable(p: { lang: Lang; flows: MobilityFlow[]; regionName: (c: string) => string; counts: Counts }) {
  const { lang } = p
  return (
    <>
      <p>{m.summary(p.counts.total, p.counts.interregional)[lang]}</p>
      <Table label={m.table[lang]}>
        <TableHead lang={lang} heads={[m.origin, m.destination, m.count]} />
        <tbody>
          {p.flows.map((fl) => (
            <tr key={`${fl.originRegionCode}-${fl.regionCode}`}>
              <th scope="row">{p.regionName(fl.originRegionCode)}</th>
              <td>{p.regionName(fl.regionCode)}</td>
              <td>{formatNumber(fl.count, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {m.total[lang]}
            </th>
            <td>{formatNumber(p.counts.interregional, lang)}</td>
          </tr>
        </tfoot>
      </Table>
    </>
  )
}

type ViewState = {
  flows: MobilityFlow[]
  counts: Counts
  regions: RegionRow[]
  errors?: FieldErrors
  error?: string
}

/** The view's reads: the flows and counts of the period (none when the filters do not validate), every region. */
async function loadView(request: FastifyRequest, deps: ModuleDeps, query: MobilityFilter): Promise<ViewState> {
  const ctx = ctxOf(request, deps)
  const errors = filterErrors(request)
  const [flows, counts, regions] = await Promise.all([
    errors ? Promise.resolve([]) : listMobilityFlows(ctx, query),
    errors ? Promise.resolve({ total: 0, interregional: 0 }) : countHires(ctx, query),
    listAllRegions(ctx),
  ])
  return { flows, counts, regions, errors, error: errors ? Object.values(errors)[0]?.[request.lang] : undefined }
}

function ViewResults(p: { lang: Lang; state: ViewState }) {
  const { lang, state } = p
  return (
    <FilterResults lang={lang} id={RESULTS_ID} error={state.error} empty={state.flows.length === 0} none={m.none[lang]}>
      <FlowTable lang={lang} flows={state.flows} regionName={regionNamer(lang, state.regions)} counts={state.counts} />
    </FilterResults>
  )
}

function ViewPage(p: { request: FastifyRequest; deps: ModuleDeps; state: ViewState }) {
  const { request, state } = p
  const { lang } = request
  return (
    <AppPage request={request} nav={p.deps.nav} title={m.title[lang]}>
      <h1>{m.title[lang]}</h1>
      <p>{m.intro[lang]}</p>
      <p>
        <a href={PLACEMENTS}>{placementText.listTitle[lang]}</a>
      </p>
      <PeriodFilters
        request={request}
        action={MOBILITY}
        target={RESULTS_ID}
        label={m.filters[lang]}
        regions={state.regions}
        values={typedValues(request.query)}
        errors={state.errors}
      />
      <ViewResults lang={lang} state={state} />
    </AppPage>
  )
}

/**
 * The interregional mobility view: hires of the caller's regions whose candidate lived in another region when hired,
 * by region of origin, for a period (live filter, a plain GET form without JavaScript).
 */
export function registerMobilityPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(MOBILITY, filterRoute(mobilityQuery), async (request, reply) => {
    const state = await loadView(request, deps, request.query)
    reply.code(state.errors ? 400 : 200)
    return sendPageOrFragment(
      request,
      reply,
      () => <ViewPage request={request} deps={deps} state={state} />,
      () => <ViewResults lang={request.lang} state={state} />,
    )
  })
}
