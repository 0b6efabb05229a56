// Which record a route's parameters name, and which records an identity's scope reaches (DESIGN.md: another region's
// records, or a record outside a service point's or an organization's reach, answer 404).
import type { ScopeKind } from '../../src/modules/access/index.js'
import type { Placement, RecordSet, Resource } from './world.js'

/** The resource of a route's `:id`, by the URL's prefix (the first that matches). */
const idResources: [string, Resource][] = [
  ['/api/v1/service-points/', 'servicePoint'],
  ['/app/admin/points-de-service/', 'servicePoint'],
  ['/api/v1/staff/', 'staff'],
  ['/app/admin/personnel/', 'staff'],
  ['/api/v1/organizations/', 'organization'],
  ['/app/organismes/', 'organization'],
  ['/api/v1/agreements/', 'agreement'],
  ['/app/ententes/', 'agreement'],
  ['/partenaires/ententes/', 'agreement'],
  ['/api/v1/actions/', 'action'],
  ['/app/actions/', 'action'],
  ['/api/v1/persons/', 'person'],
  ['/app/personnes/', 'person'],
  ['/api/v1/dossiers/', 'dossier'],
  ['/app/dossiers/', 'dossier'],
  ['/api/v1/interventions/', 'intervention'],
  ['/api/v1/referrals/', 'referral'],
  ['/partenaires/references/', 'referral'],
  ['/api/v1/requests/', 'request'],
  ['/app/demandes/', 'request'],
  ['/api/v1/enterprises/', 'enterprise'],
  ['/app/entreprises/', 'enterprise'],
  ['/api/v1/advisor-services/', 'advisorService'],
  ['/app/services-entreprises/', 'advisorService'],
  ['/api/v1/labour-needs/', 'labourNeed'],
  ['/app/besoins-main-oeuvre/', 'labourNeed'],
  ['/api/v1/candidate-profiles/', 'candidate'],
  ['/app/candidats/', 'candidate'],
  ['/api/v1/proposals/', 'proposal'],
  ['/app/propositions/', 'proposal'],
  ['/api/v1/placements/', 'placement'],
]

/** The resource of other named parameters (a sub-record of the route's record). */
const paramResources: Record<string, Resource> = {
  instalmentId: 'instalment',
  deliverableId: 'deliverable',
  referralId: 'referral',
  consentId: 'consent',
}

/**
 * Parameters that name no database record but a known name: a Bilan figure, a dashboard chart's file (a chart of
 * partners.read, which every staff role holds: a chart of another permission answers 404 to those without it).
 */
const namedParams: Record<string, string> = { figure: 'team', file: 'ententes-par-programme.csv' }

/** An id that names no record: what a parameter gets when the matrix builds no record of its kind. */
export const NO_RECORD = '00000000-0000-4000-8000-000000000000'

/** The resource a route's `:id` names, or undefined (no `:id`, or a record the matrix does not build). */
export function recordOf(url: string): Resource | undefined {
  if (!url.includes('/:id')) return undefined
  return idResources.find(([prefix]) => url.startsWith(prefix))?.[1]
}

/** Whether a parameter of the URL names no built record (the route then answers 404 even when authorized). */
export function hasUnbuiltParam(url: string): boolean {
  const resource = recordOf(url)
  const built = (name: string) => (name === 'id' ? resource : paramResources[name]) ?? namedParams[name]
  return [...url.matchAll(/:(\w+)/g)].some(([, name]) => !built(name!))
}

/** The URL with its parameters filled from a record set (a parameter of no built kind names no record). */
export function fillUrl(url: string, records: RecordSet | undefined): string {
  const resource = recordOf(url)
  return url.replace(/\/\*$/, '/inexistant.css').replace(/:(\w+)/g, (_, name: string) => {
    const kind = name === 'id' ? resource : paramResources[name]
    if (kind && records) return records[kind]
    if (namedParams[name]) return namedParams[name]
    return name === 'code' ? 'inexistant' : NO_RECORD
  })
}

// Records a service point's staff reach only at their own service point: a person's file and what hangs from it.
const servicePointBound: ReadonlySet<Resource> = new Set(['person', 'dossier', 'intervention', 'consent', 'referral'])

// What a partner organization reaches: only what is addressed to it (a referral, its agreements) and itself.
const organizationReach: ReadonlySet<Resource> = new Set(['referral', 'agreement', 'organization'])

/**
 * Whether an identity of this scope kind (granted on the home region, its directorate, its service point or its
 * organization) reaches a record of this placement.
 */
export function reaches(scope: ScopeKind, resource: Resource, placement: Placement): boolean {
  if (scope === 'all') return true
  if (scope === 'organization') return placement === 'home' && organizationReach.has(resource)
  if (placement === 'otherRegion') return false
  if (placement === 'home' || scope !== 'service_point') return true
  return !servicePointBound.has(resource)
}
