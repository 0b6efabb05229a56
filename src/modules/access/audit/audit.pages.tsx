import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { ComponentChildren } from 'preact'
import { AppError, type FieldErrors } from '../../../platform/errors.js'
import { sendPageOrFragment } from '../../../platform/http/htmx.js'
import { Field, FilterForm, SelectField } from '../../../platform/views/form.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table } from '../../../platform/views/table.js'
import { ctxOf, type ModuleDeps } from '../deps.js'
import { assertCan } from '../policy.js'
import { AppPage } from '../shell/app-page.js'
import { type JournalQuery, journalQuery } from './audit.contracts.js'
import type { JournalEntry } from './audit.presenter.js'
import { listJournal } from './audit.service.js'

const BASE = '/app/admin/journal'
const RESULTS_ID = 'journal-results'
const m = {
  title: { fr: "Journal d'audit", en: 'Audit log' },
  intro: {
    fr: 'Qui a fait quoi, sur quel enregistrement et quand. Le journal est en ajout seulement et chaque événement est lié au précédent : une modification ou un effacement serait détecté.',
    en: 'Who did what to which record, and when. The log is append-only and each event is linked to the previous one: a change or an erasure would be detected.',
  },
  filters: { fr: 'Filtrer le journal', en: 'Filter the log' },
  filter: { fr: 'Filtrer', en: 'Filter' },
  action: { fr: 'Action', en: 'Action' },
  allActions: { fr: 'Toutes les actions', en: 'All actions' },
  personne: { fr: 'Personne', en: 'Person' },
  personneHint: {
    fr: 'Nom de la personne qui a agi ou du compte visé.',
    en: 'Name of the person who acted or of the account concerned.',
  },
  du: { fr: 'Du', en: 'From' },
  au: { fr: 'Au', en: 'To' },
  avant: { fr: 'Page', en: 'Page' },
  record: { fr: 'Enregistrement', en: 'Record' },
  oneRecord: {
    fr: 'Seuls les événements d’un enregistrement sont affichés (consultations et modifications).',
    en: 'Only the events of one record are shown (reads and changes).',
  },
  allRecords: { fr: 'Voir tous les événements', en: 'See every event' },
  cols: {
    fr: ['Moment', 'Par', 'Action', 'Enregistrement', 'Motif'],
    en: ['When', 'By', 'Action', 'Record', 'Reason'],
  },
  older: { fr: 'Événements plus anciens', en: 'Older events' },
  newest: { fr: 'Revenir aux plus récents', en: 'Back to the latest' },
  none: { fr: 'Aucun événement.', en: 'No events.' },
}
type Values = Partial<Record<keyof JournalQuery, string | number>>

function Filters(p: { request: FastifyRequest; deps: ModuleDeps; values: Values; errors?: FieldErrors }) {
  const lang = p.request.lang
  const v = (k: keyof JournalQuery) => (p.values[k] === undefined ? undefined : String(p.values[k]))
  const actions = Object.entries(p.deps.auditLabels.actions)
    .map(([value, label]) => ({ value, label: label[lang] }))
    .sort((a, b) => a.label.localeCompare(b.label, lang))
  return (
    <FilterForm
      action={BASE}
      label={m.filters[lang]}
      target={RESULTS_ID}
      csrfToken={p.request.csrfToken}
      submitLabel={m.filter[lang]}
    >
      <SelectField
        lang={lang}
        name="action"
        label={m.action[lang]}
        value={v('action')}
        options={actions}
        emptyLabel={m.allActions[lang]}
        errors={p.errors}
      />
      <Field
        lang={lang}
        name="personne"
        type="search"
        label={m.personne[lang]}
        hint={m.personneHint[lang]}
        value={v('personne')}
        errors={p.errors}
      />
      {v('enregistrement') ? <input type="hidden" name="enregistrement" value={v('enregistrement')} /> : null}
      <Field lang={lang} name="du" type="date" label={m.du[lang]} value={v('du')} errors={p.errors} />
      <Field lang={lang} name="au" type="date" label={m.au[lang]} value={v('au')} errors={p.errors} />
    </FilterForm>
  )
}

