import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, assertCan, ctxOf, type ModuleDeps } from '../../access/index.js'
import { type FieldErrors, notFound } from '../../../platform/errors.js'
import { filterRoute } from '../../../platform/http/forms.js'
import { formatDate, formatMoney, formatNumber, labelsIn, type Lang, localName } from '../../../platform/views/i18n.js'
import { ErrorSummary } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table } from '../../../platform/views/table.js'
import { type BilanPageQuery, bilanPageQuery } from '../bilan/bilan.contracts.js'
import { bilanFieldLabels, figureLabels } from '../bilan/bilan.messages.js'
import { type FigureKey, figureKeys } from '../bilan/bilan.model.js'
import type { BilanTarget } from '../bilan/bilan.read.js'
import { periodErrors } from '../bilan/bilan.service.js'
import { figureDefinitions } from '../bilan/figures.js'
import { BILANS_PAGE, FIGURES_PAGE, targetQuery } from './drilldown.policy.js'
import type { FigureRecord } from './drilldown.records.js'
import { type FigureRecords, listFigureRecords, RECORDS_PER_PAGE } from './drilldown.service.js'

const text = {
  back: { fr: 'Retour au bilan', en: 'Back to the report' },
  count: { fr: 'Nombre de dossiers', en: 'Number of records' },
  name: { fr: 'Nom', en: 'Name' },
  none: { fr: 'Aucun dossier.', en: 'No records.' },
  period: { fr: 'Période', en: 'Period' },
  pages: { fr: 'Pages des dossiers', en: 'Pages of records' },
  previous: { fr: 'Page précédente', en: 'Previous page' },
  next: { fr: 'Page suivante', en: 'Next page' },
}

const shown = (lang: Lang, first: number, last: number, total: number) =>
  lang === 'fr'
    ? `Dossiers ${formatNumber(first, lang)} à ${formatNumber(last, lang)} sur ${formatNumber(total, lang)}`
    : `Records ${formatNumber(first, lang)}–${formatNumber(last, lang)} of ${formatNumber(total, lang)}`

const hiddenText = (lang: Lang, n: number) =>
  lang === 'fr'
    ? `${formatNumber(n, lang)} ${n > 1 ? 'dossiers' : 'dossier'} de ce chiffre ne vous ${n > 1 ? 'sont' : 'est'} pas ${n > 1 ? 'montrés' : 'montré'} : ${n > 1 ? 'ils relèvent' : 'il relève'} d’un point de services hors de votre accès.`
    : `${formatNumber(n, lang)} ${n > 1 ? 'records' : 'record'} of this figure ${n > 1 ? 'are' : 'is'} not shown to you: ${n > 1 ? 'they belong' : 'it belongs'} to a service point outside your access.`

type Column = { head: { fr: string; en: string }; cell: (r: FigureRecord, lang: Lang) => string }
const field = (r: FigureRecord, key: string) => String(r.fields[key] ?? '')
const date = (key: string) => (r: FigureRecord, lang: Lang) => formatDate(field(r, key), lang)
const money = (key: string) => (r: FigureRecord, lang: Lang) => formatMoney(Number(r.fields[key] ?? 0), lang)
const plain = (key: string) => (r: FigureRecord) => field(r, key)
const roles = {
  advisor: { fr: 'Conseiller ou conseillère', en: 'Advisor' },
  agent: { fr: 'Agent ou agente', en: 'Agent' },
}

/** The columns each figure's records show after their name. */
const columns: Record<FigureKey, Column[]> = {
  personsAccompanied: [],
  enterprisesAccompanied: [],
  agreements: [
    { head: { fr: 'Organisme', en: 'Organization' }, cell: plain('organization') },
    { head: { fr: 'Début', en: 'Start' }, cell: date('startOn') },
    { head: { fr: 'Fin', en: 'End' }, cell: date('endOn') },
    { head: { fr: 'Montant total', en: 'Total amount' }, cell: money('totalCents') },
  ],
  team: [{ head: { fr: 'Rôle', en: 'Role' }, cell: (r, lang) => roles[field(r, 'role') as 'agent']?.[lang] ?? '' }],
  servicePoints: [
    { head: { fr: 'Bureau hôte', en: 'Host office' }, cell: plain('hostName') },
    { head: { fr: 'Adresse', en: 'Address' }, cell: plain('streetAddress') },
    { head: { fr: 'Ville', en: 'Town' }, cell: plain('city') },
  ],
  actionKinds: [
    {
      head: { fr: 'Type d’action', en: 'Kind of action' },
      cell: (r, lang) => field(r, lang === 'fr' ? 'kindFr' : 'kindEn'),
    },
    { head: { fr: 'Organisme', en: 'Organization' }, cell: plain('organization') },
    { head: { fr: 'Début', en: 'Start' }, cell: date('startOn') },
    { head: { fr: 'Fin', en: 'End' }, cell: date('endOn') },
  ],
  resourceOrganizations: [{ head: { fr: 'Site Web', en: 'Website' }, cell: plain('website') }],
  committedAmounts: [
    { head: { fr: 'Programme', en: 'Program' }, cell: plain('program') },
    {
      head: { fr: 'Exercice', en: 'Fiscal year' },
      cell: (r) => `${field(r, 'fiscalYear')}-${Number(field(r, 'fiscalYear')) + 1}`,
    },
    { head: { fr: 'Montant', en: 'Amount' }, cell: money('amountCents') },
  ],
}

