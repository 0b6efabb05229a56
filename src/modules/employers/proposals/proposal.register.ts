import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerMobilityPage } from './mobility.pages.js'
import { registerPlacementListPage } from './placement-list.pages.js'
import { registerProposalDetailsPages } from './proposal-details.pages.js'
import { registerProposalListPage } from './proposal-list.pages.js'
import { registerProposePage } from './proposal-propose.pages.js'
import { registerProposalRoutes } from './proposal.routes.js'

/** This feature's API routes and pages: proposals, the enterprise's answers, hires and the mobility view. */
export function registerProposals(app: FastifyInstance, deps: ModuleDeps): void {
  registerProposalRoutes(app, deps)
  registerProposalListPage(app, deps)
  registerProposalDetailsPages(app, deps)
  registerProposePage(app, deps)
  registerPlacementListPage(app, deps)
  registerMobilityPage(app, deps)
}
