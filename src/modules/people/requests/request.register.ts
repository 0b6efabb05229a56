import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerRequestConvertPages } from './request-convert.pages.js'
import { registerRequestDetailPages } from './request-detail.pages.js'
import { registerRequestListPage } from './request-list.pages.js'
import { registerRequestRoutes } from './request.routes.js'

/** This feature's API routes and pages: the triage queue of online requests (the public form is the public site's). */
export function registerRequests(app: FastifyInstance, deps: ModuleDeps): void {
  registerRequestRoutes(app, deps)
  registerRequestListPage(app, deps)
  registerRequestDetailPages(app, deps)
  registerRequestConvertPages(app, deps)
}
