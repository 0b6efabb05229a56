import { invalidInput } from '../../../platform/errors.js'

// Dates checked against reality before they skew the Bilan's count (first meetings, persons accompanied). Contacts
// before departure are part of the Parcours: an arrival up to a year ahead, an intervention up to a year before it.

/** The ISO date `years` years after (or before, negative) an ISO date; 29 February falls back to 28 February. */
export function plusYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years
  const rest = iso.slice(4)
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return `${String(year).padStart(4, '0')}${rest === '-02-29' && !isLeap ? '-02-28' : rest}`
}

/** A dossier's start (arrival or request): not before the person's birth, not more than a year ahead of today. */
export function checkStartsOn(startsOn: string, birthDate: string, today: string): void {
  if (startsOn < birthDate) {
    throw invalidInput({
      startsOn: {
        fr: 'La date d’arrivée ou de la demande ne peut pas précéder la date de naissance de la personne.',
        en: 'The arrival or request date cannot be before the person’s date of birth.',
      },
    })
  }
  if (startsOn > plusYears(today, 1)) {
    throw invalidInput({
      startsOn: {
        fr: 'La date d’arrivée ou de la demande ne peut pas dépasser d’un an la date du jour.',
        en: 'The arrival or request date cannot be more than one year from today.',
      },
    })
  }
}

/**
 * An intervention's civil date: not in the future, not before the person's birth, not more than a year before the
 * dossier's start (a pre-departure contact). Checked against the start, not the opening: an import opens today a
 * dossier that started years ago and records its past interventions.
 */
export function checkInterventionDay(
  occurredOn: string,
  dossier: { startsOn: string; birthDate: string },
  today: string,
): void {
  const error = (fr: string, en: string) => invalidInput({ occurredAt: { fr, en } })
  if (occurredOn > today) {
    throw error('Une intervention ne peut pas être future.', 'An intervention cannot be in the future.')
  }
  if (occurredOn < dossier.birthDate) {
    throw error(
      'Une intervention ne peut pas précéder la date de naissance de la personne.',
      'An intervention cannot be before the person’s date of birth.',
    )
  }
  if (occurredOn < plusYears(dossier.startsOn, -1)) {
    throw error(
      'Une intervention ne peut pas précéder de plus d’un an la date d’arrivée ou de la demande du dossier.',
      'An intervention cannot be more than one year before the dossier’s arrival or request date.',
    )
  }
}
