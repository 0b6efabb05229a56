import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { ModuleDeps } from '../../access/index.js'
import { findPublishedBilan, findPublishedBilanFile } from '../../reports/index.js'
import { findRegionBySlug } from '../../territory/index.js'
import { notFound } from '../../../platform/errors.js'
import { sendPage } from '../../../platform/views/render.js'
import { regionHref } from '../regions/region-paths.js'
import { BilanPublicPage } from './bilan-page.js'

const params = z.object({ slug: z.string(), file: z.string() })
// `<id>` is the Bilan's page, `<id>.pdf` and `<id>.docx` its stored documents; anything else is no Bilan.
const filePattern = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\.(pdf|docx))?$/i

const contentTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const

/** The region and the published Bilan a path names, or not_found. */
async function bilanOf(deps: ModuleDeps, slug: string, file: string) {
  const match = filePattern.exec(file)
  const region = match && /^[a-z0-9-]{1,80}$/.test(slug) ? await findRegionBySlug(deps.db, slug) : undefined
  const found = region && match ? await findPublishedBilan(deps.db, region.code, match[1]!.toLowerCase()) : undefined
  if (!region || !match || !found) throw notFound('bilan_publication')
  return { region, ...found, ext: match[2]?.toLowerCase() as 'pdf' | 'docx' | undefined }
}

/** Each published Bilan's public page and its PDF and DOCX, exactly as published, in French and English. */
export function registerBilanPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  for (const lang of ['fr', 'en'] as const) {
    app.get(`${regionHref(lang, ':slug')}/bilans/:file`, { schema: { hide: true, params } }, async (request, reply) => {
      const { region, bilan, versions, ext } = await bilanOf(deps, request.params.slug, request.params.file)
      if (!ext) return sendPage(reply, <BilanPublicPage {...{ site: deps.site, lang, region, bilan, versions }} />)
      const content = await findPublishedBilanFile(deps.db, region.code, bilan.id, { lang, format: ext })
      if (!content) throw notFound('bilan_publication')
      const name = `bilan-${region.slug}-${bilan.period.from}-${bilan.period.to}-v${bilan.version}-${lang}.${ext}`
      reply.header('content-disposition', `attachment; filename="${name}"`)
      return reply.type(contentTypes[ext]).send(content)
    })
  }
}
