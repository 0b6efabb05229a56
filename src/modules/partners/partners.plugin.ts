import type { FastifyInstance } from 'fastify'
import type { HomeSection, Job, ModuleDeps, NavEntry } from '../access/index.js'
import { registerAgreements } from './agreements/agreement.register.js'
import type { AgreementSection } from './agreements/agreement-sections.js'
import { actionNav, registerActions } from './actions/action.register.js'
import { registerOrganizations } from './organizations/organization.register.js'
import { obligationsHomeSection } from './obligations/obligations.home.js'
import { registerObligations } from './obligations/obligations.register.js'
import { obligationsSection } from './obligations/obligations.section.js'
import { remindersJob } from './obligations/reminders.job.js'
import { registerPrograms } from './programs/program.register.js'
import { registerReports } from './reporting/report.register.js'
import { reportsSection } from './reporting/report-section.js'
import { PARTNER_IMPORT_PAGE, registerPartnerImportPage } from './partner-imports.pages.js'

/** The staff-app navigation contributed by the partners module (each feature adds its entries). */
export const partnersNav: NavEntry[] = [
  { href: '/app/organismes', label: { fr: 'Organismes', en: 'Organizations' }, permission: 'partners.read' },
  { href: '/app/ententes', label: { fr: 'Ententes', en: 'Agreements' }, permission: 'partners.read' },
  { href: '/app/ententes/echeances', label: { fr: 'Échéances', en: 'Due dates' }, permission: 'partners.read' },
  {
    href: '/app/admin/programmes',
    label: { fr: 'Programmes', en: 'Programs' },
    permission: 'partners.catalogue',
  },
  {
    href: '/app/rapports-partenaires',
    label: { fr: 'Rapports reçus', en: 'Reports received' },
    permission: 'partners.read',
  },
  ...actionNav,
  {
    href: PARTNER_IMPORT_PAGE,
    label: { fr: 'Importer (partenaires)', en: 'Import (partners)' },
    permission: 'partners.manage',
  },
]

/** The partners module's sections of the staff home (the director's reminders). */
export const partnersHomeSections: HomeSection[] = [obligationsHomeSection]

/** The partners module's background jobs (reminders, whose mails link to the public address). */
export function partnersJobs(settings: { publicUrl: string | undefined }): Job[] {
  return [remindersJob(settings.publicUrl)]
}

/** What the composition root hands in: sections of the agreement page from higher modules (people's referral time). */
export type PartnersOptions = { agreementSections?: readonly AgreementSection[] }

/** Partners and funding: pages and API routes, one register function per feature. */
export async function partnersPlugin(
  app: FastifyInstance,
  deps: ModuleDeps,
  options: PartnersOptions = {},
): Promise<void> {
  registerOrganizations(app, deps)
  registerPrograms(app, deps)
  // The agreement page's sections, in order: this module's (instalments and deliverables, reports), then those handed in.
  registerAgreements(app, deps, [obligationsSection, reportsSection, ...(options.agreementSections ?? [])])
  registerObligations(app, deps)
  registerActions(app, deps)
  await registerReports(app, deps)
  await registerPartnerImportPage(app, deps)
}
