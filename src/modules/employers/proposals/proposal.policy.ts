import { type Actor, can, type Scope } from '../../access/index.js'

// Pure rules: who may do what with proposals and hires. The services ask; pages ask too, to offer only what works.

/** Advisors, directors and admins read proposals and hires of their regions. */
export function canReadProposals(actor: Actor): boolean {
  return can(actor, 'employers.read')
}

/** Advisors and admins propose candidates and record the enterprise's answers, for needs of their regions. */
export function canWriteProposals(actor: Actor, scope: Scope, regionCode?: string): boolean {
  return can(actor, 'employers.write') && (regionCode === undefined || scope.coversRegion(regionCode))
}
