import type { FastifyInstance } from 'fastify'
import type { HomeSection, ModuleDeps, NavEntry } from '../access/index.js'
import { registerCandidates } from './candidates/candidate.register.js'
import { registerEnterprises } from './enterprises/enterprise.register.js'
import { needsSection } from './needs/labour-need-details.pages.js'
import { hiresSection } from './proposals/hires.section.js'
import { servicesSection } from './services/advisor-service.section.js'
import { registerEmployerImports } from './imports/employer-import.register.js'
import { registerMatching } from './matching/matching.register.js'
import { registerLabourNeeds } from './needs/labour-need.register.js'
import { registerOccupations } from './occupations/occupation.register.js'
import { registerProposals } from './proposals/proposal.register.js'
import { registerEmployerRequests } from './requests/employer-request.register.js'
import { advisorServiceNav, registerAdvisorServices } from './services/advisor-service.register.js'
import { employerWorkHomeSection } from './work/work.home.js'
import { registerWork } from './work/work.register.js'

/** The staff-app navigation contributed by the employers module (regional immigration advisors' work). */
export const employersNav: NavEntry[] = [
  {
    href: '/app/entreprises/mon-travail',
    label: { fr: 'Mon travail (entreprises)', en: 'My work (employers)' },
    permission: 'employers.read',
  },
  { href: '/app/entreprises', label: { fr: 'Entreprises', en: 'Enterprises' }, permission: 'employers.read' },
  ...advisorServiceNav,
  {
    href: '/app/besoins-main-oeuvre',
    label: { fr: 'Besoins de main-d’œuvre', en: 'Labour needs' },
    permission: 'employers.read',
  },
  { href: '/app/candidats', label: { fr: 'Candidats', en: 'Candidates' }, permission: 'candidates.read' },
  { href: '/app/propositions', label: { fr: 'Propositions', en: 'Proposals' }, permission: 'employers.read' },
  { href: '/app/embauches', label: { fr: 'Embauches', en: 'Hires' }, permission: 'employers.read' },
  {
    href: '/app/demandes-entreprises',
    label: { fr: 'Demandes d’entreprises', en: 'Employer requests' },
    permission: 'employers.write',
  },
  {
    href: '/app/admin/import-entreprises',
    label: { fr: 'Importer (entreprises)', en: 'Import (employers)' },
    permission: 'employers.import',
  },
]

/** The employers module's sections of the staff home (the advisor's work queue); `work/` fills it. */
export const employersHomeSections: HomeSection[] = [employerWorkHomeSection]

/** Employer services: pages and API routes, one register function per feature. */
export async function employersPlugin(app: FastifyInstance, deps: ModuleDeps): Promise<void> {
  registerOccupations(app, deps)
  // The enterprise page's sections after its contacts, in order: services timeline, labour needs, hires.
  registerEnterprises(app, deps, [servicesSection, needsSection, hiresSection])
  registerAdvisorServices(app, deps)
  registerLabourNeeds(app, deps)
  registerCandidates(app, deps)
  registerMatching(app, deps)
  registerProposals(app, deps)
  registerEmployerRequests(app, deps)
  registerWork(app, deps)
  await registerEmployerImports(app, deps)
}