function RecordsTable(p: { lang: Lang; result: FigureRecords }) {
  const { lang, result } = p
  const cols = columns[result.figure]
  if (result.records.length === 0) return <p>{text.none[lang]}</p>
  return (
    <Table label={figureLabels[result.figure][lang]}>
      <caption>{figureLabels[result.figure][lang]}</caption>
      <thead>
        <tr>
          <th scope="col">{text.name[lang]}</th>
          {cols.map((c) => (
            <th scope="col" key={c.head.en}>
              {c.head[lang]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {result.records.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.href ? <a href={r.href}>{r.name}</a> : r.name}</th>
            {cols.map((c) => (
              <td key={c.head.en}>{c.cell(r, lang)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

/** Where the page is in the list, and links to the pages before and after it (plain links, no script). */
function Pager(p: { lang: Lang; result: FigureRecords; target: BilanTarget }) {
  const { lang, result, target } = p
  const page = Math.floor(result.offset / result.limit) + 1
  const href = (n: number) => `${FIGURES_PAGE}/${result.figure}?${targetQuery(target, { page: String(n) })}`
  const last = Math.min(result.offset + result.records.length, result.total)
  return (
    <nav aria-label={text.pages[lang]}>
      <p>{result.records.length > 0 ? shown(lang, result.offset + 1, last, result.total) : null}</p>
      <p>
        {page > 1 ? <a href={href(page - 1)}>{text.previous[lang]}</a> : null}
        {page > 1 && last < result.total ? ' — ' : null}
        {last < result.total ? <a href={href(page + 1)}>{text.next[lang]}</a> : null}
      </p>
    </nav>
  )
}

function FigureResult(p: { lang: Lang; result: FigureRecords; target: BilanTarget }) {
  const { lang, result } = p
  return (
    <>
      <p>
        {result.regions.map((r) => localName(lang, r)).join(', ')} — {text.period[lang]} :{' '}
        {formatDate(result.period.from, lang)} – {formatDate(result.period.to, lang)} — {text.count[lang]} :{' '}
        {formatNumber(result.count, lang)}
      </p>
      {result.hidden > 0 ? <p>{hiddenText(lang, result.hidden)}</p> : null}
      <RecordsTable lang={lang} result={result} />
      <Pager {...p} />
    </>
  )
}

/** The page asked for (`?page=`, from 1): anything else is the first page. */
function pageOf(raw: string | undefined): { limit: number; offset: number } {
  const n = /^\d{1,7}$/.test(raw ?? '') ? Number(raw) : 1
  return { limit: RECORDS_PER_PAGE, offset: (Math.max(n, 1) - 1) * RECORDS_PER_PAGE }
}

function targetOf(q: BilanPageQuery): { target: BilanTarget } | { errors: FieldErrors } {
  const from = q.from ?? ''
  const to = q.to ?? ''
  const errors = periodErrors(from, to)
  if (errors) return { errors }
  if (q.directorate) return { target: { directorate: q.directorate, from, to } }
  if (q.region) return { target: { region: q.region, from, to } }
  return { errors: { region: { fr: 'Choisissez une région.', en: 'Choose a region.' } } }
}

type FigureQuery = BilanPageQuery & { page?: string }
type FigureRequest = { request: FastifyRequest; figure: string; query: FigureQuery; reply: FastifyReply }

async function sendFigurePage({ request, figure: asked, query, reply }: FigureRequest, deps: ModuleDeps) {
  const lang = request.lang
  // Signed in with reports.read before anything about the request is judged (an anonymous visitor signs in first).
  const ctx = ctxOf(request, deps)
  assertCan(ctx.actor, 'reports.read')
  const figure = figureKeys.find((k) => k === asked)
  if (!figure) throw notFound('figure')
  const checked = targetOf(query)
  const target = 'target' in checked ? checked.target : undefined
  const errors = 'errors' in checked ? checked.errors : undefined
  const paging = pageOf(query.page)
  const result = target ? await listFigureRecords(ctx, figure, target, paging) : undefined
  const title = figureLabels[figure][lang]
  const page = (
    <AppPage request={request} nav={deps.nav} title={title}>
      <p>
        <a href={target ? `${BILANS_PAGE}?${targetQuery(target)}` : BILANS_PAGE}>{text.back[lang]}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary lang={lang} errors={errors} labels={labelsIn(lang, bilanFieldLabels)} />
      <p>{figureDefinitions[figure][lang]}</p>
      {result && target ? <FigureResult lang={lang} result={result} target={target} /> : null}
    </AppPage>
  )
  return sendPage(reply, page, errors ? 400 : 200)
}

/** `/app/bilans/chiffres/<figure>`: the records behind one figure of the Bilan. */
export function registerDrillDownPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  const route = filterRoute(bilanPageQuery.extend({ page: z.string().max(10).optional() }))
  const options = { ...route, schema: { ...route.schema, params: z.object({ figure: z.string().max(60) }) } }
  app.get(`${FIGURES_PAGE}/:figure`, options, (request, reply) => {
    const query = request.validationError ? {} : request.query
    return sendFigurePage({ request, figure: request.params.figure, query, reply }, deps)
  })
}
