import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../access/index.js'
import { registerPortalPages } from './organizations/portal.pages.js'

/** The partner portal's pages (referrals and agreement reports come with their own issues). */
export async function partnersPlugin(app: FastifyInstance, deps: ModuleDeps): Promise<void> {
  registerPortalPages(app, deps)
}
