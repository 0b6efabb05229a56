import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, type Ctx, ctxOf, type ModuleDeps } from '../../access/index.js'
import { listMrcsOfRegionsOrThrow, listRegionsInScope, type MrcRow, type RegionRow } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { filterErrors, filterRoute, typedValues } from '../../../platform/http/forms.js'
import { sendPageOrFragment, wantsFragment } from '../../../platform/http/htmx.js'
import { Field, FilterForm, fieldsOf, SelectField } from '../../../platform/views/form.js'
import { type Lang, localName } from '../../../platform/views/i18n.js'
import { FilterResults } from '../../../platform/views/results.js'
import { type LabourNeedFilter, type LabourNeedPage, labourNeedListQuery, Q_MAX } from './labour-need.contracts.js'
import { needFieldLabels as f, needText as m, statusLabels } from './labour-need.messages.js'
import { canWriteNeeds } from './labour-need.policy.js'
import { listBroadCategories } from './labour-need.queries.js'
import { labourNeedStatuses } from './labour-need.schema.js'
import { assertCanReadNeeds, listLabourNeeds } from './labour-need.service.js'
import { NEEDS, NeedsTable } from './labour-need.view.js'

const RESULTS_ID = 'need-results'
type Values = Record<string, string | undefined>
type Category = { code: string; titleFr: string | null; titleEn: string }
type Choices = { categories: Category[]; regions: RegionRow[]; mrcs: MrcRow[] }

function Filters(p: { request: FastifyRequest; choices: Choices; values: Values; errors?: FieldErrors }) {
  const { lang } = p.request
  const labels = { status: f.status[lang], category: f.category[lang], region: f.region[lang], mrc: f.mrc[lang] }
  const at = fieldsOf({ lang, labels: { ...labels, q: f.q[lang] }, values: p.values, errors: p.errors })
  const categories = p.choices.categories.map((c) => ({
    value: c.code,
    label: `${c.code} — ${lang === 'fr' ? (c.titleFr ?? c.titleEn) : c.titleEn}`,
  }))
  return (
    <FilterForm
      action={NEEDS}
      label={m.filters[lang]}
      target={RESULTS_ID}
      csrfToken={p.request.csrfToken}
      submitLabel={m.filter[lang]}
    >
      <Field {...at('q')} type="search" hint={m.qHint[lang]} maxLength={Q_MAX} />
      <SelectField
        {...at('status')}
        emptyLabel={m.allStatuses[lang]}
        options={labourNeedStatuses.map((s) => ({ value: s, label: statusLabels[s][lang] }))}
      />
      <SelectField {...at('category')} emptyLabel={m.allCategories[lang]} options={categories} />
      {p.choices.regions.length > 1 ? (
        <SelectField
          {...at('region')}
          emptyLabel={m.allRegions[lang]}
          options={p.choices.regions.map((r) => ({ value: r.code, label: localName(lang, r) }))}
        />
      ) : null}
      <SelectField
        {...at('mrc')}
        emptyLabel={m.allMrcs[lang]}
        options={p.choices.mrcs.map((r) => ({ value: r.code, label: r.name }))}
      />
      {p.values.enterprise ? <input type="hidden" name="enterprise" value={p.values.enterprise} /> : null}
    </FilterForm>
  )
}

function nextHrefOf(values: Values, next: number | null): string | null {
  if (next === null) return null
  const params = new URLSearchParams()
  for (const key of ['q', 'status', 'category', 'region', 'mrc', 'enterprise'] as const) {
    const v = values[key]
    if (v) params.set(key, v)
  }
  params.set('offset', String(next))
  return `${NEEDS}?${params}`
}

type Results = { page: LabourNeedPage; nextHref: string | null; mrcNames: Map<string, string>; error?: string }

function NeedResults(p: { lang: Lang; results: Results }) {
  const { lang, results: r } = p
  const after = r.nextHref ? (
    <p>
      <a href={r.nextHref}>{m.next[lang]}</a>
    </p>
  ) : undefined
  return (
    <FilterResults
      lang={lang}
      id={RESULTS_ID}
      error={r.error}
      empty={r.page.data.length === 0}
      none={m.none[lang]}
      after={after}
    >
      <NeedsTable lang={lang} needs={r.page.data} label={m.list[lang]} withEnterprise mrcNames={r.mrcNames} />
    </FilterResults>
  )
}

type ListState = { results: Results; choices: Choices; values: Values; errors?: FieldErrors }

function ListPage(p: { request: FastifyRequest; deps: ModuleDeps; state: ListState }) {
  const { request, state } = p
  const { lang } = request
  // New needs start from their enterprise's page: say so to those who may record one.
  const canWrite = request.actor ? canWriteNeeds(request.actor, request.scope) : false
  return (
    <AppPage request={request} nav={p.deps.nav} title={m.listTitle[lang]}>
      <h1>{m.listTitle[lang]}</h1>
      {canWrite ? <p>{m.chooseEnterprise[lang]}</p> : null}
      <Filters request={request} choices={state.choices} values={state.values} errors={state.errors} />
      <NeedResults lang={lang} results={state.results} />
    </AppPage>
  )
}

/** The broad categories, regions and MRCs the filters offer (the MRCs also name the rows' locations). */
async function loadChoices(ctx: Ctx, fragment: boolean): Promise<Choices> {
  const regions = await listRegionsInScope(ctx)
  const mrcs = await listMrcsOfRegionsOrThrow(
    ctx,
    regions.map((r) => r.code),
  )
  return { categories: fragment ? [] : await listBroadCategories(ctx.db), regions, mrcs }
}

async function loadList(request: FastifyRequest, deps: ModuleDeps, parsed: LabourNeedFilter) {
  const ctx = ctxOf(request, deps)
  assertCanReadNeeds(ctx)
  const errors = filterErrors(request)
  const page = errors ? { data: [], next: null } : await listLabourNeeds(ctx, parsed)
  const choices = await loadChoices(ctx, wantsFragment(request))
  const values: Values = typedValues(request.query)
  const mrcNames = new Map(choices.mrcs.map((r) => [r.code, r.name]))
  const error = errors ? Object.values(errors)[0]?.[request.lang] : undefined
  const results = { page, nextHref: nextHrefOf(values, page.next), mrcNames, error }
  return { results, choices, values, errors }
}

/** The list of labour needs with live filters (a plain GET form without JavaScript). */
export function registerLabourNeedListPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(NEEDS, filterRoute(labourNeedListQuery), async (request, reply) => {
    const state = await loadList(request, deps, request.query)
    reply.code(state.errors ? 400 : 200)
    return sendPageOrFragment(
      request,
      reply,
      () => <ListPage request={request} deps={deps} state={state} />,
      () => <NeedResults lang={request.lang} results={state.results} />,
    )
  })
}
