import type { FastifyInstance } from 'fastify'
import { civilDate } from '../../platform/clock.js'
import { AppError, unauthenticated } from '../../platform/errors.js'
import type { ModuleDeps } from './deps.js'
import { Scope } from './scope.js'
import { findSessionActor } from './sessions/session.service.js'
import { findTokenActor } from './tokens/token.service.js'

export const SESSION_COOKIE = 'escale_session'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** An API route that serves public data only and needs no sign-in (checked by the auth hook). */
    anonymous?: boolean
  }
}

const badToken = () =>
  new AppError('unauthenticated', 'API_TOKEN_INVALID', {
    fr: "Jeton d'API inconnu ou révoqué.",
    en: 'Unknown or revoked API token.',
  })

const nothing = Scope.none('region')

/** Resolves the actor of every request from its bearer token or its session cookie, then its scope, once. */
export function registerAuthHook(app: FastifyInstance, deps: ModuleDeps): void {
  app.decorateRequest('actor', null)
  app.decorateRequest('scope', null as unknown as Scope)
  app.addHook('onRequest', async (request) => {
    request.scope = nothing
    // Static assets and the health check need no actor: no session lookup for each stylesheet, font or script.
    if (request.url.startsWith('/assets/') || request.url === '/health') return
    const now = deps.now()
    const auth = request.headers.authorization
    if (auth && /^Bearer\s/i.test(auth)) {
      request.actor = await findTokenActor(deps.db, auth.replace(/^Bearer\s+/i, '').trim(), now)
      if (!request.actor) throw badToken()
    } else {
      const token = request.cookies[SESSION_COOKIE]
      if (token) request.actor = await findSessionActor(deps.db, token, now)
    }
    // A grant whose reference does not resolve (a deleted service point, a mistyped ref) reaches nothing.
    if (request.actor?.kind === 'user') {
      request.scope =
        (await deps.resolveScope(deps.db, request.actor.grant, civilDate(now))) ?? Scope.none(request.actor.grant.kind)
    }
    // The JSON API has no anonymous resource, except a route that declares public data only (`config.anonymous`, the
    // open-data export of the public directory): refuse before validating anything.
    if (!request.actor && request.url.startsWith('/api/v1/') && request.routeOptions.config?.anonymous !== true)
      throw unauthenticated()
  })
}
