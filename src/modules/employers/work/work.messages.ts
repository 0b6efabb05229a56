import type { Localized } from '../../../platform/errors.js'
import type { EmployerWorkKind } from './work.queries.js'

/** The headings of the advisor's lists (and of the counts on the staff home). */
export const employerWorkKindLabels: Record<EmployerWorkKind, Localized> = {
  follow_up: { fr: 'Suivis d’entreprises à faire', en: 'Enterprise follow-ups due' },
  need_without_proposal: { fr: 'Besoins ouverts sans proposition', en: 'Open needs without a proposal' },
  proposal_waiting: { fr: 'Propositions en attente de réponse', en: 'Proposals waiting for an answer' },
  request: { fr: 'Nouvelles demandes d’entreprises', en: 'New employer requests' },
}

/** What the date of each kind is. */
export const employerWorkDateLabels: Record<EmployerWorkKind, Localized> = {
  follow_up: { fr: 'Suivi prévu le', en: 'Follow-up on' },
  need_without_proposal: { fr: 'Créé le', en: 'Created on' },
  proposal_waiting: { fr: 'Proposée le', en: 'Proposed on' },
  request: { fr: 'Reçue le', en: 'Received on' },
}

export const proposalWaitingLabels: Record<string, Localized> = {
  proposed: { fr: 'Proposée', en: 'Proposed' },
  interview: { fr: 'Entrevue', en: 'Interview' },
}

/** Texts of the advisor's "Mon travail" page and of its section on the staff home. */
export const employerWorkText = {
  noc: { fr: 'CNP', en: 'NOC' },
  title: { fr: 'Mon travail (entreprises)', en: 'My work (employers)' },
  intro: {
    fr: 'Ce qui attend dans les entreprises de vos régions : vos propres éléments d’abord, puis les plus anciens. Les suivis paraissent sept jours avant leur date.',
    en: 'What is waiting in your regions’ enterprises: your own items first, then the oldest. Follow-ups show seven days before their date.',
  },
  ownerFilter: { fr: 'Afficher', en: 'Show' },
  ownerLabel: { fr: 'Éléments', en: 'Items' },
  region: { fr: 'Toute ma région', en: 'All my region' },
  mine: { fr: 'Les miens seulement', en: 'Mine only' },
  filter: { fr: 'Afficher', en: 'Show' },
  what: { fr: 'Quoi', en: 'What' },
  enterprise: { fr: 'Entreprise', en: 'Enterprise' },
  detail: { fr: 'Détail', en: 'Detail' },
  mineMark: { fr: 'à vous', en: 'yours' },
  overdue: { fr: 'en retard', en: 'overdue' },
  none: { fr: 'Rien à faire ici.', en: 'Nothing to do here.' },
  more: { fr: 'Seuls les 50 premiers sont affichés.', en: 'Only the first 50 are shown.' },
  kind: { fr: 'Travail', en: 'Work' },
  total: { fr: 'Total', en: 'Total' },
  late: { fr: 'En retard', en: 'Overdue' },
  countsLabel: { fr: 'Mon travail auprès des entreprises', en: 'My work with employers' },
  seeAll: { fr: 'Voir mon travail auprès des entreprises', en: 'See my work with employers' },
} satisfies Record<string, Localized>
