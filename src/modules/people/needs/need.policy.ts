import { type Actor, can } from '../../access/index.js'

// Pure rules: who may do what with needs. The dossier's location is checked by access.ts (read / work a dossier).

/** Staff who read dossiers read their needs and plans (agents, directors, admins). */
export function canReadNeeds(actor: Actor): boolean {
  return can(actor, 'people.read')
}

/** Staff who work dossiers assess needs and keep the plan (agents, admins). */
export function canWriteNeeds(actor: Actor): boolean {
  return can(actor, 'people.write')
}

/** Administrators manage the needs catalogue (the same for every region). */
export function canManageNeedCatalogue(actor: Actor): boolean {
  return can(actor, 'people.catalogue')
}
