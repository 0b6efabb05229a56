import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerMatchingPages } from './matching.pages.js'
import { registerMatchingRoutes } from './matching.routes.js'

/** This feature's API routes and pages: a need's ranked candidates, a candidate's ranked needs. */
export function registerMatching(app: FastifyInstance, deps: ModuleDeps): void {
  registerMatchingRoutes(app, deps)
  registerMatchingPages(app, deps)
}
