// What some probes carry besides their URL, so that an authorized request reaches the record it is about: the parent a
// "new" form names in its query or body (tried, like an `:id`, in each placement), the fields a form needs to name
// what it changes, and the records a destructive route removes (built afresh for each identity, so that one identity's
// removal does not turn the next identity's answer into a 404).
import type { Resource } from './world.js'

export type ProbeExtra = {
  /** The record the route names outside its path: `?query=<id>` on a GET, `field=<id>` in a form. */
  parent?: { resource: Resource; query?: string; field?: string }
  /** A fixed query string (without `?`) or form fields the route needs to know what it is about. */
  query?: string
  form?: Record<string, string>
  /** An API write's body for the identities the policy refuses (instead of one generated from its schema). */
  body?: Record<string, unknown>
  /** The route removes or ends its record: each identity acts on one built just before its request. */
  fresh?: Resource
}

const targetsOf = { region: '11', annee: '2025' }

/** By `METHOD /pattern`, as in spec.ts. */
export const probeExtras: ReadonlyMap<string, ProbeExtra> = new Map<string, ProbeExtra>([
  ['GET /app/besoins-main-oeuvre/nouveau', { parent: { resource: 'enterprise', query: 'entreprise' } }],
  ['POST /app/besoins-main-oeuvre/nouveau', { parent: { resource: 'enterprise', field: 'enterpriseId' } }],
  ['GET /app/candidats/nouveau', { parent: { resource: 'person', query: 'personne' } }],
  ['POST /app/candidats/nouveau', { parent: { resource: 'person', field: 'personId' } }],
  ['GET /app/dossiers/nouveau', { parent: { resource: 'person', query: 'person' } }],
  ['POST /app/dossiers/nouveau', { parent: { resource: 'person', field: 'personId' } }],
  ['GET /app/cibles/modifier', { query: new URLSearchParams(targetsOf).toString() }],
  ['POST /app/cibles/modifier', { form: targetsOf }],
  ['DELETE /api/v1/actions/:id', { fresh: 'action' }],
  ['GET /app/actions/:id/supprimer', { fresh: 'action' }],
  ['POST /app/actions/:id/supprimer', { fresh: 'action' }],
  ['POST /app/ententes/:id/livrables/:deliverableId/retirer', { fresh: 'deliverable' }],
])
