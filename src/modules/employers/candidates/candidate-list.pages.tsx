import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { z } from 'zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { listAllRegions, type RegionRow } from '../../territory/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import { filterErrors, filterRoute, typedValues } from '../../../platform/http/forms.js'
import { sendPageOrFragment } from '../../../platform/http/htmx.js'
import { CheckboxField } from '../../../platform/views/choice.js'
import { Field, FilterForm, SelectField } from '../../../platform/views/form.js'
import { formatDate, type Lang, localName } from '../../../platform/views/i18n.js'
import { FilterResults } from '../../../platform/views/results.js'
import { Table, TableHead } from '../../../platform/views/table.js'
import { Q_MAX, profileListQuery, type ProfileSummary } from './candidate.contracts.js'
import { candidateFields as f, candidateText as m } from './candidate.messages.js'
import { canWriteProfiles } from './candidate.policy.js'
import { listProfiles } from './candidate.service.js'

/** The list of candidate profiles; a profile's page is `${CANDIDATES}/:id`. */
export const CANDIDATES = '/app/candidats'
const RESULTS_ID = 'candidate-results'

/** "95106 — Manœuvres dans la transformation…" in the page's language. */
export function targetLabel(lang: Lang, t: { code: string; titleFr: string | null; titleEn: string }): string {
  return `${t.code} — ${lang === 'fr' ? (t.titleFr ?? t.titleEn) : t.titleEn}`
}

/** Region names of some codes, joined, in the page's language. */
export function regionNames(lang: Lang, regions: RegionRow[], codes: readonly string[]): string {
  const byCode = new Map(regions.map((r) => [r.code, localName(lang, r)]))
  return codes.map((c) => byCode.get(c) ?? c).join(', ')
}

function Results(p: { lang: Lang; items: ProfileSummary[]; regions: RegionRow[]; error?: string }) {
  const { lang } = p
  const heads = [f.person!, f.targetCnpCodes!, f.currentRegionCode!, f.mobilityRegionCodes!, f.availableOn!, f.status!]
  return (
    <FilterResults lang={lang} id={RESULTS_ID} error={p.error} empty={p.items.length === 0} none={m.none[lang]}>
      <Table label={m.listTitle[lang]}>
        <TableHead lang={lang} heads={heads} />
        <tbody>
          {p.items.map((c) => (
            <tr key={c.id}>
              <td>
                <a href={`${CANDIDATES}/${c.id}`}>{c.personName}</a>
              </td>
              <td>{c.targetTitles.map((t) => targetLabel(lang, t)).join(' ; ')}</td>
              <td>{regionNames(lang, p.regions, [c.currentRegionCode])}</td>
              <td>{regionNames(lang, p.regions, c.mobilityRegionCodes) || m.none_[lang]}</td>
              <td>{c.availableOn ? formatDate(c.availableOn, lang) : ''}</td>
              <td>{(c.closed ? m.closed : m.open)[lang]}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </FilterResults>
  )
}

function Filters(p: { request: FastifyRequest; regions: RegionRow[]; values: Record<string, string | undefined> }) {
  const lang = p.request.lang
  const errors: FieldErrors | undefined = filterErrors(p.request)
  return (
    <FilterForm
      action={CANDIDATES}
      label={m.filters[lang]}
      target={RESULTS_ID}
      csrfToken={p.request.csrfToken}
      submitLabel={m.filter[lang]}
    >
      <Field
        lang={lang}
        name="q"
        type="search"
        label={m.q[lang]}
        value={p.values.q}
        errors={errors}
        maxLength={Q_MAX}
      />
      <SelectField
        lang={lang}
        name="region"
        label={f.currentRegionCode![lang]}
        value={p.values.region}
        errors={errors}
        emptyLabel=""
        options={p.regions
          .filter((r) => p.request.scope.coversRegion(r.code))
          .map((r) => ({ value: r.code, label: localName(lang, r) }))}
      />
      <CheckboxField name="closed" label={m.closed[lang]} checked={p.values.closed === 'true'} />
    </FilterForm>
  )
}

type ProfileListQuery = z.output<typeof profileListQuery>

/** The page's reads: the profiles (none when the filter does not validate) and the regions. */
async function readList(request: FastifyRequest, deps: ModuleDeps, query: ProfileListQuery, errors?: FieldErrors) {
  const ctx = ctxOf(request, deps)
  const [items, regions] = await Promise.all([
    errors ? Promise.resolve([]) : listProfiles(ctx, { ...query, closed: query.closed === 'true' }),
    listAllRegions(ctx),
  ])
  return { items, regions }
}

type ListState = Awaited<ReturnType<typeof readList>> & { values: Record<string, string | undefined>; error?: string }

function ListPage(p: { request: FastifyRequest; deps: ModuleDeps; state: ListState; results: preact.VNode }) {
  const { request, state } = p
  const lang = request.lang
  return (
    <AppPage request={request} nav={p.deps.nav} title={m.listTitle[lang]}>
      <h1>{m.listTitle[lang]}</h1>
      <p>{m.intro[lang]}</p>
      {request.actor && canWriteProfiles(request.actor) ? (
        <p>
          <a class="qc-button qc-secondary" href={`${CANDIDATES}/nouveau`}>
            {m.newTitle[lang]}
          </a>
        </p>
      ) : null}
      <Filters request={request} regions={state.regions} values={state.values} />
      {p.results}
    </AppPage>
  )
}

/**
 * The candidates the caller reaches (their territory, or willing to move there) whose consent counts today, with a
 * live filter that also works as a plain GET form; a filter that does not validate answers 400 with the error.
 */
export function registerCandidateListPage(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(CANDIDATES, filterRoute(profileListQuery), async (request, reply) => {
    const errors = filterErrors(request)
    const read = await readList(request, deps, errors ? {} : request.query, errors)
    const values = errors ? typedValues(request.query) : request.query
    const state = { ...read, values, error: errors ? Object.values(errors)[0]?.[request.lang] : undefined }
    const results = () => (
      <Results lang={request.lang} items={state.items} regions={state.regions} error={state.error} />
    )
    reply.code(errors ? 400 : 200)
    const page = () => <ListPage request={request} deps={deps} state={state} results={results()} />
    return sendPageOrFragment(request, reply, page, results)
  })
}
