import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, ctxOf, ExportForm, type ModuleDeps } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { filterErrors, filterRoute } from '../../../platform/http/forms.js'
import { sendPageOrFragment, wantsFragment } from '../../../platform/http/htmx.js'
import { FilterForm, SelectField } from '../../../platform/views/form.js'
import { formatDate, formatMoney, type Lang, localName } from '../../../platform/views/i18n.js'
import { FilterResults } from '../../../platform/views/results.js'
import { Table } from '../../../platform/views/table.js'
import { type AgreementChoices, loadAgreementChoices } from './agreement-choices.js'
import { type AgreementListQuery, type AgreementPage, agreementListQuery } from './agreement.contracts.js'
import { agreementFields as f, agreementText as m } from './agreement.messages.js'
import { canManageAgreements } from './agreement.policy.js'
import { listAgreements } from './agreement.service.js'
import { AGREEMENTS } from './agreement-form.pages.js'
import { statusLabels } from './agreement-lifecycle.js'
import { agreementStatuses } from './agreement.schema.js'
import { fiscalYearLabel, fiscalYearOf } from './fiscal-years.js'

const RESULTS_ID = 'results'
type Values = Record<string, string | undefined>

function nextHref(values: Values, next: string): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(values)) if (v && k !== 'after') params.set(k, v)
  params.set('after', next)
  return `${AGREEMENTS}?${params}`
}

function Results(p: { lang: Lang; page: AgreementPage; values: Values; error?: string }) {
  const { lang, page } = p
  return (
    <FilterResults
      lang={lang}
      id={RESULTS_ID}
      error={p.error}
      empty={page.data.length === 0}
      none={m.none[lang]}
      after={page.next ? <a href={nextHref(p.values, page.next)}>{m.nextPage[lang]}</a> : null}
    >
      <Table label={m.listTitle[lang]}>
        <thead>
          <tr>
            {[f.reference, f.organization, f.voletId, f.period, f.totalCents, f.status].map((label) => (
              <th scope="col">{label[lang]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {page.data.map((a) => (
            <tr key={a.id}>
              <td>
                <a href={`${AGREEMENTS}/${a.id}`}>{a.reference}</a>
              </td>
              <td>{a.organizationName}</td>
              <td>{[a.programCode, a.voletCode].filter(Boolean).join(' ')}</td>
              <td>{`${formatDate(a.startOn, lang)} – ${formatDate(a.endOn, lang)}`}</td>
              <td>{formatMoney(a.totalCents, lang)}</td>
              <td>{statusLabels[a.status][lang]}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </FilterResults>
  )
}

/** The options of the four filters: programs, statuses, fiscal years (from 2015 to two years ahead), organizations. */
function filterOptions(lang: Lang, choices: AgreementChoices, today: string) {
  const current = fiscalYearOf(today)
  const years = Array.from({ length: current + 3 - 2015 }, (_, i) => current + 2 - i)
  return {
    program: choices.programs.map((x) => ({ value: x.code, label: `${x.code} — ${localName(lang, x)}` })),
    status: agreementStatuses.map((s) => ({ value: s, label: statusLabels[s][lang] })),
    fiscalYear: years.map((y) => ({ value: String(y), label: fiscalYearLabel(y) })),
    organization: choices.organizations.map((o) => ({ value: o.id, label: o.name })),
  }
}

function Filters(p: { request: FastifyRequest; choices: AgreementChoices; values: Values; today: string }) {
  const lang = p.request.lang
  const options = filterOptions(lang, p.choices, p.today)
  const names = ['program', 'status', 'fiscalYear', 'organization'] as const
  return (
    <FilterForm
      action={AGREEMENTS}
      label={m.filters[lang]}
      target={RESULTS_ID}
      csrfToken={p.request.csrfToken}
      submitLabel={m.filter[lang]}
    >
      {names.map((name) => (
        <SelectField
          lang={lang}
          errors={undefined}
          emptyLabel={m.all[lang]}
          name={name}
          label={f[name][lang]}
          value={p.values[name]}
          options={options[name]}
        />
      ))}
    </FilterForm>
  )
}

type ListState = { page: AgreementPage; choices: AgreementChoices; values: Values; error?: string; today: string }

/** The list's filters as the export form posts them (not the page's position). */
const exportFilters = ({ program, status, fiscalYear, organization }: Values) => ({
  program,
  status,
  fiscalYear,
  organization,
})

function ListPage(p: { request: FastifyRequest; deps: ModuleDeps; state: ListState; canCreate: boolean }) {
  const { request, state } = p
  const lang = request.lang
  return (
    <AppPage request={request} nav={p.deps.nav} title={m.listTitle[lang]}>
      <h1>{m.listTitle[lang]}</h1>
      <p class="button-row">
        {p.canCreate ? (
          <a class="qc-button qc-primary" href={`${AGREEMENTS}/nouvelle`}>
            {m.add[lang]}
          </a>
        ) : null}
        <a class="qc-button qc-tertiary" href={`${AGREEMENTS}/totaux`}>
          {m.totalsLink[lang]}
        </a>
      </p>
      <Filters request={request} choices={state.choices} values={state.values} today={state.today} />
      <Results lang={lang} page={state.page} values={state.values} error={state.error} />
      <ExportForm source="agreements" lang={lang} csrfToken={request.csrfToken} filters={exportFilters(state.values)} />
    </AppPage>
  )
}

/** The filters as typed, for the form and the next page's link (the cursor is not one). */
function valuesOf(query: unknown): Values {
  const entries = Object.entries((query ?? {}) as Record<string, unknown>)
  return Object.fromEntries(
    entries.map(([k, v]) => [k, typeof v === 'string' || typeof v === 'number' ? String(v) : undefined]),
  )
}

const noChoices: AgreementChoices = { organizations: [], programs: [], regions: [], mrcs: [] }

/** The page and its filters, or only the results for htmx's live filter (which never shows the choices). */
async function listOrFragment(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  query: AgreementListQuery,
) {
  const ctx = ctxOf(request, deps)
  const errors = filterErrors(request)
  const page = errors ? { data: [], next: null } : await listAgreements(ctx, query)
  const error = errors ? Object.values(errors)[0]?.[request.lang] : undefined
  const values = valuesOf(request.query)
  reply.code(errors ? 400 : 200)
  const choices = wantsFragment(request) ? noChoices : await loadAgreementChoices(ctx, false)
  const state = { page, choices, values, error, today: civilDate(ctx.now) }
  const canCreate = canManageAgreements(ctx.actor, ctx.scope)
  return sendPageOrFragment(
    request,
    reply,
    () => <ListPage request={request} deps={deps} state={state} canCreate={canCreate} />,
    () => <Results lang={request.lang} page={page} values={values} error={error} />,
  )
}

/** The agreements of the caller's regions with live filters (program, status, fiscal year, organization). */
export function registerAgreementListPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(AGREEMENTS, filterRoute(agreementListQuery), async (request, reply) =>
    listOrFragment(request, reply, deps, request.query),
  )
}
