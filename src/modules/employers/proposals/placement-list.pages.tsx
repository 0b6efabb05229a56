import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { listAllRegions, type RegionRow } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { filterErrors, filterRoute, typedValues } from '../../../platform/http/forms.js'
import { sendPageOrFragment } from '../../../platform/http/htmx.js'
import { Field, FilterForm, fieldsOf, SelectField } from '../../../platform/views/form.js'
import { formatDate, type Lang, localName } from '../../../platform/views/i18n.js'
import { FilterResults } from '../../../platform/views/results.js'
import { Table, TableHead } from '../../../platform/views/table.js'
import { employmentTypeLabels } from '../needs/labour-need.messages.js'
import { employmentTypes } from '../needs/labour-need.schema.js'
import { type PlacementFilter, type PlacementOutput, placementListQuery } from './proposal.contracts.js'
import {
  MOBILITY,
  PLACEMENTS,
  placementText as m,
  proposalFieldLabels as f,
  proposalText,
} from './proposal.messages.js'
import { listPlacements } from './placement.service.js'

const RESULTS_ID = 'placement-results'
type Values = Record<string, string | undefined>

/** Region names by code, in the page's language. */
export function regionNamer(lang: Lang, regions: readonly RegionRow[]): (code: string) => string {
  const names = new Map(regions.map((r) => [r.code, localName(lang, r)]))
  return (code) => names.get(code) ?? code
}

/** A table of hires: date, candidate, position, enterprise, type, region of origin (and whether it is another). */
export function PlacementTable(p: {
  lang: Lang
  label: string
  items: PlacementOutput[]
  regionName: (c: string) => string
}) {
  const { lang } = p
  const heads = [m.hiredOn, f.candidate, m.position, f.enterprise, m.employmentType, m.origin, m.interregional]
  return (
    <Table label={p.label}>
      <TableHead lang={lang} heads={heads} />
      <tbody>
        {p.items.map((it) => (
          <tr key={it.id}>
            <td>{formatDate(it.hiredOn, lang)}</td>
            <td>{it.candidateName ?? proposalText.hiddenCandidate[lang]}</td>
            <td>
              {it.positionTitle} ({it.cnpCode})
            </td>
            <td>{it.enterpriseName}</td>
            <td>{employmentTypeLabels[it.employmentType][lang]}</td>
            <td>{p.regionName(it.originRegionCode)}</td>
            <td>{(it.interregional ? m.yes : m.no)[lang]}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

/** The period and region filters shared by the hires list and the mobility view. */
export function PeriodFilters(p: {
  request: FastifyRequest
  action: string
  target: string
  label: string
  regions: RegionRow[]
  values: Values
  errors?: FieldErrors
  types?: boolean
}) {
  const { lang } = p.request
  const labels = { from: m.from[lang], to: m.to[lang], region: f.region[lang], employmentType: m.employmentType[lang] }
  const at = fieldsOf({ lang, labels, values: p.values, errors: p.errors })
  const inScope = p.regions.filter((r) => p.request.scope.coversRegion(r.code))
  return (
    <FilterForm
      action={p.action}
      label={p.label}
      target={p.target}
      csrfToken={p.request.csrfToken}
      submitLabel={proposalText.filter[lang]}
    >
      <Field {...at('from')} type="date" />
      <Field {...at('to')} type="date" />
      {inScope.length > 1 ? (
        <SelectField
          {...at('region')}
          emptyLabel={proposalText.allRegions[lang]}
          options={inScope.map((r) => ({ value: r.code, label: localName(lang, r) }))}
        />
      ) : null}
      {p.types ? (
        <SelectField
          {...at('employmentType')}
          emptyLabel={m.allTypes[lang]}
          options={employmentTypes.map((e) => ({ value: e, label: employmentTypeLabels[e][lang] }))}
        />
      ) : null}
    </FilterForm>
  )
}

function Results(p: { lang: Lang; items: PlacementOutput[]; regionName: (c: string) => string; error?: string }) {
  return (
    <FilterResults lang={p.lang} id={RESULTS_ID} error={p.error} empty={p.items.length === 0} none={m.none[p.lang]}>
      <PlacementTable lang={p.lang} label={m.list[p.lang]} items={p.items} regionName={p.regionName} />
    </FilterResults>
  )
}

type ListState = {
  items: PlacementOutput[]
  regions: RegionRow[]
  values: Values
  errors?: FieldErrors
  error?: string
}

/** The page's reads: the filtered hires (none when the filters do not validate) and every region (to name origins). */
async function loadList(request: FastifyRequest, deps: ModuleDeps, query: PlacementFilter): Promise<ListState> {
  const ctx = ctxOf(request, deps)
  const errors = filterErrors(request)
  const [items, regions] = await Promise.all([
    errors ? Promise.resolve([]) : listPlacements(ctx, query),
    listAllRegions(ctx),
  ])
  const error = errors ? Object.values(errors)[0]?.[request.lang] : undefined
  return { items, regions, values: typedValues(request.query), errors, error }
}

function ListResults(p: { lang: Lang; state: ListState }) {
  const { lang, state } = p
  return <Results lang={lang} items={state.items} regionName={regionNamer(lang, state.regions)} error={state.error} />
}

function ListPage(p: { request: FastifyRequest; deps: ModuleDeps; state: ListState }) {
  const { request, state } = p
  const { lang } = request
  return (
    <AppPage request={request} nav={p.deps.nav} title={m.listTitle[lang]}>
      <h1>{m.listTitle[lang]}</h1>
      <p>
        <a href={MOBILITY}>{m.mobilityLink[lang]}</a>
      </p>
      <PeriodFilters
        request={request}
        action={PLACEMENTS}
        target={RESULTS_ID}
        label={m.filters[lang]}
        regions={state.regions}
        values={state.values}
        errors={state.errors}
        types
      />
      <ListResults lang={lang} state={state} />
    </AppPage>
  )
}

/** The hires of the caller's regions with live filters (period, region, employment type). */
export function registerPlacementListPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(PLACEMENTS, filterRoute(placementListQuery), async (request, reply) => {
    const state = await loadList(request, deps, request.query)
    reply.code(state.errors ? 400 : 200)
    return sendPageOrFragment(
      request,
      reply,
      () => <ListPage request={request} deps={deps} state={state} />,
      () => <ListResults lang={request.lang} state={state} />,
    )
  })
}
