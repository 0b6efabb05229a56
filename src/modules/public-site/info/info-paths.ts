import type { Localized } from '../../../platform/errors.js'

/** Each information page's address in both languages: the language switch maps one to the other. */
export const infoPaths = {
  accessibility: { fr: '/fr/accessibilite', en: '/en/accessibility' },
  privacy: { fr: '/fr/confidentialite', en: '/en/privacy' },
  contact: { fr: '/fr/nous-joindre', en: '/en/contact-us' },
} satisfies Record<string, Localized>
