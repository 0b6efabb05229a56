import { forbidden } from '../../platform/errors.js'
import type { Actor, Role } from './actor.js'

/** Every permission the application checks; deny by default: a role has only what is listed here. */
export type Permission =
  | 'app.use'
  | 'territory.read'
  | 'territory.manage'
  | 'staff.manage'
  | 'users.manage'
  | 'tokens.manage'
  | 'audit.read'
  | 'partners.read'
  | 'partners.manage'
  | 'partners.catalogue'
  | 'portal.use'
  | 'people.read'
  | 'people.write'
  | 'people.import'
  | 'people.privacy'
  | 'people.catalogue'
  | 'requests.triage'
  | 'referrals.respond'
  | 'employers.read'
  | 'employers.write'
  | 'employers.import'
  | 'candidates.read'
  | 'candidates.write'
  | 'reports.read'
  | 'reports.publish'

// Every staff member sees the dashboards and the Bilan of their scope; drilling down to records needs the records' own
// permission (people.read for persons, employers.read for enterprises).
const staffBase: Permission[] = ['app.use', 'territory.read', 'partners.read', 'reports.read']

const grants: Record<Role, ReadonlySet<Permission>> = {
  // Integration agents (AAI) work the dossiers of their scope.
  agent: new Set([
    ...staffBase,
    'people.read',
    'people.write',
    'requests.triage',
    'candidates.read',
    'candidates.write',
  ]),
  // Regional immigration advisors (CIR) serve enterprises: their labour needs, candidates, proposals and hires.
  advisor: new Set([...staffBase, 'employers.read', 'employers.write', 'candidates.read', 'candidates.write']),
  director: new Set([
    ...staffBase,
    'staff.manage',
    'partners.manage',
    'audit.read',
    'people.read',
    'requests.triage',
    'people.privacy',
    'employers.read',
    'candidates.read',
    // Directors write the Bilan's narrative, publish it and set the action plan's targets.
    'reports.publish',
  ]),
  admin: new Set([
    ...staffBase,
    'territory.manage',
    'staff.manage',
    'users.manage',
    'tokens.manage',
    'audit.read',
    'partners.manage',
    'partners.catalogue',
    'people.read',
    'people.write',
    'people.import',
    'people.privacy',
    'people.catalogue',
    'requests.triage',
    'employers.read',
    'employers.write',
    'employers.import',
    'candidates.read',
    'candidates.write',
    'reports.publish',
  ]),
  // Partner organizations use the partner portal, not the staff app.
  partner: new Set<Permission>(['portal.use', 'referrals.respond']),
}

/** Whether the actor holds a permission; the system actor holds all. */
export function can(actor: Actor, permission: Permission): boolean {
  if (actor.kind === 'system') return true
  return grants[actor.role].has(permission)
}

/** Throws a `forbidden` AppError unless the actor holds the permission. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden()
}

/** Throws a `forbidden` AppError unless a policy answered yes. */
export function forbiddenUnless(allowed: boolean): void {
  if (!allowed) throw forbidden()
}
