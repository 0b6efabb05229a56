import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { filterErrors, filterRoute } from '../../../platform/http/forms.js'
import { renderToString } from 'preact-render-to-string'
import type { FastifyReply } from 'fastify'
import { sendPageOrFragment } from '../../../platform/http/htmx.js'
import { Field, FilterForm } from '../../../platform/views/form.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { FilterResults } from '../../../platform/views/results.js'
import { Table, TableHead } from '../../../platform/views/table.js'
import { CNP_CHOICE, CNP_SUGGESTIONS, CnpInput, CnpSuggestions, valueAfterChoice } from './cnp-field.js'
import { CNP_Q_MAX, cnpCode, type OccupationOutput } from './occupation.contracts.js'
import { occupationText as m } from './occupation.messages.js'
import { searchOccupationsFor } from './occupation.service.js'

export const CNP_PAGE = '/app/cnp'
const RESULTS_ID = 'cnp-results'
const fieldName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,40}$/)
const flag = z.literal('1').optional()
const pageQuery = z.object({ q: z.string().trim().max(CNP_Q_MAX).optional() })
// The picker sends the field's name and, under that name, what was typed (the field's own form parameter).
const suggestionQuery = z
  .object({ field: fieldName, multiple: flag, required: flag })
  .catchall(z.union([z.string().max(300), z.array(z.string().max(300))]))
/** An htmx fragment of the picker (never a whole page). */
function sendFragment(reply: FastifyReply, fragment: preact.VNode | null) {
  return reply.type('text/html; charset=utf-8').send(fragment ? renderToString(fragment) : '')
}

const choiceQuery = z.object({
  field: fieldName,
  code: cnpCode,
  current: z.string().max(300).default(''),
  multiple: flag,
  required: flag,
})

function Results(p: { lang: Lang; q?: string; found: OccupationOutput[]; error?: string }) {
  const { lang } = p
  return (
    <FilterResults
      lang={lang}
      id={RESULTS_ID}
      error={p.error}
      empty={p.found.length === 0}
      none={p.q ? m.none[lang] : m.typeToSearch[lang]}
    >
      <Table label={m.results[lang]}>
        <TableHead lang={lang} heads={[m.code, m.title, m.teer]} />
        <tbody>
          {p.found.map((o) => (
            <tr key={o.code}>
              <td>{o.code}</td>
              <td>{lang === 'fr' ? (o.titleFr ?? o.titleEn) : o.titleEn}</td>
              <td>{o.teer}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </FilterResults>
  )
}

function SearchPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  q?: string
  results: preact.VNode
  error?: boolean
}) {
  const { lang } = p.request
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.pageTitle[lang]}>
      <h1>{m.pageTitle[lang]}</h1>
      <FilterForm
        action={CNP_PAGE}
        label={m.searchLabel[lang]}
        target={RESULTS_ID}
        csrfToken={p.request.csrfToken}
        submitLabel={m.search[lang]}
      >
        <Field
          lang={lang}
          name="q"
          type="search"
          label={m.q[lang]}
          hint={m.qHint[lang]}
          value={p.q}
          maxLength={CNP_Q_MAX}
        />
      </FilterForm>
      {p.results}
    </AppPage>
  )
}

/** The classification page (`/app/cnp?q=`) and the picker's two htmx fragments (suggestions, a chosen code). */
export function registerOccupationPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(CNP_PAGE, filterRoute(pageQuery), async (request, reply) => {
    const errors = filterErrors(request)
    const q = errors ? undefined : request.query.q
    const found = q ? await searchOccupationsFor(ctxOf(request, deps), q, 50) : []
    const error = errors ? Object.values(errors)[0]?.[request.lang] : undefined
    const results = () => <Results lang={request.lang} q={q} found={found} error={error} />
    reply.code(errors ? 400 : 200)
    return sendPageOrFragment(
      request,
      reply,
      () => <SearchPage request={request} deps={deps} q={q} results={results()} />,
      results,
    )
  })
  app.get(CNP_SUGGESTIONS, { schema: { hide: true, querystring: suggestionQuery } }, async (request, reply) => {
    const { field, multiple, required } = request.query
    const typed = String([request.query[field] ?? ''].flat()[0] ?? '')
    // With several codes, the suggestions are for what is typed after the last comma.
    const q = (multiple ? (typed.split(/[,;]/).at(-1) ?? '') : typed).trim().slice(0, CNP_Q_MAX)
    if (!q) return sendFragment(reply, null)
    const found = await searchOccupationsFor(ctxOf(request, deps), q, 10)
    const choice = { field, current: typed, multiple: !!multiple, required: !!required }
    return sendFragment(reply, <CnpSuggestions lang={request.lang} found={found} {...choice} />)
  })
  app.get(CNP_CHOICE, { schema: { hide: true, querystring: choiceQuery } }, async (request, reply) => {
    ctxOf(request, deps)
    const { field, code, current, multiple, required } = request.query
    const value = valueAfterChoice(current, code, !!multiple)
    return sendFragment(
      reply,
      <>
        <CnpInput name={field} value={value} multiple={!!multiple} required={!!required} autofocus />
        <div id={`f-${field}-suggestions`} aria-live="polite" hx-swap-oob="true" />
      </>,
    )
  })
}
