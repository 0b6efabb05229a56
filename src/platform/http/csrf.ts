import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import csrfProtection from '@fastify/csrf-protection'
import Tokens from '@fastify/csrf'
import { z } from 'zod'
import { AppError } from '../errors.js'

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * The token to put in this page's forms (hidden `_csrf` field or `x-csrf-token` header). Created on first use, so
     * only answers that carry a form set the CSRF cookie (never static assets or /health).
     */
    readonly csrfToken: string
  }
}

export const CSRF_COOKIE = 'escale_csrf'
const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const kReply = Symbol('escale.csrfReply')
const kToken = Symbol('escale.csrfToken')
type CsrfRequest = FastifyRequest & { [kReply]: FastifyReply | null; [kToken]: string | null }

// Signed with the server secret, so a cookie tossed from a sibling subdomain is refused; kept as long as a session
// can last, so a form left open in a tab still submits.
const cookieOpts = {
  path: '/',
  httpOnly: true,
  sameSite: 'lax',
  secure: 'auto',
  signed: true,
  maxAge: 30 * 86_400,
} as const
const tokens = Tokens()

/** The refusal of a forged, stale or missing token, in the user's language. */
export const csrfRefused = () =>
  new AppError('forbidden', 'CSRF_TOKEN_INVALID', {
    fr: 'Le formulaire a expiré ou ne vient pas de ce site. Rechargez la page et réessayez.',
    en: 'The form has expired or does not come from this site. Reload the page and try again.',
  })

/** Whether an error is @fastify/csrf-protection's refusal (missing secret or invalid token). */
export function isCsrfError(error: { code?: string }): boolean {
  return error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET'
}

export function isBearer(request: FastifyRequest): boolean {
  return /^Bearer\s/i.test(request.headers.authorization ?? '')
}

/** A file upload: its `_csrf` field is read by the upload context's own hook (uploads.ts), not by the root one. */
export const isMultipart = (request: FastifyRequest) =>
  /^multipart\/form-data/i.test(request.headers['content-type'] ?? '')

/** Forms always (sign-in included: login CSRF); other bodies only when a session cookie could ride along. */
function needsCheck(request: FastifyRequest, sessionCookie: string): boolean {
  if (!unsafe.has(request.method) || isBearer(request)) return false
  const isForm = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(
    request.headers['content-type'] ?? '',
  )
  return isForm || request.cookies[sessionCookie] !== undefined
}

// Read before the route's own validation: only the token field, parsed (any other body shape carries no token).
const csrfField = z.object({ _csrf: z.string() })

/** The token a request presents: the form's `_csrf` field, else the `x-csrf-token` header (htmx, fetch). */
function tokenOf(request: FastifyRequest): string | undefined {
  const field = csrfField.safeParse(request.body)
  if (field.success) return field.data._csrf
  const header = request.headers['x-csrf-token']
  return typeof header === 'string' ? header : undefined
}

/**
 * CSRF protection through @fastify/csrf-protection: a signed secret cookie, and forms carry a token derived from it.
 * Every unsafe request authenticated by cookie, and every form, must present it; bearer-token API calls carry no
 * ambient credential and are not checked.
 */
export async function registerCsrf(app: FastifyInstance, options: { sessionCookie: string }): Promise<void> {
  await app.register(csrfProtection, { cookieKey: CSRF_COOKIE, cookieOpts, getToken: tokenOf, logLevel: 'info' })
  app.decorateRequest(kReply, null)
  app.decorateRequest(kToken, null)
  app.decorateRequest('csrfToken', {
    getter(this: FastifyRequest) {
      const self = this as CsrfRequest
      if (self[kToken] === null && self[kReply]) self[kToken] = self[kReply].generateCsrf()
      return self[kToken] ?? ''
    },
  })
  app.addHook('onRequest', async (request, reply) => {
    ;(request as CsrfRequest)[kReply] = reply
  })
  // Before validation, so a forged request is refused whatever its body.
  // File uploads are checked by `registerUploads` (platform/http/uploads.ts), once their fields are read.
  app.addHook('preValidation', (request, reply, done) => {
    if (isMultipart(request) || !needsCheck(request, options.sessionCookie)) return done()
    app.csrfProtection(request, reply, done)
  })
}

/**
 * A new CSRF secret for this browser, used by the rest of this request too: called when the session changes
 * (sign-in), so a token planted before sign-in cannot be used after it.
 */
export function renewCsrf(request: FastifyRequest, reply: FastifyReply): void {
  const secret = tokens.secretSync()
  reply.setCookie(CSRF_COOKIE, secret, cookieOpts)
  request.cookies[CSRF_COOKIE] = reply.signCookie(secret)
  ;(request as CsrfRequest)[kToken] = null
}
