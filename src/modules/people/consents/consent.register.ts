import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerConsentPages } from './consent.pages.js'

/** This feature's API routes and pages. */
export function registerConsents(app: FastifyInstance, deps: ModuleDeps): void {
  registerConsentPages(app, deps)
}
