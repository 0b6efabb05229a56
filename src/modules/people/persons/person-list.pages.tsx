import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { VNode } from 'preact'
import { AppPage, ctxOf, ExportForm, type ModuleDeps } from '../../access/index.js'
import { listAllRegions } from '../../territory/index.js'
import { AppError, type FieldErrors } from '../../../platform/errors.js'
import { filterErrors, filterRoute, typedValues } from '../../../platform/http/forms.js'
import { sendPageOrFragment } from '../../../platform/http/htmx.js'
import { Field, FilterForm } from '../../../platform/views/form.js'
import { formatDate, type Lang, localName } from '../../../platform/views/i18n.js'
import { FilterResults } from '../../../platform/views/results.js'
import { Table } from '../../../platform/views/table.js'
import { searchPersons } from './person-search.service.js'
import { type PersonPage, type PersonQuery, personListQuery, Q_MAX } from './person.contracts.js'
import { personFieldLabels as f, personText as m } from './person.messages.js'
import { canWritePersons } from './person.policy.js'

export const PERSONS = '/app/personnes'
const RESULTS_ID = 'results'

/** The address of the next page: the same filters, and the cursor. */
function nextHref(query: PersonQuery, cursor: string): string {
  const params = new URLSearchParams()
  if (query.q) params.set('q', query.q)
  if (query.birthDate) params.set('birthDate', query.birthDate)
  params.set('cursor', cursor)
  return `${PERSONS}?${params}`
}

/** The persons of a page: name (linked to their page), birth date, region. */
function ResultsTable(p: { lang: Lang; page: PersonPage; regions: Map<string, string> }) {
  const { lang } = p
  return (
    <Table label={m.listTitle[lang]}>
      <thead>
        <tr>
          <th scope="col">{m.name[lang]}</th>
          <th scope="col">{f.birthDate![lang]}</th>
          <th scope="col">{f.regionCode![lang]}</th>
        </tr>
      </thead>
      <tbody>
        {p.page.data.map((person) => (
          <tr key={person.id}>
            <td>
              <a href={`${PERSONS}/${person.id}`}>
                {person.familyName}, {person.givenName}
              </a>
            </td>
            <td>{formatDate(person.birthDate, lang)}</td>
            <td>{p.regions.get(person.regionCode) ?? person.regionCode}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

/** The results (also the fragment a live search swaps in): name, birth date, region, and the next page's link. */
function Results(p: {
  lang: Lang
  page: PersonPage
  query: PersonQuery
  regions: Map<string, string>
  error?: string
}) {
  const { lang, page } = p
  const pager = (
    <p class="button-row">
      {p.query.cursor ? <a href={PERSONS}>{m.first[lang]}</a> : null}
      {page.nextCursor ? (
        <a class="qc-button qc-secondary" href={nextHref(p.query, page.nextCursor)} rel="next">
          {m.next[lang]}
        </a>
      ) : null}
    </p>
  )
  return (
    <FilterResults
      lang={lang}
      id={RESULTS_ID}
      error={p.error}
      empty={page.data.length === 0}
      none={m.none[lang]}
      after={p.error ? null : pager}
    >
      <ResultsTable lang={lang} page={page} regions={p.regions} />
    </FilterResults>
  )
}

function Filters(p: { request: FastifyRequest; values: Record<string, string | undefined>; errors?: FieldErrors }) {
  const lang = p.request.lang
  const common = { lang, errors: p.errors }
  return (
    <FilterForm
      action={PERSONS}
      label={m.searchLabel[lang]}
      target={RESULTS_ID}
      csrfToken={p.request.csrfToken}
      submitLabel={m.search[lang]}
    >
      <Field
        {...common}
        name="q"
        type="search"
        label={f.q![lang]}
        hint={m.qHint[lang]}
        value={p.values.q}
        maxLength={Q_MAX}
      />
      <Field {...common} name="birthDate" type="date" label={f.birthDate![lang]} value={p.values.birthDate} />
    </FilterForm>
  )
}

/** A search the service refused (a cursor it did not make, an impossible date): shown on the filters, not a dead end. */
function fieldErrorsOrThrow(error: unknown): FieldErrors {
  if (error instanceof AppError && error.kind === 'invalid') return error.fields ?? { q: error.localized }
  throw error
}

function ListPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  values: Record<string, string | undefined>
  errors?: FieldErrors
  results: VNode
}) {
  const lang = p.request.lang
  const canWrite = p.request.actor ? canWritePersons(p.request.actor, p.request.scope) : false
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.listTitle[lang]}>
      <h1>{m.listTitle[lang]}</h1>
      {canWrite ? (
        <p>
          <a class="qc-button qc-primary" href={`${PERSONS}/nouvelle`}>
            {m.add[lang]}
          </a>
        </p>
      ) : null}
      <Filters request={p.request} values={p.values} errors={p.errors} />
      {p.results}
      <ExportForm
        source="persons"
        lang={lang}
        csrfToken={p.request.csrfToken}
        filters={{ q: p.values.q, birthDate: p.values.birthDate }}
      />
    </AppPage>
  )
}

/** The page of results, or the filters' errors (from the query schema or the service) with no results. */
async function searchOf(request: FastifyRequest, deps: ModuleDeps, parsed: PersonQuery) {
  const invalid = filterErrors(request)
  const query: PersonQuery = invalid ? {} : parsed
  const none: PersonPage = { data: [], nextCursor: null }
  if (invalid) return { page: none, query, errors: invalid }
  return searchPersons(ctxOf(request, deps), query).then(
    (page) => ({ page, query, errors: undefined }),
    (error: unknown) => ({ page: none, query, errors: fieldErrorsOrThrow(error) }),
  )
}

/**
 * The persons the caller may read: a search (name with accents or typos, dossier number, date of birth) and the list
 * page by page ("Suivant"). A plain GET form without JavaScript; with htmx, the results refresh as the user types.
 */
export function registerPersonListPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(PERSONS, filterRoute(personListQuery), async (request, reply) => {
    const { page, query, errors } = await searchOf(request, deps, request.query)
    const lang = request.lang
    const regions = new Map((await listAllRegions(ctxOf(request, deps))).map((r) => [r.code, localName(lang, r)]))
    const error = errors ? Object.values(errors)[0]?.[lang] : undefined
    const values = errors ? typedValues(request.query) : request.query
    const results = () => <Results lang={lang} page={page} query={query} regions={regions} error={error} />
    reply.code(errors ? 400 : 200)
    const whole = () => <ListPage request={request} deps={deps} values={values} errors={errors} results={results()} />
    return sendPageOrFragment(request, reply, whole, results)
  })
}
