import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerAdvisorServiceRoutes } from './advisor-service.routes.js'

/** This feature's API routes and pages. */
export function registerAdvisorServices(app: FastifyInstance, deps: ModuleDeps): void {
  registerAdvisorServiceRoutes(app, deps)
}
