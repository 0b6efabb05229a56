import { type Actor, can, type Scope } from '../../access/index.js'

// Pure rules: who may do what with enterprises. The service asks; pages ask too, to show only what works.

/** Advisors, directors and admins read the enterprises of their scope. */
export function canReadEnterprises(actor: Actor): boolean {
  return can(actor, 'employers.read')
}

/** Advisors and admins record and change enterprises (and their contacts) of their scope's regions. */
export function canWriteEnterprises(actor: Actor, scope: Scope, regionCode?: string): boolean {
  return can(actor, 'employers.write') && (regionCode === undefined || scope.coversRegion(regionCode))
}
