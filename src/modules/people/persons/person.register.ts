import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerPersonDetailsPage } from './person-details.pages.js'
import type { PersonSection } from './person-sections.js'
import { registerPersonFormPages } from './person-form.pages.js'
import { registerPersonListPage } from './person-list.pages.js'
import { registerPersonRoutes } from './person.routes.js'

/** This feature's API routes and pages; the person's page draws the sections handed in by higher modules. */
export function registerPersons(app: FastifyInstance, deps: ModuleDeps, sections: readonly PersonSection[] = []): void {
  registerPersonRoutes(app, deps)
  registerPersonListPage(app, deps)
  registerPersonFormPages(app, deps)
  registerPersonDetailsPage(app, deps, sections)
}
