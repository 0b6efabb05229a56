import type { Localized } from '../../../platform/errors.js'
import type { Locale } from '../actor.js'

export const resetText = {
  forgotLink: { fr: 'Mot de passe oublié ?', en: 'Forgot your password?' },
  forgotTitle: { fr: 'Mot de passe oublié', en: 'Forgot your password' },
  forgotIntro: {
    fr: 'Inscrivez l’adresse courriel de votre compte : nous y enverrons un lien pour choisir un nouveau mot de passe. Le lien est valide une heure et ne sert qu’une fois.',
    en: 'Enter your account’s email address: we will send a link to choose a new password there. The link is valid for one hour and works once.',
  },
  email: { fr: 'Adresse courriel', en: 'Email address' },
  send: { fr: 'Envoyer le lien', en: 'Send the link' },
  sentTitle: { fr: 'Vérifiez vos courriels', en: 'Check your email' },
  sent: {
    fr: 'Si un compte correspond à cette adresse, un courriel contenant un lien de réinitialisation vient d’y être envoyé. Le lien est valide une heure. Pensez à vérifier vos courriels indésirables.',
    en: 'If an account matches this address, an email with a reset link has just been sent to it. The link is valid for one hour. Remember to check your junk mail.',
  },
  backToSignIn: { fr: 'Retour à la connexion', en: 'Back to sign-in' },
  resetTitle: { fr: 'Choisir un nouveau mot de passe', en: 'Choose a new password' },
  resetIntro: {
    fr: 'Au moins 12 caractères. Une phrase de passe de quelques mots est plus facile à retenir. Toutes vos sessions ouvertes seront fermées.',
    en: 'At least 12 characters. A passphrase of a few words is easier to remember. All your open sessions will be closed.',
  },
  newPassword: { fr: 'Nouveau mot de passe', en: 'New password' },
  confirmation: { fr: 'Confirmation du nouveau mot de passe', en: 'Confirm the new password' },
  save: { fr: 'Enregistrer le mot de passe', en: 'Save the password' },
  expiredTitle: { fr: 'Lien expiré ou déjà utilisé', en: 'Link expired or already used' },
  expired: {
    fr: 'Ce lien de réinitialisation n’est plus valide : il a expiré (après une heure) ou il a déjà servi. Demandez-en un nouveau.',
    en: 'This reset link is no longer valid: it expired (after one hour) or it was already used. Ask for a new one.',
  },
  askAgain: { fr: 'Demander un nouveau lien', en: 'Ask for a new link' },
  done: {
    fr: 'Votre mot de passe est changé. Connectez-vous avec le nouveau.',
    en: 'Your password is changed. Sign in with the new one.',
  },
  throttled: {
    fr: 'Trop de demandes de réinitialisation. Réessayez dans quelques minutes.',
    en: 'Too many reset requests. Try again in a few minutes.',
  },
} satisfies Record<string, Localized>

/** The reset mail, in the account's language: the link, how long it lasts, and what to do if nobody asked. */
export function resetMail(locale: Locale, name: string, link: string, minutes: number) {
  if (locale === 'en')
    return {
      subject: 'Escale — reset your password',
      text: `Hello ${name},\n\nSomeone (most likely you) asked to reset the password of your Escale account. To choose a new password, open this link within ${minutes} minutes:\n\n${link}\n\nThe link works once. If you did not ask for anything, ignore this email: your password does not change.\n`,
    }
  return {
    subject: 'Escale — réinitialisation de votre mot de passe',
    text: `Bonjour ${name},\n\nQuelqu’un (vous, sans doute) a demandé la réinitialisation du mot de passe de votre compte Escale. Pour choisir un nouveau mot de passe, ouvrez ce lien d’ici ${minutes} minutes :\n\n${link}\n\nLe lien ne sert qu’une fois. Si vous n’avez rien demandé, ignorez ce courriel : votre mot de passe ne change pas.\n`,
  }
}
