import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerPrivacyPages } from './privacy.pages.js'
import { registerPrivacyRoutes } from './privacy.routes.js'

/** Loi 25: the right-of-access page, its downloads and its API route. */
export function registerPrivacy(app: FastifyInstance, deps: ModuleDeps): void {
  registerPrivacyRoutes(app, deps)
  registerPrivacyPages(app, deps)
}
