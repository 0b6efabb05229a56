import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerEmployerRequestConvertPages } from './employer-request-convert.pages.js'
import { registerEmployerRequestDetailPages } from './employer-request-detail.pages.js'
import { registerEmployerRequestListPage } from './employer-request-list.pages.js'
import { registerEmployerRequestRoutes } from './employer-request.routes.js'

/** This feature's API routes and pages: the queue of employer requests (the public form is the public site's). */
export function registerEmployerRequests(app: FastifyInstance, deps: ModuleDeps): void {
  registerEmployerRequestRoutes(app, deps)
  registerEmployerRequestListPage(app, deps)
  registerEmployerRequestDetailPages(app, deps)
  registerEmployerRequestConvertPages(app, deps)
}
