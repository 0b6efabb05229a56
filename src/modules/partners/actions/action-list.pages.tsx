import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, type Ctx, ctxOf, ExportForm, type ModuleDeps } from '../../access/index.js'
import { listMrcsOfRegionsOrThrow, listRegionsInScope, type MrcRow } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { filterErrors, filterRoute, typedValues } from '../../../platform/http/forms.js'
import { sendPageOrFragment, wantsFragment } from '../../../platform/http/htmx.js'
import { Field, FilterForm, fieldsOf, SelectField } from '../../../platform/views/form.js'
import { formatDate, formatNumber, type Lang, localName } from '../../../platform/views/i18n.js'
import { Notice, SdgNotice } from '../../../platform/views/notice.js'
import { Table, TableHead } from '../../../platform/views/table.js'
import type { KindOutput } from './action-kind.contracts.js'
import { listActionKinds } from './action-kind.service.js'
import { type ActionOutput, type ActionPage, actionListQuery, type KindCount, Q_MAX } from './action.contracts.js'
import { actionFieldLabels as f, actionText as m } from './action.messages.js'
import { canManageActions } from './action.policy.js'
import { listActions, summarizeActions } from './action.service.js'

export const ACTIONS = '/app/actions'
const RESULTS_ID = 'action-results'
const listPageQuery = actionListQuery.safeExtend({
  saved: z.literal('1').optional(),
  removed: z.literal('1').optional(),
})
type Values = Record<string, string | undefined>

/** "12 déc. 2020" or "12 déc. 2020 – 14 déc. 2020". */
export function periodOf(a: { startOn: string; endOn: string }, lang: Lang): string {
  const start = formatDate(a.startOn, lang)
  return a.endOn === a.startOn ? start : `${start} – ${formatDate(a.endOn, lang)}`
}

/** "20 / 45", a dash for an unknown count. */
export function participantsOf(
  a: { immigrantParticipants: number | null; totalParticipants: number | null },
  lang: Lang,
) {
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v, lang))
  return `${n(a.immigrantParticipants)} / ${n(a.totalParticipants)}`
}

function Filters(p: {
  request: FastifyRequest
  kinds: KindOutput[]
  mrcs: MrcRow[]
  values: Values
  errors?: FieldErrors
}) {
  const { lang } = p.request
  const labels = { kind: f.kind[lang], from: m.from[lang], to: m.to[lang], mrc: f.mrc[lang], q: m.q[lang] }
  const at = fieldsOf({ lang, labels, values: p.values, errors: p.errors })
  const kinds = p.kinds.map((k) => ({ value: k.code, label: localName(lang, k) }))
  return (
    <FilterForm
      action={ACTIONS}
      label={m.filters[lang]}
      target={RESULTS_ID}
      csrfToken={p.request.csrfToken}
      submitLabel={m.filter[lang]}
    >
      <SelectField {...at('kind')} emptyLabel={m.allKinds[lang]} options={kinds} />
      <Field {...at('from')} type="date" />
      <Field {...at('to')} type="date" />
      <SelectField
        {...at('mrc')}
        emptyLabel={m.allMrcs[lang]}
        options={p.mrcs.map((r) => ({ value: r.code, label: r.name }))}
      />
      <Field {...at('q')} type="search" hint={m.qHint[lang]} maxLength={Q_MAX} />
    </FilterForm>
  )
}

