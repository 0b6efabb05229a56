import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerCandidateDetailsPage } from './candidate-details.pages.js'
import { registerCandidateFormPages } from './candidate-form.pages.js'
import { registerCandidateListPage } from './candidate-list.pages.js'
import { registerCandidateRoutes } from './candidate.routes.js'

/** This feature's API routes and pages: candidate profiles (list, new from a person's file, details, edit, close). */
export function registerCandidates(app: FastifyInstance, deps: ModuleDeps): void {
  registerCandidateRoutes(app, deps)
  registerCandidateListPage(app, deps)
  registerCandidateFormPages(app, deps)
  registerCandidateDetailsPage(app, deps)
}
