import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, can, ctxOf, type ModuleDeps } from '../../access/index.js'
import { fiscalYearLabel, fiscalYearOf } from '../../partners/index.js'
import { civilDate, listRegionsInScope, type RegionRow, regionCode } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { filterErrors, filterRoute, typedValues } from '../../../platform/http/forms.js'
import { sendPageOrFragment } from '../../../platform/http/htmx.js'
import { FilterForm, SelectField } from '../../../platform/views/form.js'
import { type Lang, localName } from '../../../platform/views/i18n.js'
import { Notice, SdgNotice } from '../../../platform/views/notice.js'
import type { RegionProgress } from './target.contracts.js'
import { fiscalYear } from './target.contracts.js'
import { targetText as m } from './target.messages.js'
import { listTargetProgress } from './target.service.js'
import { Definitions, RESULTS_ID, RegionTargets, TARGETS } from './target.views.js'

const listQuery = z.object({
  region: regionCode.optional(),
  annee: fiscalYear.optional(),
  saved: z.literal('1').optional(),
})

/** The fiscal years offered: from the demo's first to the one after the current one (and the one shown). */
export function fiscalYearOptions(current: number, shown: number): { value: string; label: string }[] {
  const years = new Set<number>([shown])
  for (let y = 2018; y <= current + 1; y++) years.add(y)
  return [...years].sort((a, b) => b - a).map((y) => ({ value: String(y), label: fiscalYearLabel(y) }))
}

type View = { regions: RegionRow[]; results: RegionProgress[]; year: number; current: number; errors?: FieldErrors }

function Filters(p: { request: FastifyRequest; view: View; values: Record<string, string | undefined> }) {
  const lang = p.request.lang
  return (
    <FilterForm
      action={TARGETS}
      label={m.filters[lang]}
      target={RESULTS_ID}
      csrfToken={p.request.csrfToken}
      submitLabel={m.filter[lang]}
    >
      {p.view.regions.length > 1 ? (
        <SelectField
          lang={lang}
          name="region"
          label={m.region[lang]}
          value={p.values.region}
          errors={p.view.errors}
          emptyLabel={m.allRegions[lang]}
          options={p.view.regions.map((r) => ({ value: r.code, label: localName(lang, r) }))}
        />
      ) : null}
      <SelectField
        lang={lang}
        name="annee"
        label={m.fiscalYear[lang]}
        value={String(p.values.annee ?? p.view.year)}
        errors={p.view.errors}
        options={fiscalYearOptions(p.view.current, p.view.year)}
      />
    </FilterForm>
  )
}

function Results(p: { request: FastifyRequest; view: View }) {
  const lang: Lang = p.request.lang
  const { results, errors } = p.view
  const publisher = p.request.actor ? can(p.request.actor, 'reports.publish') : false
  const edit = (r: RegionProgress) => `${TARGETS}/modifier?region=${r.regionCode}&annee=${r.fiscalYear}`
  return (
    <div id={RESULTS_ID}>
      {errors ? (
        <SdgNotice lang={lang} type="error" role="alert">
          {Object.values(errors)[0]?.[lang]}
        </SdgNotice>
      ) : null}
      {!errors && results.length === 0 ? <p>{m.noRegion[lang]}</p> : null}
      {results.map((r) => (
        <RegionTargets key={r.regionCode} region={r} lang={lang} editHref={publisher ? edit(r) : undefined} />
      ))}
      {results[0] ? <Definitions indicators={results[0].indicators} lang={lang} /> : null}
    </div>
  )
}

/** The targets of the caller's regions (or one) in a fiscal year, the current one unless asked; live filters. */
export function registerTargetListPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(TARGETS, filterRoute(listQuery), async (request, reply) => {
    const ctx = ctxOf(request, deps)
    const errors = filterErrors(request)
    const query = errors ? {} : request.query
    const current = fiscalYearOf(civilDate(ctx.now))
    const year = query.annee ?? current
    const [regions, results] = await Promise.all([
      listRegionsInScope(ctx),
      errors ? [] : listTargetProgress(ctx, { regionCode: query.region, fiscalYear: year }),
    ])
    const view: View = { regions, results, year, current, errors }
    const values = errors ? typedValues(request.query) : { region: query.region, annee: String(year) }
    reply.code(errors ? 400 : 200)
    return sendPageOrFragment(
      request,
      reply,
      () => <ListPage request={request} deps={deps} view={view} values={values} saved={query.saved === '1'} />,
      () => <Results request={request} view={view} />,
    )
  })
}

function ListPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  view: View
  values: Record<string, string | undefined>
  saved: boolean
}) {
  const lang = p.request.lang
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.title[lang]}>
      <h1>{m.title[lang]}</h1>
      {p.saved ? <Notice lang={lang}>{m.saved[lang]}</Notice> : null}
      <Filters request={p.request} view={p.view} values={p.values} />
      <Results request={p.request} view={p.view} />
    </AppPage>
  )
}
