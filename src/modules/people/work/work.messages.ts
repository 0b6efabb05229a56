import type { Localized } from '../../../platform/errors.js'
import type { WorkKind } from './work.queries.js'

/** The headings of the work queue's lists (and of the counts on the staff home). */
export const workKindLabels: Record<WorkKind, Localized> = {
  first_meeting: { fr: 'Premières rencontres à tenir', en: 'First meetings to hold' },
  follow_up: { fr: 'Suivis à faire', en: 'Follow-ups due' },
  plan_step: { fr: 'Étapes de plan à échéance', en: 'Plan steps due' },
  referral: { fr: 'Références en attente de réponse', en: 'Referrals waiting for an answer' },
  consent: { fr: 'Consentements qui expirent', en: 'Consents expiring' },
  request: { fr: 'Demandes en ligne à traiter', en: 'Online requests to handle' },
}

/** Texts of the "Mon travail" page and of its section on the staff home. */
export const workText = {
  title: { fr: 'Mon travail', en: 'My work' },
  navLabel: { fr: 'Mon travail', en: 'My work' },
  introAgent: {
    fr: 'Ce qui vous attend dans vos dossiers, les plus urgents d’abord (délais en jours ouvrables, jours fériés du Québec exclus).',
    en: 'What is waiting in your dossiers, most urgent first (deadlines in working days, Québec statutory holidays excluded).',
  },
  introUnassigned: {
    fr: 'Votre compte n’est lié à aucun membre du personnel : voici le travail que personne ne tient encore dans vos régions.',
    en: 'Your account is linked to no staff member: here is the work nobody holds yet in your regions.',
  },
  introRegion: {
    fr: 'Les totaux de vos régions, toutes agentes et tous agents confondus.',
    en: 'The totals of your regions, all agents together.',
  },
  none: { fr: 'Rien à faire ici.', en: 'Nothing to do here.' },
  due: { fr: 'Échéance', en: 'Due' },
  who: { fr: 'Personne', en: 'Person' },
  dossier: { fr: 'Dossier', en: 'Dossier' },
  detail: { fr: 'Précision', en: 'Detail' },
  overdue: { fr: 'En retard', en: 'Overdue' },
  open: { fr: 'Ouvrir', en: 'Open' },
  total: { fr: 'À faire', en: 'To do' },
  late: { fr: 'dont en retard', en: 'of which overdue' },
  countsLabel: { fr: 'Mon travail en chiffres', en: 'My work in figures' },
  seeAll: { fr: 'Voir mon travail', en: 'See my work' },
  kind: { fr: 'Travail', en: 'Work' },
} satisfies Record<string, Localized>
