import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { type ModuleDeps, systemCtx } from '../../access/index.js'
import { listPublicOrganizations } from '../../partners/index.js'
import { listPublishedBilans } from '../../reports/index.js'
import {
  civilDate,
  countActiveServicePointsByRegion,
  findRegionProfile,
  listAllRegions,
} from '../../territory/index.js'
import { notFound } from '../../../platform/errors.js'
import { filterErrors, filterRoute, typedValues } from '../../../platform/http/forms.js'
import { sendPage } from '../../../platform/views/render.js'
import { registerBilanPages } from '../bilans/bilan.pages.js'
import { RegionPage } from './region-page.js'
import { regionHref } from './region-paths.js'
import { matchRegions, regionSearchQuery } from './region-search.js'
import { RegionsIndex } from './regions-index.js'

// A slug names a region or nothing: anything else answers 404 before a query runs.
const regionParams = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/) })

/** Public pages: the regions (with a search by name) and each region's page, from the database, in French and English. */
export function registerRegionPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  // The regions are public reference data: the public site reads them as the system, no one being signed in.
  const publicCtx = () => systemCtx(deps, 'public site')
  // Every region and, in one grouped count, its service points in force today: the tiles of the home and region pages.
  const regionsAndPoints = () =>
    Promise.all([listAllRegions(publicCtx()), countActiveServicePointsByRegion(deps.db, civilDate(deps.now()))])
  for (const lang of ['fr', 'en'] as const) {
    app.get(`/${lang}`, filterRoute(regionSearchQuery), async (request, reply) => {
      const [regions, points] = await regionsAndPoints()
      const props = { site: deps.site, lang, points }
      const errors = filterErrors(request)
      if (errors) {
        const error = (errors.q ?? Object.values(errors)[0])?.[lang]
        const q = typedValues(request.query).q ?? ''
        return sendPage(reply, <RegionsIndex {...props} regions={regions} q={q} error={error} />, 400)
      }
      const q = request.query.q ?? ''
      return sendPage(reply, <RegionsIndex {...props} regions={matchRegions(regions, q, lang)} q={q} />)
    })

    app.get(regionHref(lang, ':slug'), { schema: { hide: true, params: regionParams } }, async (request, reply) => {
      const profile = await findRegionProfile(deps.db, request.params.slug, civilDate(deps.now()))
      if (!profile) throw notFound('region')
      const [orgs, [regions, points], bilans] = await Promise.all([
        listPublicOrganizations(deps.db, profile.region.code),
        regionsAndPoints(),
        listPublishedBilans(deps.db, profile.region.code),
      ])
      const page = <RegionPage {...{ site: deps.site, lang, profile, orgs, regions, points, bilans }} />
      return sendPage(reply, page)
    })
  }
  registerBilanPages(root, deps)
}