/** The link to another page of the same filtered list. */
function pageHref(query: JournalQuery, before?: number): string {
  const params = new URLSearchParams()
  for (const k of ['action', 'personne', 'enregistrement', 'du', 'au'] as const) if (query[k]) params.set(k, query[k])
  if (before) params.set('avant', String(before))
  const search = params.toString()
  return search ? `${BASE}?${search}` : BASE
}

/** The results and their paging links; also the fragment a live filter swaps in place. */
function Results(p: { lang: Lang; query: JournalQuery; entries: JournalEntry[]; older: number | null }) {
  const { lang } = p
  const fmt = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'America/Toronto',
  })
  return (
    <div id={RESULTS_ID} aria-live="polite">
      {p.entries.length === 0 ? (
        <p>{m.none[lang]}</p>
      ) : (
        <Table label={m.title[lang]}>
          <thead>
            <tr>
              {m.cols[lang].map((c) => (
                <th scope="col">{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.entries.map((e) => (
              <tr key={e.id}>
                <td>{fmt.format(e.occurredAt)}</td>
                <td>{e.by[lang]}</td>
                <td>{e.action[lang]}</td>
                <td>{e.record[lang]}</td>
                <td>{e.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <p class="button-row">
        {p.query.avant ? <a href={pageHref(p.query)}>{m.newest[lang]}</a> : null}
        {p.older ? <a href={pageHref(p.query, p.older)}>{m.older[lang]}</a> : null}
      </p>
    </div>
  )
}

function JournalPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  values: Values
  errors?: FieldErrors
  children?: ComponentChildren
}) {
  const lang = p.request.lang
  const labels = {
    action: m.action[lang],
    personne: m.personne[lang],
    du: m.du[lang],
    au: m.au[lang],
    avant: m.avant[lang],
    enregistrement: m.record[lang],
  }
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.title[lang]}>
      <h1>{m.title[lang]}</h1>
      <p>{m.intro[lang]}</p>
      {p.values.enregistrement ? (
        <p>
          {m.oneRecord[lang]} <a href={BASE}>{m.allRecords[lang]}</a>
        </p>
      ) : null}
      <ErrorSummary lang={lang} errors={p.errors} labels={labels} />
      <Filters request={p.request} deps={p.deps} values={p.values} errors={p.errors} />
      {p.children}
    </AppPage>
  )
}

/** The raw query string, to show the filters again when they do not validate. */
function typedQuery(query: unknown): Values {
  const out: Values = {}
  if (query && typeof query === 'object')
    for (const [k, v] of Object.entries(query)) if (typeof v === 'string') out[k as keyof JournalQuery] = v
  return out
}

/** The filters again with a message per field (400): a bad position or date never reaches SQL. */
function showInvalidFilters(request: FastifyRequest, reply: FastifyReply, deps: ModuleDeps, invalid: Error) {
  const fallback = { _: { fr: 'Filtres invalides.', en: 'Invalid filters.' } }
  const errors = invalid instanceof AppError && invalid.fields ? invalid.fields : fallback
  const page = <JournalPage request={request} deps={deps} values={typedQuery(request.query)} errors={errors} />
  return sendPage(reply, page, 400)
}

/** The audit journal (defects 5 and 8 of issue 5): scoped to the caller's regions, filtered, 50 events a page. */
export function registerAuditPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const options = { schema: { hide: true, querystring: journalQuery }, attachValidation: true }
  app.get(BASE, options, async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCan(ctx.actor, 'audit.read')
    if (request.validationError) return showInvalidFilters(request, reply, deps, request.validationError)
    const { entries, older } = await listJournal(ctx, request.query, deps.auditLabels)
    const results = () => <Results lang={request.lang} query={request.query} entries={entries} older={older} />
    const page = () => (
      <JournalPage request={request} deps={deps} values={request.query}>
        {results()}
      </JournalPage>
    )
    return sendPageOrFragment(request, reply, page, results)
  })
}
