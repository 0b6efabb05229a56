import type { FastifyReply, FastifyRequest } from 'fastify'
import { renewCsrf } from '../../../platform/http/csrf.js'
import { SESSION_COOKIE } from '../auth.hook.js'
import { SESSION_DAYS } from './session.service.js'

/** Hands the browser its new session (httpOnly, SameSite=Lax, as long as the session lives) and a new CSRF secret. */
export function startBrowserSession(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: SESSION_DAYS * 86_400,
  })
  // A session change renews the CSRF secret: a token seen before sign-in is worth nothing after it.
  renewCsrf(request, reply)
}
