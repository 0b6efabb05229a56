import type { Localized } from '../../../platform/errors.js'

// The words of proposals, hires and the mobility view, in French and English.

export const PROPOSALS = '/app/propositions'
export const PLACEMENTS = '/app/embauches'
export const MOBILITY = '/app/embauches/mobilite'
export const NEEDS = '/app/besoins-main-oeuvre'

const t = (fr: string, en: string): Localized => ({ fr, en })

export const proposalText = {
  listTitle: t('Propositions de candidats', 'Candidate proposals'),
  detailsTitle: t('Proposition', 'Proposal'),
  filters: t('Filtrer les propositions', 'Filter proposals'),
  filter: t('Filtrer', 'Filter'),
  allStatuses: t('Tous les statuts', 'All statuses'),
  allRegions: t('Toutes les régions', 'All regions'),
  none: t('Aucune proposition.', 'No proposals.'),
  list: t('Propositions', 'Proposals'),
  waitingNote: t(
    'Les propositions qui attendent une réponse de l’entreprise sont en tête de liste.',
    'Proposals waiting for the enterprise’s answer come first.',
  ),
  hiddenCandidate: t(
    'Candidat non affiché (consentement retiré ou hors de votre territoire)',
    'Candidate not shown (consent withdrawn or outside your territory)',
  ),
  history: t('Historique', 'History'),
  answer: t('Enregistrer la réponse de l’entreprise', 'Record the enterprise’s answer'),
  answerSave: t('Enregistrer la réponse', 'Save the answer'),
  answered: t('La réponse est enregistrée.', 'The answer is saved.'),
  proposed: t('La candidature est proposée à l’entreprise.', 'The candidate is proposed to the enterprise.'),
  noMoves: t('Aucune réponse ne peut être enregistrée.', 'No answer can be recorded.'),
  hireFields: t('En cas d’embauche', 'For a hire'),
  declineFields: t('En cas de refus', 'For a decline'),
  back: t('Retour aux propositions', 'Back to proposals'),
  backToNeed: t('Retour aux candidats du besoin', 'Back to the need’s candidates'),
  proposeFailed: t('La proposition n’a pas été enregistrée', 'The proposal was not saved'),
  placement: t('Embauche', 'Hire'),
  by: t('par', 'by'),
  section: t('Propositions et embauches', 'Proposals and hires'),
  sectionNone: t(
    'Aucune proposition pour les besoins de cette entreprise.',
    'No proposals for this enterprise’s needs.',
  ),
}

export const proposalFieldLabels = {
  status: t('Statut', 'Status'),
  region: t('Région', 'Region'),
  candidate: t('Candidat ou candidate', 'Candidate'),
  need: t('Besoin de main-d’œuvre', 'Labour need'),
  enterprise: t('Entreprise', 'Enterprise'),
  proposedOn: t('Proposée le', 'Proposed on'),
  answeredOn: t('Réponse le', 'Answered on'),
  declineReason: t('Raison du refus', 'Reason for declining'),
  comment: t('Commentaire', 'Comment'),
  move: t('Réponse', 'Answer'),
  on: t('Date de la réponse', 'Date of the answer'),
  hiredOn: t('Date d’embauche', 'Hire date'),
  hiredOnHint: t('La date de la réponse si vide.', 'The date of the answer when empty.'),
  positionTitle: t('Titre du poste', 'Position title'),
  positionTitleHint: t('Celui du besoin si vide.', 'The need’s when empty.'),
  employmentType: t('Type d’emploi', 'Employment type'),
  employmentTypeHint: t('Celui du besoin si vide.', 'The need’s when empty.'),
  at: t('Moment', 'When'),
  change: t('Changement', 'Change'),
  profileId: t('Candidat ou candidate', 'Candidate'),
  labourNeedId: t('Besoin de main-d’œuvre', 'Labour need'),
}

export const placementText = {
  listTitle: t('Embauches', 'Hires'),
  filters: t('Filtrer les embauches', 'Filter hires'),
  none: t('Aucune embauche pour ces critères.', 'No hires for these criteria.'),
  list: t('Embauches', 'Hires'),
  from: t('Du', 'From'),
  to: t('Au', 'To'),
  allTypes: t('Tous les types', 'All types'),
  mobilityLink: t('Mobilité interrégionale', 'Interregional mobility'),
  hiredOn: t('Embauche le', 'Hired on'),
  position: t('Poste', 'Position'),
  cnp: t('CNP', 'NOC'),
  employmentType: t('Type d’emploi', 'Employment type'),
  origin: t('Région d’origine', 'Region of origin'),
  interregional: t('Mobilité interrégionale', 'Interregional move'),
  yes: t('Oui', 'Yes'),
  no: t('Non', 'No'),
}

export const mobilityText = {
  title: t('Mobilité interrégionale', 'Interregional mobility'),
  intro: t(
    'Les embauches de personnes qui habitaient une autre région au moment de l’embauche, par région d’origine.',
    'Hires of persons who lived in another region when hired, by region of origin.',
  ),
  filters: t('Filtrer par période', 'Filter by period'),
  table: t('Embauches par région d’origine', 'Hires by region of origin'),
  origin: t('Région d’origine', 'Region of origin'),
  destination: t('Région du poste', 'Region of the position'),
  count: t('Embauches', 'Hires'),
  total: t('Total', 'Total'),
  none: t('Aucune embauche interrégionale pour cette période.', 'No interregional hires in this period.'),
  summary: (all: number, moved: number): Localized => {
    // French takes the singular for 0 and 1, English only for 1.
    const fr = (n: number, one: string, many: string) => `${n} ${n < 2 ? one : many}`
    const en = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
    return {
      fr: `${fr(moved, 'embauche interrégionale', 'embauches interrégionales')} sur ${fr(all, 'embauche', 'embauches')}.`,
      en: `${en(moved, 'interregional hire', 'interregional hires')} out of ${en(all, 'hire', 'hires')}.`,
    }
  },
}
