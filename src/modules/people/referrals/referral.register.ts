import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerInboxPage } from './referral-inbox.pages.js'
import { registerPortraitPages } from './referral-portrait.pages.js'
import { registerStaffReferralActionPages } from './referral-staff-actions.pages.js'
import { registerStaffReferralPages } from './referral-staff.pages.js'
import { registerReferralRoutes } from './referral.routes.js'

/** This feature's API routes and pages: the dossier's referrals (staff) and the partner organization's inbox. */
export function registerReferrals(app: FastifyInstance, deps: ModuleDeps): void {
  registerReferralRoutes(app, deps)
  registerStaffReferralPages(app, deps)
  registerStaffReferralActionPages(app, deps)
  registerInboxPage(app, deps)
  registerPortraitPages(app, deps)
}
