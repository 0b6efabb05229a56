import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, ctxOf, ExportForm, type ModuleDeps } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { filterErrors, filterRoute, typedValues } from '../../../platform/http/forms.js'
import { sendPageOrFragment } from '../../../platform/http/htmx.js'
import { Field, FilterForm, fieldsOf, SelectField } from '../../../platform/views/form.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { FilterResults } from '../../../platform/views/results.js'
import { Table, TableHead } from '../../../platform/views/table.js'
import { type EnterpriseChoices, enterpriseChoicesOf, labelOf } from './enterprise-choices.js'
import { type EnterprisePage, enterpriseListQuery, Q_MAX } from './enterprise.contracts.js'
import { enterpriseFieldLabels as f, enterpriseText as m } from './enterprise.messages.js'
import { canWriteEnterprises } from './enterprise.policy.js'
import { listEnterprises } from './enterprise.service.js'

export const ENTERPRISES = '/app/entreprises'
const RESULTS_ID = 'enterprise-results'
type Values = Record<string, string | number | undefined>

function Filters(p: { request: FastifyRequest; choices: EnterpriseChoices; values: Values; errors?: FieldErrors }) {
  const { lang } = p.request
  const labels = { q: f.q[lang], sector: f.sector[lang], mrc: f.mrc[lang], region: f.region[lang] }
  const values = Object.fromEntries(Object.entries(p.values).map(([k, v]) => [k, v === undefined ? v : String(v)]))
  const at = fieldsOf({ lang, labels, values, errors: p.errors })
  return (
    <FilterForm
      action={ENTERPRISES}
      label={m.filters[lang]}
      target={RESULTS_ID}
      csrfToken={p.request.csrfToken}
      submitLabel={m.filter[lang]}
    >
      <Field {...at('q')} type="search" hint={m.qHint[lang]} maxLength={Q_MAX} />
      <SelectField {...at('sector')} emptyLabel={m.allSectors[lang]} options={p.choices.sectors} />
      {p.choices.regions.length > 1 ? (
        <SelectField {...at('region')} emptyLabel={m.allRegions[lang]} options={p.choices.regions} />
      ) : null}
      <SelectField {...at('mrc')} emptyLabel={m.allMrcs[lang]} options={p.choices.mrcs} />
    </FilterForm>
  )
}

function nextHref(values: Values, nextPage: number): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== '' && k !== 'page') params.set(k, String(v))
  params.set('page', String(nextPage))
  return `${ENTERPRISES}?${params.toString()}`
}

function Results(p: { lang: Lang; page: EnterprisePage; choices: EnterpriseChoices; values: Values; error?: string }) {
  const { lang, page } = p
  const heads = [f.legalName, f.neq, f.sector, f.city, f.mrcCode]
  const after = page.nextPage ? (
    <p>
      <a href={nextHref(p.values, page.nextPage)}>{m.next[lang]}</a>
    </p>
  ) : undefined
  return (
    <FilterResults
      lang={lang}
      id={RESULTS_ID}
      error={p.error}
      empty={page.data.length === 0}
      none={m.none[lang]}
      after={after}
    >
      <Table label={m.listTitle[lang]}>
        <TableHead lang={lang} heads={heads} />
        <tbody>
          {page.data.map((e) => (
            <tr key={e.id}>
              <td>
                <a href={`${ENTERPRISES}/${e.id}`}>{e.legalName}</a>
              </td>
              <td>{e.neq ?? '—'}</td>
              <td>{labelOf(p.choices.sectors, e.scianCode)}</td>
              <td>{e.city}</td>
              <td>{labelOf(p.choices.mrcs, e.mrcCode)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </FilterResults>
  )
}

/** The list of enterprises with live filters (a plain GET form without JavaScript); bad filters answer 400 there. */
export function registerEnterpriseListPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(ENTERPRISES, filterRoute(enterpriseListQuery), async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const errors = filterErrors(request)
    const [page, choices] = await Promise.all([
      errors ? { data: [], nextPage: null } : listEnterprises(ctx, request.query),
      enterpriseChoicesOf(ctx, request.lang),
    ])
    const values: Values = errors ? typedValues(request.query) : request.query
    const error = errors ? Object.values(errors)[0]?.[request.lang] : undefined
    const results = () => <Results lang={request.lang} page={page} choices={choices} values={values} error={error} />
    const filters = { request, choices, values, errors }
    const whole = () => (
      <ListPage {...{ request, deps, values }} filters={<Filters {...filters} />} results={results()} />
    )
    reply.code(errors ? 400 : 200)
    return sendPageOrFragment(request, reply, whole, results)
  })
}

/** Filter values as the export form posts them (text). */
const asText = (values: Values) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === undefined ? v : String(v)]))

function ListPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  filters: preact.VNode
  results: preact.VNode
  values: Values
}) {
  const { request } = p
  const exported = { q: p.values.q, sector: p.values.sector, mrc: p.values.mrc, region: p.values.region }
  const { lang } = request
  const canWrite = request.actor ? canWriteEnterprises(request.actor, request.scope) : false
  return (
    <AppPage request={request} nav={p.deps.nav} title={m.listTitle[lang]}>
      <h1>{m.listTitle[lang]}</h1>
      {canWrite ? (
        <p>
          <a class="qc-button qc-primary" href={`${ENTERPRISES}/nouvelle`}>
            {m.add[lang]}
          </a>
        </p>
      ) : null}
      {p.filters}
      {p.results}
      <ExportForm source="enterprises" lang={lang} csrfToken={request.csrfToken} filters={asText(exported)} />
    </AppPage>
  )
}
