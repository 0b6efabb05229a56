import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { VNode } from 'preact'
import { AppPage, type Ctx, ctxOf, ExportForm, type ModuleDeps } from '../../access/index.js'
import { listRegionsInScope, listStaff, type RegionRow } from '../../territory/index.js'
import type { FieldErrors, Localized } from '../../../platform/errors.js'
import { filterErrors, filterRoute, typedValues } from '../../../platform/http/forms.js'
import { sendPageOrFragment } from '../../../platform/http/htmx.js'
import { Field, FilterForm, SelectField } from '../../../platform/views/form.js'
import { formatDate, type Lang } from '../../../platform/views/i18n.js'
import { FilterResults } from '../../../platform/views/results.js'
import { Table } from '../../../platform/views/table.js'
import { voletLabels } from '../needs/need.messages.js'
import { volets } from '../needs/need.schema.js'
import { type DossierListQuery, type DossierPage, dossierListQuery } from './dossier.contracts.js'
import { channelLabels, dossierFields as f, dossierText as m, statusLabels } from './dossier.messages.js'
import { dossierStatuses, intakeChannels } from './dossier.schema.js'
import { listDossiers } from './dossier.service.js'
import { listServicePointsInScope } from './dossier-places.js'

export const DOSSIERS = '/app/dossiers'
const RESULTS_ID = 'dossier-results'
const filterNames = ['status', 'agent', 'servicePoint', 'volet', 'channel'] as const
type Values = Record<string, string | undefined>
type Option = { value: string; label: string }

/** The address of the next page: the same filters, and the position reached. */
function nextHref(values: Values, after: string): string {
  const params = new URLSearchParams()
  for (const name of filterNames) if (values[name]) params.set(name, values[name]!)
  params.set('after', after)
  return `${DOSSIERS}?${params}`
}

