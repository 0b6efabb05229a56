import type { FastifyInstance } from 'fastify'
import type { HomeSection, ModuleDeps, NavEntry } from '../access/index.js'
import { registerConsents } from './consents/consent.register.js'
import { registerDossiers } from './dossiers/dossier.register.js'
import { registerImportPages } from './imports/import.pages.js'
import { registerInterventions } from './interventions/intervention.register.js'
import { registerNeeds } from './needs/need.register.js'
import type { PersonSection } from './persons/person-sections.js'
import { registerPersons } from './persons/person.register.js'
import { registerPlans } from './plans/plan.register.js'
import { registerPrivacy } from './privacy/privacy.register.js'
import { registerReferrals } from './referrals/referral.register.js'
import { registerRequests } from './requests/request.register.js'
import { workHomeSection } from './work/work.home.js'
import { registerWork } from './work/work.register.js'

/** The staff-app navigation contributed by the people module (Accompagnement Québec). */
export const peopleNav: NavEntry[] = [
  { href: '/app/mon-travail', label: { fr: 'Mon travail', en: 'My work' }, permission: 'people.read' },
  { href: '/app/personnes', label: { fr: 'Personnes', en: 'Persons' }, permission: 'people.read' },
  { href: '/app/dossiers', label: { fr: 'Dossiers', en: 'Dossiers' }, permission: 'people.read' },
  { href: '/app/demandes', label: { fr: 'Demandes', en: 'Requests' }, permission: 'requests.triage' },
  { href: '/app/admin/import', label: { fr: 'Importer', en: 'Import' }, permission: 'people.import' },
  {
    href: '/app/admin/besoins',
    label: { fr: 'Catalogue des besoins', en: 'Needs catalogue' },
    permission: 'people.catalogue',
  },
]

/** The people module's sections of the staff home: the counts of the caller's work queue. */
export const peopleHomeSections: HomeSection[] = [workHomeSection]

/** What the composition root hands in: sections of the person's page from higher modules (employers' candidate profile). */
export type PeopleOptions = { personSections?: readonly PersonSection[] }

/** Accompagnement Québec: pages and API routes, one register function per feature. */
export async function peoplePlugin(app: FastifyInstance, deps: ModuleDeps, options: PeopleOptions = {}): Promise<void> {
  registerPersons(app, deps, options.personSections)
  registerDossiers(app, deps)
  registerNeeds(app, deps)
  registerPlans(app, deps)
  registerInterventions(app, deps)
  registerConsents(app, deps)
  registerReferrals(app, deps)
  registerRequests(app, deps)
  registerWork(app, deps)
  registerPrivacy(app, deps)
  await registerImportPages(app, deps)
}
