import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerReferralRoutes } from './referral.routes.js'

/** This feature's API routes and pages. */
export function registerReferrals(app: FastifyInstance, deps: ModuleDeps): void {
  registerReferralRoutes(app, deps)
}
