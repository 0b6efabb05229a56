import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../access/index.js'
import { registerInfoPages } from './info/info.pages.js'
import { registerOpenDataPages } from './opendata/opendata.pages.js'
import { registerRegionPages } from './regions/region.pages.js'
import { registerEmployerFormPages } from './requests/employer-form.pages.js'
import { registerRequestFormPages } from './requests/request-form.pages.js'

/** The public site: /fr and /en, each region's page, the contact page, the accessibility statement and privacy policy. */
export async function publicSitePlugin(app: FastifyInstance, deps: ModuleDeps): Promise<void> {
  registerRegionPages(app, deps)
  registerInfoPages(app, deps)
  registerRequestFormPages(app, deps)
  registerEmployerFormPages(app, deps)
  registerOpenDataPages(app, deps)
}
