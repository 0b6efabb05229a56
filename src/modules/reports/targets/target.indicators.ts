import type { Localized } from '../../../platform/errors.js'
import { type TargetIndicator, targetIndicators } from './target.schema.js'

export { targetIndicators, type TargetIndicator }

/** A count (persons, enterprises) or a share of a group (stored in basis points, typed as a percentage). */
export type IndicatorKind = 'count' | 'share'

export const indicatorKind: Record<TargetIndicator, IndicatorKind> = {
  persons_accompanied: 'count',
  enterprises_accompanied: 'count',
  first_meeting_within_5_days: 'share',
  referrals_closed_with_outcome: 'share',
}

/** Each indicator's name as the action plan writes it. */
export const indicatorLabels: Record<TargetIndicator, Localized> = {
  persons_accompanied: { fr: 'Personnes accompagnées', en: 'Persons accompanied' },
  enterprises_accompanied: { fr: 'Entreprises accompagnées', en: 'Enterprises accompanied' },
  first_meeting_within_5_days: {
    fr: 'Premières rencontres dans les 5 jours ouvrables',
    en: 'First meetings within 5 working days',
  },
  referrals_closed_with_outcome: {
    fr: 'Références fermées avec un résultat',
    en: 'Referrals closed with an outcome',
  },
}

/** What each actual value counts, precisely (shown under the table and in the API). */
export const indicatorDefinitions: Record<TargetIndicator, Localized> = {
  persons_accompanied: {
    fr: 'Personnes ayant eu au moins une intervention datée dans l’exercice (date civile au Québec), donnée d’un point de services de la région; chaque personne compte une fois (règle du Bilan).',
    en: 'Persons with at least one intervention dated in the fiscal year (Québec civil date), given from a service point of the region; each person counts once (the Bilan’s rule).',
  },
  enterprises_accompanied: {
    fr: 'Entreprises de la région ayant reçu au moins un service d’une conseillère ou d’un conseiller daté dans l’exercice; chaque entreprise compte une fois (règle du Bilan).',
    en: 'Enterprises of the region that received at least one advisor service dated in the fiscal year; each enterprise counts once (the Bilan’s rule).',
  },
  first_meeting_within_5_days: {
    fr: 'Parmi les dossiers de la région ouverts dans l’exercice, la part dont la première rencontre a eu lieu au plus tard à son échéance : 5 jours ouvrables au Québec (fins de semaine et jours fériés exclus) après l’arrivée ou la demande. Un dossier sans première rencontre compte au dénominateur dès que son échéance est passée (avant, il n’est pas encore compté).',
    en: 'Among the region’s dossiers opened in the fiscal year, the share whose first meeting took place by its due date: 5 Québec working days (weekends and statutory holidays left out) after the arrival or the request. A dossier without a first meeting counts in the denominator once its due date has passed (before, it is not counted yet).',
  },
  referrals_closed_with_outcome: {
    fr: 'Parmi les références de la région envoyées dans l’exercice et fermées (complétée, non complétée, refusée, expirée ou annulée; une référence réacheminée continue comme nouvelle référence et n’est pas comptée), la part complétée ou non complétée avec un résultat inscrit. Les références encore ouvertes ne comptent pas.',
    en: 'Among the region’s referrals sent in the fiscal year and closed (completed, not completed, declined, expired or cancelled; a re-routed referral lives on as a new referral and is not counted), the share completed or not completed with an outcome recorded. Referrals still open do not count.',
  },
}
