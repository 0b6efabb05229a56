import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError, type Localized, statusOfKind } from '../platform/errors.js'
import { otherLangUrl } from '../platform/http/lang.js'
import { loggableError } from '../platform/log-safety.js'
import { Layout } from '../platform/views/layout.js'
import { sendPage } from '../platform/views/render.js'

const pageText: Record<number, { title: Localized; body: Localized }> = {
  404: {
    title: { fr: 'Page introuvable', en: 'Page not found' },
    body: {
      fr: "La page demandée n'existe pas ou n'est plus accessible.",
      en: 'The page you asked for does not exist or is no longer available.',
    },
  },
  500: {
    title: { fr: 'Erreur du système', en: 'System error' },
    body: {
      fr: "Une erreur imprévue s'est produite. Réessayez plus tard ; si elle persiste, donnez ce numéro au soutien :",
      en: 'An unexpected error occurred. Try again later; if it persists, give this number to support:',
    },
  },
}

function wantsHtml(request: FastifyRequest): boolean {
  return !request.url.startsWith('/api/') && request.url !== '/health'
}

function ErrorPage(p: { request: FastifyRequest; status: number; message: string; withId?: boolean }) {
  const lang = p.request.lang ?? 'fr'
  const text = pageText[p.status]
  const title = text?.title[lang] ?? p.message
  const home = p.request.url.startsWith('/app') ? '/app' : `/${lang}`
  return (
    <Layout lang={lang} title={title} otherLangHref={otherLangUrl(p.request)} homeHref={home}>
      <h1>{title}</h1>
      <p>
        {text ? text.body[lang] : p.message} {p.withId ? <code>{p.request.id}</code> : null}
      </p>
      <p>
        <a href={home}>{lang === 'fr' ? "Retour à l'accueil" : 'Back to home'}</a>
      </p>
    </Layout>
  )
}

function sendAppError(request: FastifyRequest, reply: FastifyReply, error: AppError, statusOverride?: number) {
  const status = statusOverride ?? statusOfKind[error.kind]
  const lang = request.lang ?? 'fr'
  if (wantsHtml(request)) {
    if (error.kind === 'unauthenticated' && request.method === 'GET') {
      return reply.redirect(`/app/connexion?next=${encodeURIComponent(request.url)}`, 303)
    }
    return sendPage(reply, <ErrorPage request={request} status={status} message={error.localized[lang]} />, status)
  }
  const fields = error.fields
    ? Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, v[lang]]))
    : undefined
  return reply.code(status).send({ error: { code: error.code, message: error.localized[lang], ...(fields ? { fields } : {}) } })
}

/** One handler: AppError kinds map to 4xx; anything else is a logged 500 with a generic message and the request id. */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendAppError(request, reply, error)
    // Fastify's own client errors (bad JSON, too large, rate limit, unsupported media type).
    const status = error.statusCode ?? 500
    if (status >= 400 && status < 500) {
      const kind = status === 429 ? 'too_many' : status === 404 ? 'not_found' : 'invalid'
      const message: Localized =
        status === 429
          ? { fr: 'Trop de requêtes. Réessayez dans une minute.', en: 'Too many requests. Try again in a minute.' }
          : status === 415
            ? { fr: 'Type de contenu non pris en charge.', en: 'Unsupported content type.' }
            : { fr: 'Requête invalide.', en: 'Invalid request.' }
      // Keep Fastify's own status (413, 415…) and code; only the message is ours.
      return sendAppError(request, reply, new AppError(kind, error.code ?? 'BAD_REQUEST', message), status)
    }
    request.log.error({ error: loggableError(error) }, 'unhandled error')
    if (wantsHtml(request)) {
      return sendPage(reply, <ErrorPage request={request} status={500} message="" withId />, 500)
    }
    return reply.code(500).send({
      error: { code: 'INTERNAL', message: request.lang === 'en' ? 'Internal error' : 'Erreur interne', requestId: request.id },
    })
  })
  app.setNotFoundHandler((request, reply) => {
    const error = new AppError('not_found', 'NOT_FOUND', pageText[404]!.title)
    if (wantsHtml(request)) return sendPage(reply, <ErrorPage request={request} status={404} message="" />, 404)
    return sendAppError(request, reply, error)
  })
}
