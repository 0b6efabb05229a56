import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppPage, assertCan, ctxOf, type ModuleDeps } from '../../access/index.js'
import { regionCode } from '../../territory/index.js'
import { AppError, type FieldErrors } from '../../../platform/errors.js'
import { parseInput } from '../../../platform/validation.js'
import { ConfirmForm } from '../../../platform/views/form.js'
import { formatDate, formatDateTime, type Lang } from '../../../platform/views/i18n.js'
import { Notice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table, TableHead } from '../../../platform/views/table.js'
import type { BilanModel } from '../bilan/bilan.model.js'
import { sendBilanFormErrors } from '../bilan/bilan.pages.js'
import { type BilanPeriod, bilanPeriod } from './narrative.contracts.js'
import { narrativeText, publishText as m } from './publication.messages.js'
import { PUBLICATIONS, PUBLISH, NARRATIVE, periodQuery, publishedBilanPath } from './publication.paths.js'
import type { PublishedBilan } from './publication.presenter.js'
import { listPublications, previewPublication, publishBilan } from './publication.service.js'
import { KeyFigures } from './publication.views.js'

const periodText = (lang: Lang, p: { from: string; to: string }) =>
  `${formatDate(p.from, lang)} – ${formatDate(p.to, lang)}`

/** The confirmation: the period, the key figures to be published and the version publishing creates. */
function PublishPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  period: BilanPeriod
  model: BilanModel
  version: number
}) {
  const { request, model } = p
  const lang = request.lang
  const q = periodQuery(p.period)
  const title = `${m.title[lang]} — ${lang === 'fr' ? model.region.nameFr : model.region.nameEn}`
  const figures = {
    personsAccompanied: model.personsAccompanied,
    enterprisesAccompanied: model.enterprisesAccompanied,
    agreements: model.agreements,
  }
  return (
    <AppPage request={request} nav={p.deps.nav} title={title}>
      <h1>{title}</h1>
      <p>{periodText(lang, p.period)}</p>
      <h2>{m.figures[lang]}</h2>
      <KeyFigures lang={lang} figures={figures} />
      <ConfirmForm
        action={`${PUBLISH}?${q}`}
        csrfToken={request.csrfToken}
        question={m.question(p.version)[lang]}
        confirmLabel={m.confirm[lang]}
        cancelHref={`${NARRATIVE}?${q}`}
        cancelLabel={m.cancel[lang]}
      />
    </AppPage>
  )
}

function PublicationRow(p: { lang: Lang; b: PublishedBilan }) {
  const { lang, b } = p
  return (
    <tr>
      <td>{b.regionName[lang]}</td>
      <td>{periodText(lang, b.period)}</td>
      <th scope="row">{b.version}</th>
      <td>{formatDateTime(b.publishedAt, lang)}</td>
      <td>{formatDateTime(b.dataAsOf, lang)}</td>
      <td>
        <a href={publishedBilanPath('fr', b.regionSlug, b.id)} lang="fr">
          Français
        </a>{' '}
        ·{' '}
        <a href={publishedBilanPath('en', b.regionSlug, b.id)} lang="en">
          English
        </a>
      </td>
    </tr>
  )
}

/** Every published version of the caller's regions, newest first, with links to their public pages. */
function PublicationsPage(p: {
  request: FastifyRequest
  deps: ModuleDeps
  list: PublishedBilan[]
  published?: number
}) {
  const lang = p.request.lang
  const heads = [m.region, narrativeText.period, m.version, m.publishedAt, m.dataAsOf, m.publicPage]
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.listTitle[lang]}>
      <h1>{m.listTitle[lang]}</h1>
      {p.published ? <Notice lang={lang}>{m.published(p.published)[lang]}</Notice> : null}
      {p.list.length === 0 ? (
        <p>{m.none[lang]}</p>
      ) : (
        <Table label={m.listTitle[lang]}>
          <caption>{m.listTitle[lang]}</caption>
          <TableHead lang={lang} heads={heads} />
          <tbody>
            {p.list.map((b) => (
              <PublicationRow key={b.id} lang={lang} b={b} />
            ))}
          </tbody>
        </Table>
      )}
    </AppPage>
  )
}

/** The service's answer, or the per-field errors of an input it refused (a period not over yet). */
async function refusal<T>(run: () => Promise<T>): Promise<{ value: T; errors?: never } | { errors: FieldErrors }> {
  try {
    return { value: await run() }
  } catch (error) {
    if (error instanceof AppError && error.kind === 'invalid' && error.fields) return { errors: error.fields }
    throw error
  }
}

const listQuery = z.object({ region: regionCode.optional(), published: z.coerce.number().int().min(1).optional() })

/** Publishing a Bilan (confirmation, then a new version) and the list of published versions. */
export function registerPublicationPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(PUBLISH, { schema: { hide: true } }, async (request, reply) => {
    assertCan(ctxOf(request, deps).actor, 'reports.publish')
    const period = bilanPeriod.safeParse(request.query)
    if (!period.success) return sendBilanFormErrors(request, reply, deps)
    const refused = await refusal(() => previewPublication(ctxOf(request, deps), period.data))
    if (refused.errors) return sendBilanFormErrors(request, reply, deps, refused.errors)
    const { model, version } = refused.value
    return sendPage(reply, <PublishPage {...{ request, deps, model, version }} period={period.data} />)
  })
  app.post(PUBLISH, { schema: { hide: true } }, async (request, reply) => {
    assertCan(ctxOf(request, deps).actor, 'reports.publish')
    const period = parseInput(bilanPeriod, request.query)
    const refused = await refusal(() => publishBilan(ctxOf(request, deps), period))
    if (refused.errors) return sendBilanFormErrors(request, reply, deps, refused.errors)
    const { version } = refused.value
    return reply.redirect(`${PUBLICATIONS}?region=${period.region}&published=${version}`, 303)
  })
  app.get(PUBLICATIONS, { schema: { hide: true, querystring: listQuery } }, async (request, reply) => {
    const list = await listPublications(ctxOf(request, deps), request.query.region)
    return sendPage(reply, <PublicationsPage {...{ request, deps, list }} published={request.query.published} />)
  })
}
