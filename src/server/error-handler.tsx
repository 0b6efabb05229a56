import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError, type ErrorKind, type Localized, statusOfKind } from '../platform/errors.js'
import { csrfRefused, isCsrfError } from '../platform/http/csrf.js'
import { langOfRawRequest } from '../platform/http/lang.js'
import { applySecurityHeaders } from '../platform/http/security.js'
import { loggableError } from '../platform/log-safety.js'
import { labelsIn } from '../platform/views/i18n.js'
import { sendPage } from '../platform/views/render.js'
import { ErrorPage, pageMessages, type Shell } from './error-pages.js'
import { SessionExpiredPage } from './session-resume.js'

/** Fastify's own client errors, by code: our status kind and message (never Fastify's English text nor the path). */
const fastifyErrors: Record<string, { kind: ErrorKind; message: Localized }> = {
  FST_ERR_BAD_URL: {
    kind: 'invalid',
    message: { fr: "Cette adresse n'est pas valide.", en: 'This address is not valid.' },
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    kind: 'invalid',
    message: { fr: 'Cette adresse est trop longue.', en: 'This address is too long.' },
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    kind: 'invalid',
    message: { fr: 'Les données envoyées sont trop volumineuses.', en: 'The data sent is too large.' },
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    kind: 'invalid',
    message: { fr: 'Type de contenu non pris en charge.', en: 'Unsupported content type.' },
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    kind: 'invalid',
    message: { fr: 'Le contenu JSON envoyé est vide.', en: 'The JSON sent is empty.' },
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    kind: 'invalid',
    message: { fr: 'Le contenu JSON envoyé est mal formé.', en: 'The JSON sent is malformed.' },
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    kind: 'invalid',
    message: { fr: 'La longueur annoncée des données est inexacte.', en: 'The announced length of the data is wrong.' },
  },
}
const tooMany: Localized = {
  fr: 'Trop de requêtes. Réessayez dans une minute.',
  en: 'Too many requests. Try again in a minute.',
}
const invalidRequest: Localized = { fr: 'Requête invalide.', en: 'Invalid request.' }

/** The API and the health check answer JSON; everything else is a page. */
function wantsHtml(request: FastifyRequest): boolean {
  return !/^\/(api|health)(?:[/?]|$)/.test(request.url)
}

/** A Fastify client error (4xx) as an AppError, keeping Fastify's status (413, 414, 415…). */
function fromFastifyError(error: FastifyError, status: number): AppError {
  if (error instanceof SyntaxError)
    return new AppError('invalid', 'INVALID_JSON', fastifyErrors.FST_ERR_CTP_INVALID_JSON_BODY!.message)
  const known = error.code ? fastifyErrors[error.code] : undefined
  if (known) return new AppError(known.kind, error.code.replace(/^FST_ERR_(CTP_)?/, ''), known.message)
  if (status === 429) return new AppError('too_many', 'TOO_MANY_REQUESTS', tooMany)
  if (status === 404) return new AppError('not_found', 'NOT_FOUND', pageMessages.notFound)
  return new AppError('invalid', 'BAD_REQUEST', invalidRequest)
}

function sendAppError(
  request: FastifyRequest,
  reply: FastifyReply,
  shell: Shell,
  error: AppError,
  status = statusOfKind[error.kind],
) {
  const lang = request.lang ?? 'fr'
  if (wantsHtml(request)) {
    if (error.kind === 'unauthenticated' && request.method === 'GET') {
      const signIn = `/app/connexion?next=${encodeURIComponent(request.url)}`
      // htmx would follow a 303 and swap the sign-in page into a fragment: ask it to navigate the whole page instead.
      if (request.headers['hx-request'] === 'true') return reply.header('hx-redirect', signIn).code(204).send()
      return reply.redirect(signIn, 303)
    }
    if (error.kind === 'unauthenticated') return sendPage(reply, <SessionExpiredPage request={request} />, 401)
    return sendPage(
      reply,
      <ErrorPage
        request={request}
        shell={shell}
        status={status}
        message={error.localized[lang]}
        fields={error.fields}
      />,
      status,
    )
  }
  const fields = error.fields ? labelsIn(lang, error.fields) : undefined
  return reply.code(status).send({
    error: {
      code: error.code,
      message: error.localized[lang],
      ...(fields ? { fields } : {}),
      ...(error.details ? { details: error.details } : {}),
    },
  })
}

function sendInternalError(request: FastifyRequest, reply: FastifyReply, shell: Shell, error: unknown) {
  request.log.error({ error: loggableError(error) }, 'unhandled error')
  const lang = request.lang ?? 'fr'
  if (wantsHtml(request)) {
    return sendPage(
      reply,
      <ErrorPage request={request} shell={shell} status={500} message={pageMessages.internal[lang]} withId />,
      500,
    )
  }
  return reply.code(500).send({
    error: { code: 'INTERNAL', message: lang === 'en' ? 'Internal error' : 'Erreur interne', requestId: request.id },
  })
}

/**
 * Fastify's `frameworkErrors`: a URL it could not decode or an over-long parameter, answered before any hook ran (so
 * in the public frame, nobody signed in yet). The language comes from the raw request and the security headers are
 * set here, like every other answer.
 */
export function frameworkErrorHandler(shell: Shell) {
  return async (error: FastifyError, request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    request.lang = langOfRawRequest(request.raw.url ?? '', request.headers.cookie)
    await applySecurityHeaders(request.raw, reply.raw)
    reply.header('cache-control', 'no-store')
    const status = error.statusCode ?? 400
    if (status >= 500) return void sendInternalError(request, reply, shell, error)
    return void sendAppError(request, reply, shell, fromFastifyError(error, status), status)
  }
}

/**
 * One handler: AppError kinds map to 4xx; Fastify's client errors get our status page or JSON in the user's language;
 * anything else is a logged 500 with a generic message and the request id. `shell` holds the app's navigation and the public site.
 */
export function registerErrorHandlers(app: FastifyInstance, shell: Shell): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendAppError(request, reply, shell, error)
    if (isCsrfError(error)) return sendAppError(request, reply, shell, csrfRefused())
    const status = error.statusCode ?? 500
    if (status >= 400 && status < 500)
      return sendAppError(request, reply, shell, fromFastifyError(error, status), status)
    return sendInternalError(request, reply, shell, error)
  })
  app.setNotFoundHandler((request, reply) =>
    sendAppError(request, reply, shell, new AppError('not_found', 'NOT_FOUND', pageMessages.notFound)),
  )
}
