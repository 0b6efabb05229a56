import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerTargetFormPages } from './target-form.pages.js'
import { registerTargetListPage } from './target-list.pages.js'
import { registerTargetRoutes } from './target.routes.js'

/** The action plan's targets: the progress page, the form that sets them, and their JSON API. */
export function registerTargets(app: FastifyInstance, deps: ModuleDeps): void {
  registerTargetListPage(app, deps)
  registerTargetFormPages(app, deps)
  registerTargetRoutes(app, deps)
}
