import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, type Ctx, ctxOf, type ModuleDeps } from '../../access/index.js'
import { listMrcsOfRegionsOrThrow, listRegionsInScope, type MrcRow, type RegionRow } from '../../territory/index.js'
import { AppError, type FieldErrors } from '../../../platform/errors.js'
import { filterErrors, filterRoute, typedValues } from '../../../platform/http/forms.js'
import { sendPageOrFragment, wantsFragment } from '../../../platform/http/htmx.js'
import { Field, FilterForm, SelectField } from '../../../platform/views/form.js'
import { formatDate, type Lang, localName } from '../../../platform/views/i18n.js'
import { Notice } from '../../../platform/views/notice.js'
import { FilterResults } from '../../../platform/views/results.js'
import { Table } from '../../../platform/views/table.js'
import { organizationListQuery, type OrganizationPage, Q_MAX } from './organization.contracts.js'
import { orgFields as f, orgText as m } from './organization.messages.js'
import { canManageOrganizations } from './organization.policy.js'
import { organizationKinds } from './organization.schema.js'
import { capacityLabels, kindLabels, serviceLabel, servicesByVolet, voletLabels } from './organization-services.js'
import { listOrganizations } from './organization-list.service.js'

export const ORGANIZATIONS = '/app/organismes'
const RESULTS_ID = 'results'
const listPageQuery = organizationListQuery.extend({ saved: z.literal('1').optional() })
type Values = Record<string, string | undefined>

/** The next page's address: the same filters and the position after the last row. */
function nextHref(values: Values, cursor: string): string {
  const params = new URLSearchParams()
  for (const key of ['q', 'regionCode', 'kind', 'service', 'mrc'])
    if (values[key]) params.set(key, values[key] as string)
  params.set('cursor', cursor)
  return `${ORGANIZATIONS}?${params.toString()}`
}

