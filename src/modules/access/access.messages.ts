import type { Localized } from '../../platform/errors.js'
import type { Role } from './actor.js'
import { exportAuditActions, exportAuditEntities } from './exports/export.messages.js'

export const roleLabels: Record<Role, Localized> = {
  agent: { fr: "Agent·e d'aide à l'intégration", en: 'Integration support agent' },
  advisor: { fr: 'Conseiller·ère en immigration régionale', en: 'Regional immigration advisor' },
  director: { fr: 'Direction régionale', en: 'Regional directorate' },
  admin: { fr: 'Administration', en: 'Administration' },
  partner: { fr: 'Organisme partenaire', en: 'Partner organization' },
}

export const signInText = {
  title: { fr: 'Connexion', en: 'Sign in' },
  intro: {
    fr: 'Espace réservé au personnel de la direction régionale et aux organismes partenaires.',
    en: 'For the staff of the regional directorate and partner organizations.',
  },
  email: { fr: 'Adresse courriel', en: 'Email address' },
  password: { fr: 'Mot de passe', en: 'Password' },
  submit: { fr: 'Se connecter', en: 'Sign in' },
  signedOut: { fr: 'Vous êtes déconnecté·e.', en: 'You are signed out.' },
} satisfies Record<string, Localized>

/**
 * What each audit action is called in the journal. Every module adds the actions it records here (`<entity>.<verb>`);
 * an action missing from the list is named from its verb (see `auditActionLabel`).
 */
const accessActions: Record<string, Localized> = {
  'user.signed_in': { fr: 'Connexion', en: 'Sign-in' },
  'user.signed_out': { fr: 'Déconnexion', en: 'Sign-out' },
  'user.sign_in_failed': { fr: 'Échec de connexion', en: 'Failed sign-in' },
  'user.created': { fr: 'Création du compte', en: 'Account created' },
  'user.disabled': { fr: 'Désactivation du compte', en: 'Account disabled' },
  'user.enabled': { fr: 'Réactivation du compte', en: 'Account re-enabled' },
  'user.password_reset': { fr: 'Réinitialisation du mot de passe', en: 'Password reset' },
  'user.password_changed': { fr: 'Changement du mot de passe', en: 'Password changed' },
  'user.password_reset_requested': {
    fr: 'Demande de réinitialisation du mot de passe',
    en: 'Password reset requested',
  },
  'mail.viewed': { fr: 'Lecture d’un courriel de la boîte d’envoi', en: 'Outbox message read' },
  'api_token.created': { fr: "Création d'un jeton d'API", en: 'API token created' },
  'api_token.revoked': { fr: "Révocation d'un jeton d'API", en: 'API token revoked' },
}

/** What each kind of audited record is called; the fallback names no code. */
const accessEntities: Record<string, Localized> = {
  user: { fr: 'Compte', en: 'Account' },
  api_token: { fr: "Jeton d'API", en: 'API token' },
  mail: { fr: 'Courriel', en: 'Mail message' },
}

/** What the journal calls each audit action (`<entity>.<verb>`) and each kind of record a module audits. */
export type AuditVocabulary = { actions: Record<string, Localized>; entities: Record<string, Localized> }

/**
 * The access module's own words; every module contributes its vocabulary the same way (like its navigation), and the
 * composition root merges them. An action missing from it is named from its verb (see `auditActionLabel`).
 */
export const accessAuditLabels: AuditVocabulary = {
  actions: { ...accessActions, ...exportAuditActions },
  entities: { ...accessEntities, ...exportAuditEntities },
}

const verbLabels: Record<string, Localized> = {
  created: { fr: 'Création', en: 'Created' },
  updated: { fr: 'Modification', en: 'Changed' },
  deleted: { fr: 'Suppression', en: 'Deleted' },
  viewed: { fr: 'Consultation', en: 'Viewed' },
  exported: { fr: 'Exportation', en: 'Exported' },
  disabled: { fr: 'Désactivation', en: 'Disabled' },
  enabled: { fr: 'Réactivation', en: 'Re-enabled' },
  revoked: { fr: 'Révocation', en: 'Revoked' },
}
const otherAction: Localized = { fr: 'Autre action', en: 'Other action' }
const otherEntity: Localized = { fr: 'Autre enregistrement', en: 'Other record' }

/** The label of an audit action: from the catalogue, else its verb and record kind ("Création — Organisme"), never the code. */
export function auditActionLabel(vocabulary: AuditVocabulary, action: string): Localized {
  const known = vocabulary.actions[action]
  if (known) return known
  const [entity = '', verb = ''] = action.split('.')
  const v = verbLabels[verb] ?? otherAction
  const e = vocabulary.entities[entity]
  return e ? { fr: `${v.fr} — ${e.fr}`, en: `${v.en} — ${e.en}` } : v
}

/** The label of an audited record's kind, never its code. */
export function auditEntityLabel(vocabulary: AuditVocabulary, entityType: string): Localized {
  return vocabulary.entities[entityType] ?? otherEntity
}

/** The vocabularies of every module in one (the composition root hands the merged one to the journal). */
export function mergeAuditLabels(parts: readonly AuditVocabulary[]): AuditVocabulary {
  return {
    actions: Object.assign({}, ...parts.map((p) => p.actions)),
    entities: Object.assign({}, ...parts.map((p) => p.entities)),
  }
}
