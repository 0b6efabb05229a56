import type { FastifyRequest } from 'fastify'
import type { VNode } from 'preact'
import type { Db } from '../../platform/db/database.js'
import type { PeopleSettings } from '../../platform/config.js'
import type { Site } from '../../platform/views/site.js'
import { unauthenticated } from '../../platform/errors.js'
import type { Localized } from '../../platform/errors.js'
import type { Actor, Ctx } from './actor.js'
import type { AuditVocabulary } from './access.messages.js'
import type { Permission } from './policy.js'
import type { Scope, ScopeResolver } from './scope.js'

/** A link of the staff app's navigation; each module contributes its own. */
export type NavEntry = { href: string; label: Localized; permission: Permission }

/**
 * A section of the staff home after the welcome, contributed by a higher module (the people module's "Mon travail"
 * counts) without the territory module, which draws the home, importing it; null when it has nothing for the caller.
 */
export type HomeSection = (request: FastifyRequest, deps: ModuleDeps) => Promise<VNode | null>

/** What every module plugin receives from the composition root: no singletons, no service locator. */
export type ModuleDeps = {
  db: Db
  now: () => Date
  nav: readonly NavEntry[]
  resolveScope: ScopeResolver
  /** What the audit journal calls every module's actions and records (each module contributes its own). */
  auditLabels: AuditVocabulary
  /** The organization the public pages are published for (configuration). */
  site: Site
  /** Accompagnement Québec settings (referral expiry, retention). */
  settings: PeopleSettings
  /** The staff home's sections after the welcome, in order (see `HomeSection`). */
  homeSections: readonly HomeSection[]
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null
    /** The actor's scope, resolved once by the auth hook (nothing for an anonymous request). */
    scope: Scope
  }
}

/** The signed-in actor, or an `unauthenticated` error. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated()
  return request.actor
}

/** The use-case context of an authenticated request. */
export function ctxOf(request: FastifyRequest, deps: ModuleDeps): Ctx {
  return {
    db: deps.db,
    actor: requireActor(request),
    scope: request.scope,
    now: deps.now(),
    requestId: request.id,
    resolveScope: deps.resolveScope,
  }
}
