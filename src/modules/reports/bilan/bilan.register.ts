import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerBilanPages } from './bilan.pages.js'
import { registerBilanRoutes } from './bilan.routes.js'

/** The Bilan's API (`GET /api/v1/reports/bilan`) and its staff page (`/app/bilans`, downloads). */
export function registerBilan(app: FastifyInstance, deps: ModuleDeps): void {
  registerBilanRoutes(app, deps)
  registerBilanPages(app, deps)
}
