// The public site: read-only pages generated from the other modules' data.
import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../access/index.js'
import { registerPublicPages } from './public.pages.js'

export { countedNoun, teamParagraphs } from './regions/team-sentence.js'

/** Registers /fr, /en and the regional pages. */
export async function publicSitePlugin(app: FastifyInstance, deps: ModuleDeps): Promise<void> {
  registerPublicPages(app, deps)
}
