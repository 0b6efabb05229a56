import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { sendPage } from '../../../platform/views/render.js'
import { Field, fieldsOf, SelectField } from '../../../platform/views/form.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import { labelsIn, type Lang, localName } from '../../../platform/views/i18n.js'
import { ChartFigure, DASHBOARD } from './chart-figure.js'
import type { DashboardQuery } from './dashboard.filter.js'
import { dashboardText as m, filterText as f } from './dashboard.messages.js'
import { type DashboardView, loadDashboard } from './dashboard.service.js'

/** The filters as a query string (`?region=…&from=…`), for the downloads and the PDF of what the page shows. */
export function searchOf(query: DashboardQuery, view: DashboardView): string {
  const params = new URLSearchParams()
  if (query.region) params.set('region', query.region)
  if (view.filter?.servicePointId) params.set('servicePoint', view.filter.servicePointId)
  if (view.filter) params.set('from', view.filter.from)
  if (view.filter) params.set('to', view.filter.to)
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** The filter form: a plain GET form (no JavaScript needed); each field shows its own error. */
function Filters(p: { lang: Lang; view: DashboardView }) {
  const { lang, view } = p
  const values = { ...view.query, from: view.query.from ?? view.filter?.from, to: view.query.to ?? view.filter?.to }
  const at = fieldsOf({ lang, labels: labelsIn(lang, f), values, errors: view.errors })
  return (
    // biome-ignore lint/a11y/useSemanticElements: role="search" on the form itself is the landmark every screen reader knows
    <form method="get" action={DASHBOARD} role="search" aria-label={f.filters[lang]} class="filter-form">
      <SelectField
        {...at('region')}
        emptyLabel={f.allRegions[lang]}
        options={view.regions.map((r) => ({ value: r.code, label: localName(lang, r) }))}
      />
      <SelectField
        {...at('servicePoint')}
        emptyLabel={f.allServicePoints[lang]}
        options={view.servicePoints.map((sp) => ({ value: sp.id, label: sp.name }))}
      />
      <Field {...at('from')} type="date" hint={f.dateHint[lang]} />
      <Field {...at('to')} type="date" hint={f.dateHint[lang]} />
      <button class="qc-button qc-secondary qc-compact" type="submit">
        {f.apply[lang]}
      </button>
    </form>
  )
}

function DashboardBody(p: { lang: Lang; view: DashboardView }) {
  const { lang, view } = p
  const search = searchOf(view.query, view)
  if (!view.filter) return <p>{m.filterError[lang]}</p>
  if (view.charts.length === 0) return <p>{m.noCharts[lang]}</p>
  return (
    <>
      <p>
        <a class="qc-button qc-secondary" href={`${DASHBOARD}.pdf${search}`}>
          {m.pdf[lang]}
        </a>
      </p>
      {view.charts.map(({ chart, rows }) => (
        <ChartFigure key={chart.key} chart={chart} rows={rows} lang={lang} search={search} />
      ))}
    </>
  )
}

function DashboardPage(p: { request: FastifyRequest; deps: ModuleDeps; view: DashboardView }) {
  const lang = p.request.lang
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.title[lang]}>
      <h1>{m.title[lang]}</h1>
      <p>{m.intro[lang]}</p>
      <ErrorSummary lang={lang} errors={p.view.errors} labels={labelsIn(lang, f)} />
      <Filters lang={lang} view={p.view} />
      <DashboardBody lang={lang} view={p.view} />
    </AppPage>
  )
}

/** The dashboards page: the charts the caller's role may see, for the filter (400 with the form when it is wrong). */
export function registerDashboardPage(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(DASHBOARD, { schema: { hide: true } }, async (request, reply) => {
    const view = await loadDashboard(ctxOf(request, deps), request.query)
    return sendPage(reply, <DashboardPage request={request} deps={deps} view={view} />, view.errors ? 400 : 200)
  })
}
