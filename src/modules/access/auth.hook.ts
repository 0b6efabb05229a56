import type { FastifyInstance } from 'fastify'
import { AppError, unauthenticated } from '../../platform/errors.js'
import type { ModuleDeps } from './deps.js'
import { findSessionActor } from './sessions/session.service.js'
import { findTokenActor } from './tokens/token.service.js'

export const SESSION_COOKIE = 'escale_session'

const badToken = () =>
  new AppError('unauthenticated', 'API_TOKEN_INVALID', {
    fr: "Jeton d'API inconnu ou révoqué.",
    en: 'Unknown or revoked API token.',
  })

/** Resolves the actor of every request from its bearer token or its session cookie. */
export function registerAuthHook(app: FastifyInstance, deps: ModuleDeps): void {
  app.decorateRequest('actor', null)
  app.addHook('onRequest', async (request) => {
    // Static assets and the health check need no actor: no session lookup for each stylesheet, font or script.
    if (request.url.startsWith('/assets/') || request.url === '/health') return
    const auth = request.headers.authorization
    if (auth && /^Bearer\s/i.test(auth)) {
      request.actor = await findTokenActor(deps.db, auth.replace(/^Bearer\s+/i, '').trim(), deps.now())
      if (!request.actor) throw badToken()
      return
    }
    const token = request.cookies[SESSION_COOKIE]
    if (token) request.actor = await findSessionActor(deps.db, token, deps.now())
    // The JSON API has no anonymous resource: refuse before validating anything.
    if (!request.actor && request.url.startsWith('/api/v1/')) throw unauthenticated()
  })
}
