import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { type ModuleDeps, systemCtx } from '../../access/index.js'
import { listPublicOrganizations } from '../../partners/index.js'
import { civilDate, findRegionProfile, listAllRegions } from '../../territory/index.js'
import { notFound } from '../../../platform/errors.js'
import { sendPage } from '../../../platform/views/render.js'
import { RegionPage, RegionsIndex } from './region-page.js'

// A slug names a region or nothing: anything else answers 404 before a query runs.
const regionParams = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/) })

/** Public pages: the list of regions and each region's page, generated from the database, in French and English. */
export function registerRegionPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  // The regions are public reference data: the public site reads them as the system, no one being signed in.
  const regionsOf = () => listAllRegions(systemCtx(deps, 'public site'))
  for (const lang of ['fr', 'en'] as const) {
    app.get(`/${lang}`, async (_request, reply) =>
      sendPage(reply, <RegionsIndex lang={lang} regions={await regionsOf()} />),
    )

    app.get(`/${lang}/regions/:slug`, { schema: { hide: true, params: regionParams } }, async (request, reply) => {
      const profile = await findRegionProfile(deps.db, request.params.slug, civilDate(deps.now()))
      if (!profile) throw notFound('region')
      const [orgs, regions] = await Promise.all([listPublicOrganizations(deps.db, profile.region.code), regionsOf()])
      return sendPage(reply, <RegionPage lang={lang} profile={profile} orgs={orgs} regions={regions} />)
    })
  }
}
