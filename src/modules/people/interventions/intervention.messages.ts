import type { AuditVocabulary } from '../../access/index.js'
import type { Localized } from '../../../platform/errors.js'
import type { interventionModes } from './intervention.schema.js'

export const modeLabels: Record<(typeof interventionModes)[number], Localized> = {
  in_person: { fr: 'En personne', en: 'In person' },
  phone: { fr: 'Téléphone', en: 'Phone' },
  video: { fr: 'Vidéo', en: 'Video' },
  email: { fr: 'Courriel', en: 'Email' },
}

/** Labels of the intervention form's fields. */
export const interventionFields: Record<string, Localized> = {
  occurredDate: { fr: 'Date', en: 'Date' },
  occurredTime: { fr: 'Heure', en: 'Time' },
  occurredAt: { fr: 'Date et heure', en: 'Date and time' },
  mode: { fr: 'Mode', en: 'Mode' },
  durationMinutes: { fr: 'Durée (minutes)', en: 'Duration (minutes)' },
  servicePointId: { fr: 'Point de services', en: 'Service point' },
  summary: { fr: 'Résumé', en: 'Summary' },
}

export const interventionText = {
  formTitle: { fr: 'Noter une intervention', en: 'Record an intervention' },
  timeHint: { fr: 'Heure du Québec, par exemple 13:30.', en: 'Québec time, for example 13:30.' },
  save: { fr: 'Enregistrer l’intervention', en: 'Save the intervention' },
  saved: { fr: 'L’intervention a été enregistrée.', en: 'The intervention was saved.' },
  minutes: { fr: 'min', en: 'min' },
} satisfies Record<string, Localized>

/** What the audit journal calls this feature's actions and records. */
export const interventionAuditLabels: AuditVocabulary = {
  actions: {
    'intervention.created': { fr: 'Intervention notée', en: 'Intervention recorded' },
    'intervention.viewed': { fr: 'Consultation d’une intervention', en: 'Intervention viewed' },
    'intervention.listed': { fr: 'Consultation des interventions d’un dossier', en: 'Dossier’s interventions viewed' },
  },
  entities: { intervention: { fr: 'Intervention', en: 'Intervention' } },
}
