import type { Localized } from '../../platform/errors.js'
import type { Role } from './actor.js'

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
