import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { type Ctx, type ModuleDeps, systemCtx } from '../../access/index.js'
import { listPublicOrganizations } from '../../partners/index.js'
import { civilDate, findRegionProfile, listAllRegions, listServicePoints } from '../../territory/index.js'
import { AppError, type Localized, notFound } from '../../../platform/errors.js'
import { sendPage } from '../../../platform/views/render.js'
import { RegionPage } from './region-page.js'
import { matchRegions, regionSearchQuery } from './region-search.js'
import type { PointCounts } from './region-tiles.js'
import { RegionsIndex } from './regions-index.js'

// A slug names a region or nothing: anything else answers 404 before a query runs.
const regionParams = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/) })

const invalidSearch: Localized = { fr: 'Cette recherche n’est pas valide.', en: 'This search is not valid.' }

/** The message for the search bar when the query string does not validate (too long, `q` given twice…). */
function searchError(error: Error): Localized {
  return (error instanceof AppError ? error.fields?.q : undefined) ?? invalidSearch
}

/** The search as typed, to show it again with its error (nothing when `q` is not one string). */
function typedSearch(query: unknown): string {
  const parsed = z.object({ q: z.string() }).safeParse(query)
  return parsed.success ? parsed.data.q : ''
}

/** Service points in force today, counted by region (one query for the whole list of regions). */
async function countServicePoints(ctx: Ctx): Promise<PointCounts> {
  const counts = new Map<string, number>()
  for (const sp of await listServicePoints(ctx, { active: true })) {
    counts.set(sp.regionCode, (counts.get(sp.regionCode) ?? 0) + 1)
  }
  return counts
}

/** Public pages: the regions (with a search by name) and each region's page, from the database, in French and English. */
export function registerRegionPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  // The regions are public reference data: the public site reads them as the system, no one being signed in.
  const publicCtx = () => systemCtx(deps, 'public site')
  const regionsAndPoints = () => Promise.all([listAllRegions(publicCtx()), countServicePoints(publicCtx())])
  const search = { schema: { hide: true, querystring: regionSearchQuery }, attachValidation: true }
  for (const lang of ['fr', 'en'] as const) {
    app.get(`/${lang}`, search, async (request, reply) => {
      const [regions, points] = await regionsAndPoints()
      if (request.validationError) {
        const error = searchError(request.validationError)[lang]
        const q = typedSearch(request.query)
        return sendPage(
          reply,
          <RegionsIndex site={deps.site} lang={lang} regions={regions} points={points} q={q} error={error} />,
          400,
        )
      }
      const q = request.query.q ?? ''
      const found = matchRegions(regions, q, lang)
      return sendPage(reply, <RegionsIndex site={deps.site} lang={lang} regions={found} points={points} q={q} />)
    })

    app.get(`/${lang}/regions/:slug`, { schema: { hide: true, params: regionParams } }, async (request, reply) => {
      const profile = await findRegionProfile(deps.db, request.params.slug, civilDate(deps.now()))
      if (!profile) throw notFound('region')
      const [orgs, [regions, points]] = await Promise.all([
        listPublicOrganizations(deps.db, profile.region.code),
        regionsAndPoints(),
      ])
      const page = (
        <RegionPage site={deps.site} lang={lang} profile={profile} orgs={orgs} regions={regions} points={points} />
      )
      return sendPage(reply, page)
    })
  }
}
