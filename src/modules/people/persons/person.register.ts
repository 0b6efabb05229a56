import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerPersonRoutes } from './person.routes.js'

/** This feature's API routes and pages. */
export function registerPersons(app: FastifyInstance, deps: ModuleDeps): void {
  registerPersonRoutes(app, deps)
}
