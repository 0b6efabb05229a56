import type { FastifyInstance } from 'fastify'
import type { ModuleDeps, NavEntry } from '../../access/index.js'
import { registerAdvisorServiceFormPages, SERVICES } from './advisor-service-form.pages.js'
import { registerAdvisorServiceListPage } from './advisor-service-list.pages.js'
import { serviceText } from './advisor-service.messages.js'
import { registerAdvisorServiceRoutes } from './advisor-service.routes.js'

/** The staff navigation to the list of services given to enterprises (employers.read). */
export const advisorServiceNav: NavEntry[] = [{ href: SERVICES, label: serviceText.nav, permission: 'employers.read' }]

/** This feature's API routes and pages. */
export function registerAdvisorServices(app: FastifyInstance, deps: ModuleDeps): void {
  registerAdvisorServiceRoutes(app, deps)
  registerAdvisorServiceListPage(app, deps)
  registerAdvisorServiceFormPages(app, deps)
}
