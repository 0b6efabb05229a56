import type { Localized } from '../../../platform/errors.js'

/** Texts of the reminder digest mailed to directors (plain text). */
export const reminderText = {
  subject: { fr: 'Escale — suivi des ententes : {n} rappel', en: 'Escale — agreement follow-up: {n} reminder' },
  subjectMany: { fr: 'Escale — suivi des ententes : {n} rappels', en: 'Escale — agreement follow-up: {n} reminders' },
  intro: {
    fr: 'Bonjour,\n\nVoici les échéances des ententes de vos régions qui demandent votre attention.',
    en: 'Hello,\n\nHere are the due dates of your regions’ agreements that need your attention.',
  },
  deliverable_overdue: { fr: 'Livrables en retard :', en: 'Overdue deliverables:' },
  deliverable_due: { fr: 'Livrables attendus dans les 30 jours :', en: 'Deliverables due within 30 days:' },
  instalment_due: {
    fr: 'Versements à payer (dans les 7 jours ou en retard) :',
    en: 'Instalments to pay (within 7 days or overdue):',
  },
  instalment: { fr: 'Versement {n}', en: 'Instalment {n}' },
  outro: {
    fr: 'Toutes les échéances : Escale, Ententes › Échéances ({url}).\n\nCe message est envoyé une seule fois par échéance.',
    en: 'All due dates: Escale, Agreements › Due dates ({url}).\n\nThis message is sent once per due date.',
  },
} satisfies Record<string, Localized>
