import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { idParams } from '../../../platform/http/schemas.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import { pdfPageQuery } from './person-export.contracts.js'
import { assertPersonExportable, exportPersonFile, exportPersonFilePdf } from './person-export.service.js'
import { accessPageText as m } from './privacy.messages.js'
import { sendExportPdf } from './privacy.routes.js'

/** The right-of-access page of a person (linked from the person's page). */
export const accessPageHref = (personId: string) => `/app/personnes/${personId}/acces`

const pdfLabels: Record<Lang, { fr: string; en: string }> = {
  fr: { fr: 'en français', en: 'en anglais' },
  en: { fr: 'in French', en: 'in English' },
}

function AccessPage(p: { lang: Lang; personId: string }) {
  const { lang, personId } = p
  const base = accessPageHref(personId)
  return (
    <>
      <Breadcrumb
        lang={lang}
        trail={[
          { href: '/app/personnes', label: m.persons[lang] },
          { href: `/app/personnes/${personId}`, label: m.back[lang] },
        ]}
        current={m.title[lang]}
      />
      <h1>{m.title[lang]}</h1>
      <p>{m.intro[lang]}</p>
      <p>{m.audit[lang]}</p>
      <h2>{m.downloads[lang]}</h2>
      <ul>
        {(['fr', 'en'] as const).map((doc) => (
          <li key={doc}>
            <a href={`${base}.pdf?langue=${doc}`} download>
              {`${m.pdf[lang]}, ${pdfLabels[lang][doc]}`}
            </a>
          </li>
        ))}
        <li>
          <a href={`${base}.json`} download>
            {m.json[lang]}
          </a>
        </li>
      </ul>
      <p>
        <a href={`/app/personnes/${personId}`}>{m.back[lang]}</a>
      </p>
    </>
  )
}

/** The right-of-access page and its two downloads (JSON and PDF), for directors and admins of the person's scope. */
export function registerPrivacyPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get('/app/personnes/:id/acces', { schema: { hide: true, params: idParams } }, async (request, reply) => {
    await assertPersonExportable(ctxOf(request, deps), request.params.id)
    const page = (
      <AppPage request={request} nav={deps.nav} title={m.title[request.lang]}>
        <AccessPage lang={request.lang} personId={request.params.id} />
      </AppPage>
    )
    return sendPage(reply, page)
  })
  app.get('/app/personnes/:id/acces.json', { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const file = await exportPersonFile(ctxOf(request, deps), request.params.id, 'json')
    const name = `acces-${request.params.id}.json`
    return reply.header('content-disposition', `attachment; filename="${name}"`).send(file)
  })
  const pdfSchema = { hide: true, params: idParams, querystring: pdfPageQuery }
  app.get('/app/personnes/:id/acces.pdf', { schema: pdfSchema }, async (request, reply) => {
    const lang = request.query.langue ?? request.lang
    const pdf = await exportPersonFilePdf(ctxOf(request, deps), request.params.id, lang)
    return sendExportPdf(reply, request.params.id, pdf)
  })
}
