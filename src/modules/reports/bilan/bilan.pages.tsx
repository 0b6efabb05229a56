import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, assertCan, can, type Ctx, ctxOf, type ModuleDeps } from '../../access/index.js'
import { AppError, type FieldErrors } from '../../../platform/errors.js'
import { filterErrors, filterRoute } from '../../../platform/http/forms.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import { listRegionsInScope } from '../../territory/index.js'
import { BilanArticle } from '../render/bilan.html.js'
import { bilanFormats, renderBilan } from '../render/render-bilan.js'
import { BILANS_PAGE, targetQuery } from '../drilldown/drilldown.policy.js'
import { FigureSummary } from './bilan-summary.js'
import { BilanFormView } from './bilan-form.view.js'
import type { BilanDocument, BilanNarrative } from './bilan.document.js'
import { type BilanPageQuery, bilanPageQuery } from './bilan.contracts.js'
import { type BilanForm, ownDirectorate, readBilanForm } from './bilan.form.js'
import { bilanText as m } from './bilan.messages.js'
import type { BilanModel } from './bilan.model.js'
import { bilanFileName, type BilanTarget, readBilan } from './bilan.read.js'
import { bilanDocument } from './bilan.text.js'

export const DOWNLOAD = '/app/bilans/telecharger'
const NARRATIVE = '/app/bilans/texte'
const PUBLICATIONS = '/app/bilans/publications'

type Preview = { model: BilanModel; narrative: BilanNarrative; target: BilanTarget; doc: BilanDocument }

/** The Bilan the form asks for, or the form's errors (an unknown or out-of-scope region, a reversed period). */
async function previewOf(ctx: Ctx, form: BilanForm, lang: Lang): Promise<{ preview?: Preview; errors?: FieldErrors }> {
  const target = form.target
  if (!target) return { errors: form.errors }
  try {
    const { model, narrative } = await readBilan(ctx, target, true)
    return { preview: { model, narrative, target, doc: bilanDocument(model, lang, narrative) } }
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    if (error.kind === 'invalid') return { errors: error.fields ?? { to: error.localized } }
    if (error.kind !== 'not_found') throw error
    return { errors: target.directorate ? { directorate: m.unknownDirectorate } : { region: m.unknownRegion } }
  }
}

function Downloads(p: { lang: Lang; target: BilanTarget; docLang: Lang }) {
  return (
    <section aria-labelledby="bilan-downloads">
      <h2 id="bilan-downloads">{m.downloads[p.lang]}</h2>
      <ul class="bilan-downloads">
        {bilanFormats.map((format) => (
          <li key={format}>
            <a href={`${DOWNLOAD}?${targetQuery(p.target, { langue: p.docLang, format })}`}>{format.toUpperCase()}</a>
          </li>
        ))}
      </ul>
    </section>
  )
}

function DirectorLinks(p: { lang: Lang; model: BilanModel }) {
  const { from, to } = p.model.period
  const region = p.model.region.code
  return (
    <section aria-labelledby="bilan-director">
      <h2 id="bilan-director">{m.director[p.lang]}</h2>
      <ul>
        <li>
          <a href={`${NARRATIVE}?${new URLSearchParams({ region, from, to })}`}>{m.editText[p.lang]}</a>
        </li>
        <li>
          <a href={`${PUBLICATIONS}?${new URLSearchParams({ region })}`}>{m.publications[p.lang]}</a>
        </li>
      </ul>
    </section>
  )
}

function PreviewView(p: { request: FastifyRequest; preview: Preview; docLang: Lang }) {
  const lang = p.request.lang
  const { model, target, doc } = p.preview
  const actor = p.request.actor
  return (
    <>
      <h2>{m.figures[lang]}</h2>
      <FigureSummary model={model} target={target} actor={actor} lang={lang} />
      <Downloads lang={lang} target={target} docLang={p.docLang} />
      {actor && can(actor, 'reports.publish') ? <DirectorLinks lang={lang} model={model} /> : null}
      <section aria-labelledby="bilan-document" class="bilan-preview">
        <h2 id="bilan-document">{m.document[lang]}</h2>
        <BilanArticle doc={doc} titleLevel={3} />
      </section>
    </>
  )
}

/** `/app/bilans`: the form, then the Bilan's figures (with their records), downloads and the document. */
type PageRequest = {
  request: FastifyRequest
  query: BilanPageQuery
  reply: FastifyReply
  deps: ModuleDeps
  refused?: FieldErrors
}

async function sendBilanPage({ request, query: sent, reply, deps, refused }: PageRequest, status?: number) {
  const ctx = ctxOf(request, deps)
  assertCan(ctx.actor, 'reports.read')
  const regions = await listRegionsInScope(ctx)
  const query = filterErrors(request) ? {} : sent
  const asked = readBilanForm(query, { regions, actor: request.actor, now: ctx.now, lang: request.lang })
  const { preview, errors } = refused ? { errors: refused } : await previewOf(ctx, asked, asked.values.langue)
  const form = { ...asked, errors: errors ?? asked.errors }
  const page = (
    <AppPage request={request} nav={deps.nav} title={m.title[request.lang]}>
      <h1>{m.title[request.lang]}</h1>
      <p>{m.intro[request.lang]}</p>
      <BilanFormView
        lang={request.lang}
        form={form}
        regions={regions}
        directorate={ownDirectorate(request.actor, regions)}
      />
      {preview ? <PreviewView request={request} preview={preview} docLang={form.values.langue} /> : null}
    </AppPage>
  )
  return sendPage(reply, page, status ?? (form.errors ? 400 : 200))
}

/**
 * The Bilan's form page with the errors of a query another page could not use (a reversed or impossible period, an
 * unknown region): 400, the same summary and field messages as `/app/bilans`.
 */
export function sendBilanFormErrors(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ModuleDeps,
  refused?: FieldErrors,
) {
  const parsed = bilanPageQuery.safeParse(request.query)
  const query = parsed.success ? parsed.data : { from: '' }
  return sendBilanPage({ request, query: { to: '', from: '', ...query }, reply, deps, refused }, 400)
}

/** A download of the Bilan the form asks for; a form that does not hold shows the page with its errors (400). */
async function sendDownload(p: PageRequest) {
  const { request, query, reply } = p
  const ctx = ctxOf(request, p.deps)
  assertCan(ctx.actor, 'reports.read')
  const regions = await listRegionsInScope(ctx)
  const form = readBilanForm(query, { regions, actor: request.actor, now: ctx.now, lang: request.lang })
  const format = bilanFormats.find((f) => f === query.format)
  const { preview } = format ? await previewOf(ctx, form, form.values.langue) : {}
  if (!format || !preview) return sendBilanPage(p, 400)
  const out = await renderBilan(preview.model, form.values.langue, format, preview.narrative)
  reply.header('content-disposition', `attachment; filename="${bilanFileName(preview.model, out.extension)}"`)
  return reply.type(out.contentType).send(Buffer.from(out.body))
}

/** The staff Bilan page and its downloads. */
export function registerBilanPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(BILANS_PAGE, filterRoute(bilanPageQuery), (request, reply) =>
    sendBilanPage({ request, query: request.query, reply, deps }),
  )
  app.get(DOWNLOAD, filterRoute(bilanPageQuery), (request, reply) =>
    sendDownload({ request, query: request.query, reply, deps }),
  )
}
