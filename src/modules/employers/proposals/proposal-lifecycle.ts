import type { Localized } from '../../../platform/errors.js'
import { formatDate } from '../../../platform/views/i18n.js'
import type { declineReasons, proposalStatuses } from './proposal.schema.js'

// The enterprise's answers to a proposal: proposée → entrevue → embauchée, or refusée (from proposée or entrevue).
// An answer can be taken back (reversible): the proposal returns to the status it had before that answer. Pure: the
// service asks it, the page asks it to offer only the answers that work.

export type ProposalStatus = (typeof proposalStatuses)[number]
export type DeclineReason = (typeof declineReasons)[number]
/** What an answer does: move forward to a status, or take the last answer back. */
export type Move = 'interview' | 'hired' | 'declined' | 'revert'
export const moves = ['interview', 'hired', 'declined', 'revert'] as const satisfies readonly Move[]

/** From each status, the answers that may be recorded. */
export const transitions: Readonly<Record<ProposalStatus, readonly Move[]>> = {
  proposed: ['interview', 'hired', 'declined'],
  interview: ['hired', 'declined', 'revert'],
  hired: ['revert'],
  declined: ['revert'],
}

export function canMove(from: ProposalStatus, move: Move): boolean {
  return transitions[from].includes(move)
}

// How far along a status is: a move to a lower rank is a taken-back answer.
const rank: Record<ProposalStatus, number> = { proposed: 0, interview: 1, hired: 2, declined: 2 }

/** The proposal's statuses so far, oldest first, from its events (a taken-back answer drops the status it undid). */
export function statusPath(events: readonly { fromStatus: ProposalStatus | null; toStatus: ProposalStatus }[]) {
  const path: ProposalStatus[] = []
  for (const e of events) {
    if (e.fromStatus === null || rank[e.toStatus] > rank[e.fromStatus]) path.push(e.toStatus)
    else path.pop()
  }
  return path
}

/**
 * The path that leads to the current status: the events' path, or, for a proposal whose history does not end there
 * (written by an import or an older version without events), the shortest one (proposed, then the status).
 */
export function pathTo(
  status: ProposalStatus,
  events: readonly { fromStatus: ProposalStatus | null; toStatus: ProposalStatus }[],
): ProposalStatus[] {
  const path = statusPath(events)
  if (path.at(-1) === status) return path
  return status === 'proposed' ? ['proposed'] : ['proposed', status]
}

/** The status a taken-back answer returns to (the one before the current status), or null at the first status. */
export function previousStatus(path: readonly ProposalStatus[]): ProposalStatus | null {
  return path.length >= 2 ? path[path.length - 2]! : null
}

/** The status a move leads to, given the proposal's path (a `revert` goes back one step). */
export function targetOf(path: readonly ProposalStatus[], move: Move): ProposalStatus | null {
  return move === 'revert' ? previousStatus(path) : move
}

/** Why an answer is refused, or null: a move the status does not allow, a date in the future or before the proposal. */
export function moveProblem(
  current: { status: ProposalStatus; proposedOn: string },
  move: Move,
  on: string,
  today: string,
): { field: 'move' | 'on'; message: Localized } | null {
  if (!canMove(current.status, move)) return { field: 'move', message: illegalMove(current.status, move) }
  if (on > today)
    return {
      field: 'on',
      message: { fr: 'La date ne peut pas être dans le futur.', en: 'The date cannot be in the future.' },
    }
  if (on < current.proposedOn)
    return {
      field: 'on',
      message: {
        fr: `La date ne peut pas précéder la proposition (${formatDate(current.proposedOn, 'fr')}).`,
        en: `The date cannot precede the proposal (${formatDate(current.proposedOn, 'en')}).`,
      },
    }
  return null
}

export const statusLabels: Record<ProposalStatus, Localized> = {
  proposed: { fr: 'Proposée', en: 'Proposed' },
  interview: { fr: 'Entrevue', en: 'Interview' },
  hired: { fr: 'Embauchée', en: 'Hired' },
  declined: { fr: 'Refusée', en: 'Declined' },
}

export const moveLabels: Record<Move, Localized> = {
  interview: { fr: 'Entrevue prévue', en: 'Interview scheduled' },
  hired: { fr: 'Embauche', en: 'Hired' },
  declined: { fr: 'Refus', en: 'Declined' },
  revert: { fr: 'Annuler la dernière réponse', en: 'Take back the last answer' },
}

export const declineReasonLabels: Record<DeclineReason, Localized> = {
  skills: { fr: 'Compétences', en: 'Skills' },
  french: { fr: 'Niveau de français', en: 'French level' },
  availability: { fr: 'Disponibilité', en: 'Availability' },
  wage: { fr: 'Salaire', en: 'Wage' },
  location: { fr: 'Lieu de travail', en: 'Location' },
  candidate_withdrew: { fr: 'La personne s’est désistée', en: 'The candidate withdrew' },
  other: { fr: 'Autre raison', en: 'Other reason' },
}

function illegalMove(from: ProposalStatus, move: Move): Localized {
  if (move === 'revert')
    return {
      fr: 'Il n’y a aucune réponse à annuler : la proposition attend une réponse.',
      en: 'There is no answer to take back: the proposal is waiting for an answer.',
    }
  return {
    fr: `Une proposition « ${statusLabels[from].fr} » ne peut pas passer à « ${statusLabels[move].fr} ».`,
    en: `A proposal “${statusLabels[from].en}” cannot move to “${statusLabels[move].en}”.`,
  }
}