function Summary(p: { lang: Lang; counts: KindCount[] }) {
  const { lang } = p
  if (p.counts.length === 0) return <p>{m.summaryNone[lang]}</p>
  return (
    <Table label={m.summary[lang]}>
      <thead>
        <tr>
          <th scope="col">{f.kind[lang]}</th>
          <th scope="col">{m.count[lang]}</th>
          <th scope="col">{f.participants[lang]}</th>
        </tr>
      </thead>
      <tbody>
        {p.counts.map((c) => (
          <tr key={c.code}>
            <th scope="row">{localName(lang, c)}</th>
            <td>{formatNumber(c.count, lang)}</td>
            <td>
              {participantsOf(
                { immigrantParticipants: c.immigrantParticipants, totalParticipants: c.totalParticipants },
                lang,
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

function ActionTable(p: { lang: Lang; actions: ActionOutput[] }) {
  const { lang } = p
  if (p.actions.length === 0) return <p>{m.none[lang]}</p>
  const heads = [f.date, f.kind, f.title, f.organization, f.municipality, f.participants]
  return (
    <Table label={m.list[lang]}>
      <TableHead lang={lang} heads={heads} />
      <tbody>
        {p.actions.map((a) => (
          <tr key={a.id}>
            <td>{periodOf(a, lang)}</td>
            <td>{localName(lang, { nameFr: a.kindNameFr, nameEn: a.kindNameEn })}</td>
            <td>
              <a href={`${ACTIONS}/${a.id}`}>{a.title}</a>
            </td>
            <td>{a.organizationName}</td>
            <td>{a.municipality ?? '—'}</td>
            <td>{participantsOf(a, lang)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

type Results = { page: ActionPage; counts: KindCount[]; nextHref: string | null; error?: string }

function ActionResults(p: { lang: Lang; results: Results }) {
  const { lang, results: r } = p
  return (
    <div id={RESULTS_ID} aria-live="polite">
      {r.error ? <SdgNotice lang={lang} type="error" title={r.error} /> : null}
      <h2>{m.summary[lang]}</h2>
      <Summary lang={lang} counts={r.counts} />
      <h2>{m.list[lang]}</h2>
      <ActionTable lang={lang} actions={r.page.data} />
      {r.nextHref ? (
        <p>
          <a href={r.nextHref}>{m.next[lang]}</a>
        </p>
      ) : null}
    </div>
  )
}

function nextHrefOf(values: Values, next: string | null): string | null {
  if (!next) return null
  const params = new URLSearchParams()
  for (const key of ['kind', 'from', 'to', 'mrc', 'q', 'regionCode'] as const) {
    const v = values[key]
    if (v) params.set(key, v)
  }
  params.set('after', next)
  return `${ACTIONS}?${params}`
}

type ListState = {
  results: Results
  kinds: KindOutput[]
  mrcs: MrcRow[]
  values: Values
  errors?: FieldErrors
  notice?: 'saved' | 'removed'
}

/** The list's filters as the export form posts them (not the page's position). */
const exportFilters = ({ regionCode, from, to, kind, agreementId, mrc, q }: Values) => ({
  regionCode,
  from,
  to,
  kind,
  agreementId,
  mrc,
  q,
})

function ListPage(p: { request: FastifyRequest; deps: ModuleDeps; state: ListState }) {
  const { request } = p
  const { lang } = request
  const canAdd = request.actor ? canManageActions(request.actor, request.scope) : false
  return (
    <AppPage request={request} nav={p.deps.nav} title={m.listTitle[lang]}>
      <h1>{m.listTitle[lang]}</h1>
      {p.state.notice ? <Notice lang={lang}>{m[p.state.notice][lang]}</Notice> : null}
      {canAdd ? (
        <p>
          <a class="qc-button qc-primary" href={`${ACTIONS}/nouvelle`}>
            {m.add[lang]}
          </a>
        </p>
      ) : null}
      <Filters
        request={request}
        kinds={p.state.kinds}
        mrcs={p.state.mrcs}
        values={p.state.values}
        errors={p.state.errors}
      />
      <ActionResults lang={lang} results={p.state.results} />
      <ExportForm source="actions" lang={lang} csrfToken={request.csrfToken} filters={exportFilters(p.state.values)} />
    </AppPage>
  )
}

/** The kinds and MRCs the filters offer (the whole page only: the htmx fragment draws the results alone). */
async function loadChoices(ctx: Ctx): Promise<Pick<ListState, 'kinds' | 'mrcs'>> {
  const [kinds, regions] = await Promise.all([listActionKinds(ctx), listRegionsInScope(ctx)])
  const mrcs = await listMrcsOfRegionsOrThrow(
    ctx,
    regions.map((r) => r.code),
  )
  return { kinds, mrcs }
}

/** The page's reads: the filtered page of actions and its count per kind, and the filters' choices for a whole page. */
async function loadList(
  request: FastifyRequest,
  deps: ModuleDeps,
  parsed: z.output<typeof listPageQuery>,
): Promise<ListState> {
  const ctx = ctxOf(request, deps)
  const errors = filterErrors(request)
  const query = errors ? {} : parsed
  const page = errors ? { data: [], next: null } : await listActions(ctx, query)
  const counts = errors ? [] : await summarizeActions(ctx, query)
  const choices = wantsFragment(request) ? { kinds: [], mrcs: [] } : await loadChoices(ctx)
  const values: Values = typedValues(request.query)
  const error = errors ? Object.values(errors)[0]?.[request.lang] : undefined
  const notice = query.saved === '1' ? 'saved' : query.removed === '1' ? 'removed' : undefined
  return {
    results: { page, counts, nextHref: nextHrefOf(values, page.next), error },
    ...choices,
    values,
    errors,
    notice,
  }
}

/** The list of local actions with live filters and the count per kind of the selection. */
export function registerActionListPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(ACTIONS, filterRoute(listPageQuery), async (request, reply) => {
    const state = await loadList(request, deps, request.query)
    reply.code(state.errors ? 400 : 200)
    return sendPageOrFragment(
      request,
      reply,
      () => <ListPage request={request} deps={deps} state={state} />,
      () => <ActionResults lang={request.lang} results={state.results} />,
    )
  })
}
