import type { Localized } from '../../../platform/errors.js'
import type { agreementStatuses } from './agreement.schema.js'

// The legal moves of an agreement: en préparation → signée → en cours → terminée, and résiliée from signée or en cours.
// Pure: the service asks it, the page asks it to offer only the buttons that work.

export type AgreementStatus = (typeof agreementStatuses)[number]

/** A status an agreement can move to (never back to preparation). */
export type TargetStatus = Exclude<AgreementStatus, 'preparation'>

/** The date column each target status records. */
export const dateFieldOf = {
  signed: 'signedOn',
  in_progress: 'startedOn',
  completed: 'completedOn',
  terminated: 'terminatedOn',
} as const satisfies Record<TargetStatus, string>

/** From each status, where it may go. */
export const transitions: Readonly<Record<AgreementStatus, readonly TargetStatus[]>> = {
  preparation: ['signed'],
  signed: ['in_progress', 'terminated'],
  in_progress: ['completed', 'terminated'],
  completed: [],
  terminated: [],
}

export function canMove(from: AgreementStatus, to: TargetStatus): boolean {
  return transitions[from].includes(to)
}

/** The status dates recorded so far, in order: a new step may not precede the last one. */
type StatusDates = {
  signedOn: string | null
  startedOn: string | null
  completedOn: string | null
  terminatedOn: string | null
}

/** The date of the latest step already taken (null in preparation). */
export function lastStepDate(dates: StatusDates): string | null {
  const taken = [dates.signedOn, dates.startedOn, dates.completedOn, dates.terminatedOn].filter(
    (d): d is string => d !== null,
  )
  return taken.sort().at(-1) ?? null
}

/** Why a move is refused, or null when it is legal: wrong status, a date in the future or before the previous step. */
export function moveProblem(
  current: { status: AgreementStatus } & StatusDates,
  to: TargetStatus,
  on: string,
  today: string,
): { field: 'to' | 'on'; message: Localized } | null {
  if (!canMove(current.status, to)) return { field: 'to', message: illegalMove(current.status, to) }
  if (on > today)
    return {
      field: 'on',
      message: { fr: 'La date ne peut pas être dans le futur.', en: 'The date cannot be in the future.' },
    }
  const previous = lastStepDate(current)
  if (previous && on < previous)
    return {
      field: 'on',
      message: {
        fr: `La date ne peut pas précéder l’étape précédente (${previous}).`,
        en: `The date cannot precede the previous step (${previous}).`,
      },
    }
  return null
}

export const statusLabels: Record<AgreementStatus, Localized> = {
  preparation: { fr: 'En préparation', en: 'In preparation' },
  signed: { fr: 'Signée', en: 'Signed' },
  in_progress: { fr: 'En cours', en: 'In progress' },
  completed: { fr: 'Terminée', en: 'Completed' },
  terminated: { fr: 'Résiliée', en: 'Terminated' },
}

function illegalMove(from: AgreementStatus, to: TargetStatus): Localized {
  return {
    fr: `Une entente « ${statusLabels[from].fr.toLowerCase()} » ne peut pas passer à « ${statusLabels[to].fr.toLowerCase()} ».`,
    en: `An agreement that is "${statusLabels[from].en.toLowerCase()}" cannot become "${statusLabels[to].en.toLowerCase()}".`,
  }
}
