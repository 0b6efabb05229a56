import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AppError } from '../errors.js'
import { hmac, randomToken, safeEqual } from '../crypto.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** The token to put in this page's forms (hidden `_csrf` field or `x-csrf-token` header). */
    csrfToken: string
  }
}

export const CSRF_COOKIE = 'escale_csrf'
const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

const csrfRefused = () =>
  new AppError('forbidden', 'CSRF_TOKEN_INVALID', {
    fr: 'Le formulaire a expiré ou ne vient pas de ce site. Rechargez la page et réessayez.',
    en: 'The form has expired or does not come from this site. Reload the page and try again.',
  })

/**
 * Signed double-submit tokens: a random cookie, and forms carry HMAC(secret, cookie). Every unsafe request
 * authenticated by cookie, and every form, must present it; bearer-token API calls carry no ambient credential.
 */
export function registerCsrf(app: FastifyInstance, secret: string, sessionCookie: string): void {
  app.decorateRequest('csrfToken', '')
  app.addHook('onRequest', async (request, reply) => {
    let seed = request.cookies[CSRF_COOKIE]
    if (!seed || seed.length < 20) {
      seed = randomToken(18)
      reply.setCookie(CSRF_COOKIE, seed, { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' })
    }
    request.csrfToken = hmac(secret, seed)
  })
  // Before validation, so a forged request is refused whatever its body.
  app.addHook('preValidation', async (request) => {
    if (!unsafe.has(request.method) || isBearer(request)) return
    // Forms always (sign-in included: login CSRF); other bodies only when a session cookie could ride along.
    const isForm = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(request.headers['content-type'] ?? '')
    if (!isForm && !request.cookies[sessionCookie]) return
    const body = request.body as Record<string, unknown> | undefined
    const sent = (typeof body?._csrf === 'string' ? body._csrf : undefined) ?? request.headers['x-csrf-token']
    if (typeof sent !== 'string' || !safeEqual(sent, request.csrfToken)) throw csrfRefused()
  })
}

export function isBearer(request: FastifyRequest): boolean {
  return /^Bearer\s/i.test(request.headers.authorization ?? '')
}
