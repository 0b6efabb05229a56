import type { FastifyInstance } from 'fastify'
import type { ModuleDeps, NavEntry } from '../access/index.js'
import { registerHomePage } from './home.pages.js'
import { registerRegionRoutes } from './regions/region.routes.js'
import { registerServicePointFormPages } from './service-points/service-point-form.pages.js'
import { registerServicePointListPage } from './service-points/service-point-list.pages.js'
import { registerServicePointRoutes } from './service-points/service-point.routes.js'
import { registerStaffAccountPages } from './staff/staff-account.pages.js'
import { registerStaffPages } from './staff/staff.pages.js'
import { registerStaffRoutes } from './staff/staff.routes.js'

/** The staff-app navigation contributed by the territory module. */
export const territoryNav: NavEntry[] = [
  { href: '/app', label: { fr: 'Accueil', en: 'Home' }, permission: 'app.use' },
  {
    href: '/app/admin/points-de-service',
    label: { fr: 'Points de services', en: 'Service points' },
    permission: 'territory.read',
  },
  { href: '/app/admin/personnel', label: { fr: 'Personnel', en: 'Staff' }, permission: 'territory.read' },
]

/** Territory pages and API routes, one pair of files per feature. */
export async function territoryPlugin(app: FastifyInstance, deps: ModuleDeps): Promise<void> {
  registerHomePage(app, deps)
  registerRegionRoutes(app, deps)
  registerServicePointListPage(app, deps)
  registerServicePointFormPages(app, deps)
  registerServicePointRoutes(app, deps)
  registerStaffPages(app, deps)
  registerStaffAccountPages(app, deps)
  registerStaffRoutes(app, deps)
}
