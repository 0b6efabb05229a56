import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerProgramPages } from './program.pages.js'
import { registerProgramRoutes } from './program.routes.js'

/** Programs and volets: the API list and the admin page. */
export function registerPrograms(app: FastifyInstance, deps: ModuleDeps): void {
  registerProgramRoutes(app, deps)
  registerProgramPages(app, deps)
}
