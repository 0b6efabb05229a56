import { type Actor, can } from '../../access/index.js'
import type { dossierStatuses } from './dossier.schema.js'

// Pure rules of the dossier: who may read and work dossiers, and the lifecycle of the Parcours
// (ouvert → évaluation → plan actif → suivi → fermé; a closed dossier is reopened, back to ouvert).

export type DossierStatus = (typeof dossierStatuses)[number]

/** Where each status may go. One step forward, one step back where the work goes back (a new assessment, a revised
 * plan), and closing from any open status; a closed dossier only reopens. */
export const dossierTransitions: Readonly<Record<DossierStatus, readonly DossierStatus[]>> = {
  open: ['assessment', 'closed'],
  assessment: ['active_plan', 'open', 'closed'],
  active_plan: ['follow_up', 'assessment', 'closed'],
  follow_up: ['active_plan', 'closed'],
  closed: ['open'],
}

/** The kind of change a transition is: closing and reopening have their own action (and closing needs a reason). */
export type TransitionKind = 'status' | 'close' | 'reopen'

/** The kind of a transition, or undefined when the table does not allow it. */
export function transitionKind(from: DossierStatus, to: DossierStatus): TransitionKind | undefined {
  if (!dossierTransitions[from].includes(to)) return undefined
  if (to === 'closed') return 'close'
  if (from === 'closed') return 'reopen'
  return 'status'
}

/** Why a transition is refused, or undefined when it is allowed: closing needs a closure reason. */
export function transitionRefusal(
  from: DossierStatus,
  to: DossierStatus,
  closureReason?: string,
): 'not_allowed' | 'reason_required' | undefined {
  const kind = transitionKind(from, to)
  if (kind === undefined) return 'not_allowed'
  if (kind === 'close' && !closureReason) return 'reason_required'
  return undefined
}

/** The statuses the "change status" action offers from a status (closing and reopening are separate actions). */
export function nextStatuses(from: DossierStatus): DossierStatus[] {
  return dossierTransitions[from].filter((to) => transitionKind(from, to) === 'status')
}

/** Staff who read dossiers (agents, directors, admins), within their scope. */
export function canReadDossiers(actor: Actor): boolean {
  return can(actor, 'people.read')
}

/** Staff who open and work dossiers (agents, admins), within their scope. */
export function canWriteDossiers(actor: Actor): boolean {
  return can(actor, 'people.write')
}
