import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerDossierRoutes } from './dossier.routes.js'

/** This feature's API routes and pages. */
export function registerDossiers(app: FastifyInstance, deps: ModuleDeps): void {
  registerDossierRoutes(app, deps)
}