function Rows(p: { lang: Lang; page: DossierPage }) {
  const { lang } = p
  return (
    <Table label={m.listTitle[lang]}>
      <thead>
        <tr>
          {(['number', 'person', 'status', 'intakeChannel', 'agentId', 'servicePointId', 'openedOn'] as const).map(
            (k) => (
              <th scope="col" key={k}>
                {f[k]![lang]}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {p.page.data.map((d) => (
          <tr key={d.id}>
            <td>
              <a href={`${DOSSIERS}/${d.id}`} class="nowrap">
                {d.number}
              </a>
            </td>
            <td>{d.personName}</td>
            <td>{statusLabels[d.status][lang]}</td>
            <td>{channelLabels[d.intakeChannel][lang]}</td>
            <td>{d.agentName ?? m.noAgent[lang]}</td>
            <td>{d.servicePointName}</td>
            <td>{formatDate(d.openedOn, lang)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

/** The results (also the fragment a live filter swaps in), with the link to the next page. */
function Results(p: { lang: Lang; page: DossierPage; values: Values; paged: boolean; error?: string }) {
  const { lang } = p
  return (
    <FilterResults
      lang={lang}
      id={RESULTS_ID}
      error={p.error}
      empty={p.page.data.length === 0}
      none={m.none[lang]}
      after={
        <p class="button-row">
          {p.paged ? <a href={DOSSIERS}>{m.first[lang]}</a> : null}
          {p.page.next ? (
            <a class="qc-button qc-secondary" href={nextHref(p.values, p.page.next)} rel="next">
              {m.next[lang]}
            </a>
          ) : null}
        </p>
      }
    >
      <Rows lang={lang} page={p.page} />
    </FilterResults>
  )
}

type Choices = { agents: Option[]; servicePoints: Option[]; regions: RegionRow[] }

function Filters(p: { request: FastifyRequest; values: Values; errors?: FieldErrors; choices: Choices }) {
  const lang = p.request.lang
  const labelled = <K extends string>(keys: readonly K[], labels: Record<K, Localized>) =>
    keys.map((k) => ({ value: k, label: labels[k][lang] }))
  // Each filter: its query name, the field label it borrows, its options.
  const selects: [name: (typeof filterNames)[number], label: string, options: Option[]][] = [
    ['status', 'status', labelled(dossierStatuses, statusLabels)],
    ['agent', 'agentId', p.choices.agents],
    ['servicePoint', 'servicePointId', p.choices.servicePoints],
    ['volet', 'volet', labelled(volets, voletLabels)],
    ['channel', 'intakeChannel', labelled(intakeChannels, channelLabels)],
  ]
  return (
    <FilterForm
      action={DOSSIERS}
      label={m.filters[lang]}
      target={RESULTS_ID}
      csrfToken={p.request.csrfToken}
      submitLabel={m.filter[lang]}
    >
      {selects.map(([name, label, options]) => (
        <SelectField
          key={name}
          lang={lang}
          errors={p.errors}
          emptyLabel={m.all[lang]}
          name={name}
          label={f[label]![lang]}
          value={p.values[name]}
          options={options}
        />
      ))}
    </FilterForm>
  )
}

/** The agents and service points of the caller's territory, to filter by. */
async function choicesOf(ctx: Ctx): Promise<Choices> {
  const [staff, points, regions] = await Promise.all([
    listStaff(ctx, { role: 'agent' }),
    listServicePointsInScope(ctx),
    listRegionsInScope(ctx),
  ])
  return {
    agents: staff.map((s) => ({ value: s.id, label: s.fullName })),
    servicePoints: points.map((sp) => ({ value: sp.id, label: sp.name })),
    regions,
  }
}

/** The interventions export's own filters (the dossiers list has no period): a period and a region, all optional. */
function InterventionExportFilters(p: { lang: Lang; regions: RegionRow[] }) {
  const { lang } = p
  const regions = p.regions.map((r) => ({ value: r.code, label: lang === 'fr' ? r.nameFr : r.nameEn }))
  const hint = m.exportDateHint[lang]
  return (
    <>
      <Field lang={lang} name="from" type="date" label={m.exportFrom[lang]} hint={hint} />
      <Field lang={lang} name="to" type="date" label={m.exportTo[lang]} hint={hint} />
      <SelectField lang={lang} name="region" label={m.exportRegion[lang]} emptyLabel={m.all[lang]} options={regions} />
    </>
  )
}

function ListPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  values: Values
  errors?: FieldErrors
  choices: Choices
  results: VNode
}) {
  const lang = p.request.lang
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.listTitle[lang]}>
      <h1>{m.listTitle[lang]}</h1>
      <Filters request={p.request} values={p.values} errors={p.errors} choices={p.choices} />
      {p.results}
      <h2>{m.interventionsExport[lang]}</h2>
      <p>{m.interventionsExportHint[lang]}</p>
      <ExportForm source="interventions" lang={lang} csrfToken={p.request.csrfToken} filters={{}}>
        <InterventionExportFilters lang={lang} regions={p.choices.regions} />
      </ExportForm>
    </AppPage>
  )
}

/**
 * The dossiers the caller may read, newest first, page by page (keyset), filtered by status, agent, service point, volet
 * and intake channel: a plain GET form without JavaScript; with htmx the results refresh as the filters change.
 */
export function registerDossierListPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(DOSSIERS, filterRoute(dossierListQuery), async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const errors = filterErrors(request)
    const query: DossierListQuery = errors ? {} : request.query
    const empty: DossierPage = { data: [], next: null }
    const [page, choices] = await Promise.all([errors ? empty : listDossiers(ctx, query), choicesOf(ctx)])
    const values: Values = typedValues(request.query)
    const error = errors ? Object.values(errors)[0]?.[request.lang] : undefined
    const results = () => (
      <Results lang={request.lang} page={page} values={values} paged={Boolean(query.after)} error={error} />
    )
    const whole = () => <ListPage {...{ request, deps, values, errors, choices }} results={results()} />
    reply.code(errors ? 400 : 200)
    return sendPageOrFragment(request, reply, whole, results)
  })
}