function ResultsTable(p: { lang: Lang; page: OrganizationPage }) {
  const { lang } = p
  const columns = [f.name, f.kind, f.city, f.services, f.capacity].map((l) => l![lang])
  return (
    <Table label={m.listTitle[lang]}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th scope="col">{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {p.page.data.map((o) => (
          <tr key={o.id}>
            <td>
              <a href={`${ORGANIZATIONS}/${o.id}`}>{o.name}</a>
            </td>
            <td>{kindLabels[o.kind][lang]}</td>
            <td>{o.city ?? ''}</td>
            <td>{o.services.map((s) => serviceLabel(s, lang)).join(', ')}</td>
            <td>
              {o.capacityStatus ? capacityLabels[o.capacityStatus][lang] : m.noCapacity[lang]}
              {o.capacityUpdatedAt ? ` (${formatDate(new Date(o.capacityUpdatedAt), lang)})` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

/** The results and the way to the next page (or back to the first); also the fragment a live filter swaps in. */
function Results(p: { lang: Lang; page: OrganizationPage; values: Values; error?: string }) {
  const { lang, page } = p
  return (
    <FilterResults
      lang={lang}
      id={RESULTS_ID}
      error={p.error}
      empty={page.data.length === 0}
      none={m.none[lang]}
      after={
        page.nextCursor ? (
          <p>
            <a href={nextHref(p.values, page.nextCursor)}>{m.nextPage[lang]}</a>
          </p>
        ) : p.values.cursor && !p.error ? (
          <p>
            <a href={ORGANIZATIONS}>{m.firstPage[lang]}</a>
          </p>
        ) : null
      }
    >
      <ResultsTable lang={lang} page={page} />
    </FilterResults>
  )
}

type Choices = { regions: RegionRow[]; mrcs: MrcRow[] }

/** The service categories grouped by volet (a select's option groups). */
const serviceGroups = (lang: Lang) =>
  servicesByVolet().map((g) => ({
    label: voletLabels[g.volet][lang],
    options: g.categories.map((c) => ({ value: c, label: serviceLabel(c, lang) })),
  }))

/** The MRCs of the caller's regions, named with their region when there are several. */
function mrcOptions(lang: Lang, choices: Choices) {
  const regionName = new Map(choices.regions.map((r) => [r.code, localName(lang, r)]))
  return choices.mrcs.map((r) => ({
    value: r.code,
    label: choices.regions.length > 1 ? `${r.name} (${regionName.get(r.regionCode)})` : r.name,
  }))
}

function Filters(p: { request: FastifyRequest; choices: Choices; values: Values; errors?: FieldErrors }) {
  const lang = p.request.lang
  const at = (name: string) => ({ lang, name, label: f[name]![lang], value: p.values[name], errors: p.errors })
  return (
    <FilterForm
      action={ORGANIZATIONS}
      label={f.filters![lang]}
      target={RESULTS_ID}
      csrfToken={p.request.csrfToken}
      submitLabel={f.filter![lang]}
    >
      <Field {...at('q')} type="search" hint={f.qHint![lang]} maxLength={Q_MAX} />
      {p.choices.regions.length > 1 ? (
        <SelectField
          {...at('regionCode')}
          emptyLabel={f.allRegions![lang]}
          options={p.choices.regions.map((r) => ({ value: r.code, label: localName(lang, r) }))}
        />
      ) : null}
      <SelectField
        {...at('kind')}
        emptyLabel={f.all![lang]}
        options={organizationKinds.map((k) => ({ value: k, label: kindLabels[k][lang] }))}
      />
      <SelectField {...at('service')} emptyLabel={f.all![lang]} options={[]} groups={serviceGroups(lang)} />
      <SelectField {...at('mrc')} emptyLabel={f.all![lang]} options={mrcOptions(lang, p.choices)} />
    </FilterForm>
  )
}

async function choicesOf(ctx: Ctx): Promise<Choices> {
  const regions = await listRegionsInScope(ctx)
  return {
    regions,
    mrcs: await listMrcsOfRegionsOrThrow(
      ctx,
      regions.map((r) => r.code),
    ),
  }
}

function ListPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  filters: preact.VNode | undefined
  results: preact.VNode
  saved: boolean
}) {
  const { request } = p
  const lang = request.lang
  const canManage = request.actor ? canManageOrganizations(request.actor, request.scope) : false
  return (
    <AppPage request={request} nav={p.deps.nav} title={m.listTitle[lang]}>
      <h1>{m.listTitle[lang]}</h1>
      {p.saved ? <Notice lang={lang}>{m.saved[lang]}</Notice> : null}
      {canManage ? (
        <p>
          <a class="qc-button qc-primary" href={`${ORGANIZATIONS}/nouveau`}>
            {m.add[lang]}
          </a>
        </p>
      ) : null}
      {p.filters}
      {p.results}
      <ExportLinks lang={lang} />
    </AppPage>
  )
}

/** The public directory in the Open Referral shape: the JSON document and each table as CSV. */
function ExportLinks(p: { lang: Lang }) {
  const base = '/api/v1/organizations/export'
  const tables = ['organization', 'service', 'location', 'service_at_location', 'address']
  return (
    <p>
      <a href={`${base}?format=hsds`}>{m.export[p.lang]}</a> · {m.exportCsv[p.lang]}{' '}
      {tables.map((t, i) => (
        <>
          {i > 0 ? ', ' : ''}
          <a href={`${base}?format=hsds-csv&table=${t}`}>{t}</a>
        </>
      ))}
    </p>
  )
}

type ListQuery = z.output<typeof listPageQuery>

/** The list for a query: its results, or the filters' errors (400) with the values the user typed. */
async function showList(request: FastifyRequest, query: ListQuery, reply: FastifyReply, deps: ModuleDeps) {
  const ctx = ctxOf(request, deps)
  let errors = filterErrors(request)
  const values: Values = errors ? typedValues(request.query) : query
  const page = errors ? empty : await listOrganizations(ctx, query).catch(caught)
  if ('errors' in page) errors = page.errors
  const error = errors ? Object.values(errors)[0]?.[request.lang] : undefined
  const result = 'errors' in page ? empty : page
  const results = <Results lang={request.lang} page={result} values={values} error={error} />
  // The htmx fragment draws the results alone: the filters' choices are read for a whole page only.
  const choices = wantsFragment(request) ? undefined : await choicesOf(ctx)
  const filters = choices && <Filters request={request} choices={choices} values={values} errors={errors} />
  const saved = !errors && query.saved === '1'
  reply.code(errors ? 400 : 200)
  return sendPageOrFragment(
    request,
    reply,
    () => <ListPage request={request} deps={deps} filters={filters} results={results} saved={saved} />,
    () => results,
  )
}

const empty: OrganizationPage = { data: [], nextCursor: null }

/**
 * The organizations of the caller's regions with live filters (words, region, kind, service, MRC served): the whole
 * page, or only the results for htmx. Filters that do not validate answer 400 with the error on the list page.
 */
export function registerOrganizationListPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(ORGANIZATIONS, filterRoute(listPageQuery), (request, reply) => showList(request, request.query, reply, deps))
}

/** A cursor that does not decode is the filter's error, not an error page. */
function caught(error: unknown): { errors: FieldErrors } {
  if (error instanceof AppError && error.kind === 'invalid') return { errors: error.fields ?? { _: error.localized } }
  throw error
}
