import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerInterventionPages } from './intervention.pages.js'
import { registerInterventionRoutes } from './intervention.routes.js'

/** This feature's API routes and pages. */
export function registerInterventions(app: FastifyInstance, deps: ModuleDeps): void {
  registerInterventionRoutes(app, deps)
  registerInterventionPages(app, deps)
}
