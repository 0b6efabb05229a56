import { type Actor, can, type Scope } from '../../access/index.js'

// Pure rules: who may do what with persons. Which persons a caller reaches is `readablePersonSql` (../access.ts).

/** Agents, directors and admins read the persons of their scope. */
export function canReadPersons(actor: Actor): boolean {
  return can(actor, 'people.read')
}

/** Agents and admins record persons, settled in a region of their scope (a service point's agent: its region). */
export function canWritePersons(actor: Actor, scope: Scope, regionCode?: string): boolean {
  return can(actor, 'people.write') && (regionCode === undefined || scope.coversRegion(regionCode))
}
