import type { AuditVocabulary } from '../access/index.js'
import type { Localized } from '../../platform/errors.js'

/** Texts of the partner portal. */
export const portalText = {
  title: { fr: 'Portail des organismes partenaires', en: 'Partner organization portal' },
  org: { fr: 'Votre organisme', en: 'Your organization' },
  referrals: { fr: 'Références reçues', en: 'Referrals received' },
  region: { fr: 'Région', en: 'Region' },
  referralsHelp: {
    fr: 'La direction régionale y adresse les personnes qu’elle vous réfère. Ouvrez chaque référence pour lire le portrait que la personne a consenti à partager, puis acceptez-la ou refusez-la, et indiquez quand l’accompagnement commence et se termine.',
    en: 'The regional directorate sends you the people it refers to your organization there. Open each referral to read the portrait the person agreed to share, then accept or decline it, and record when the support starts and ends.',
  },
  unknown: {
    fr: "Votre compte n'est rattaché à aucun organisme. Communiquez avec la direction régionale.",
    en: 'Your account is not linked to an organization. Contact the regional directorate.',
  },
} satisfies Record<string, Localized>

/** What the audit journal calls the partners module's actions and records. */
export const partnersAuditLabels: AuditVocabulary = {
  actions: {
    'program.created': { fr: 'Ajout d’un programme', en: 'Program added' },
    'program.closed': { fr: 'Fermeture d’un programme', en: 'Program closed' },
    'program_volet.created': { fr: 'Ajout d’un volet de programme', en: 'Program component added' },
    'program_volet.closed': { fr: 'Fermeture d’un volet de programme', en: 'Program component closed' },
    'agreement.created': { fr: 'Création d’une entente', en: 'Agreement created' },
    'agreement.updated': { fr: 'Modification d’une entente en préparation', en: 'Agreement in preparation edited' },
    'agreement.signed': { fr: 'Signature d’une entente', en: 'Agreement signed' },
    'agreement.in_progress': { fr: 'Début d’une entente', en: 'Agreement started' },
    'agreement.completed': { fr: 'Fin d’une entente', en: 'Agreement completed' },
    'agreement.terminated': { fr: 'Résiliation d’une entente', en: 'Agreement terminated' },
    'agreement.amended': { fr: 'Avenant à une entente', en: 'Agreement amended' },
    'instalments.replaced': { fr: 'Calendrier des versements modifié', en: 'Payment schedule changed' },
    'instalment.paid': { fr: 'Versement payé', en: 'Instalment paid' },
    'instalment.payment_cancelled': { fr: 'Paiement d’un versement annulé', en: 'Instalment payment cancelled' },
    'deliverable.added': { fr: 'Ajout d’un livrable', en: 'Deliverable added' },
    'deliverable.updated': { fr: 'Modification d’un livrable', en: 'Deliverable edited' },
    'deliverable.removed': { fr: 'Retrait d’un livrable', en: 'Deliverable removed' },
    'deliverable.received': { fr: 'Livrable reçu', en: 'Deliverable received' },
    'deliverable.accepted': { fr: 'Livrable accepté', en: 'Deliverable accepted' },
    'deliverable.returned': { fr: 'Livrable renvoyé à l’organisme', en: 'Deliverable sent back' },
    'agreements.exported': {
      fr: 'Export des ententes et versements (XLSX)',
      en: 'Agreements and payments exported (XLSX)',
    },
    'organization.created': { fr: "Création d'un organisme", en: 'Partner organization created' },
    'organization.updated': { fr: "Modification d'un organisme", en: 'Partner organization updated' },
    'organization.capacity_updated': {
      fr: "Mise à jour de la capacité d'un organisme",
      en: "Partner organization's capacity updated",
    },
    'report.submitted': { fr: 'Rapport d’un organisme soumis', en: 'Partner report submitted' },
    'report.reviewed': { fr: 'Rapport d’un organisme revu', en: 'Partner report reviewed' },
    'report.file_downloaded': {
      fr: 'Pièce jointe d’un rapport téléchargée',
      en: 'Partner report attachment downloaded',
    },
    'action.created': { fr: 'Création d’une action locale', en: 'Local action created' },
    'action.reported': { fr: 'Action locale déclarée dans un rapport', en: 'Local action declared in a report' },
    'action.updated': { fr: 'Modification d’une action locale', en: 'Local action updated' },
    'action.removed': { fr: 'Suppression d’une action locale', en: 'Local action removed' },
    'action_kind.created': { fr: 'Ajout d’un type d’action', en: 'Action kind added' },
    'action_kind.renamed': { fr: 'Nouveau nom d’un type d’action', en: 'Action kind renamed' },
    'action_kind.retired': { fr: 'Retrait d’un type d’action', en: 'Action kind retired' },
  },
  entities: {
    program: { fr: 'Programme', en: 'Program' },
    program_volet: { fr: 'Volet de programme', en: 'Program component' },
    agreement: { fr: 'Entente', en: 'Agreement' },
    organization: { fr: 'Organisme', en: 'Partner organization' },
    instalment: { fr: 'Versement', en: 'Instalment' },
    deliverable: { fr: 'Livrable', en: 'Deliverable' },
    report: { fr: 'Rapport d’un organisme', en: 'Partner report' },
    action: { fr: 'Action locale', en: 'Local action' },
    action_kind: { fr: 'Type d’action', en: 'Action kind' },
  },
}
