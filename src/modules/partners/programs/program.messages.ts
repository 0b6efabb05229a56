import type { Localized } from '../../../platform/errors.js'

/** Texts of the programs and volets admin page. */
export const programText = {
  title: { fr: 'Programmes et volets', en: 'Programs and components' },
  intro: {
    fr: 'Les programmes de financement du ministère et leurs volets. Une entente utilise un programme et un volet en vigueur à sa date de début. On ferme un programme ou un volet en lui donnant une date de fin ; on ne le supprime jamais, car des ententes passées le nomment.',
    en: 'The ministry’s funding programs and their components. An agreement uses a program and a component in force on its start date. A program or component is closed by giving it an end date; it is never deleted, because past agreements name it.',
  },
  volets: { fr: 'Volets', en: 'Components' },
  noVolet: { fr: 'Aucun volet.', en: 'No component.' },
  validity: { fr: 'Validité', en: 'Validity' },
  since: { fr: 'depuis le', en: 'since' },
  until: { fr: 'jusqu’au', en: 'until' },
  closed: { fr: 'Fermé', en: 'Closed' },
  inForce: { fr: 'En vigueur', en: 'In force' },
  close: { fr: 'Fermer', en: 'Close' },
  closeProgram: { fr: 'Fermer le programme', en: 'Close the program' },
  addProgram: { fr: 'Ajouter un programme', en: 'Add a program' },
  addVolet: { fr: 'Ajouter un volet', en: 'Add a component' },
  add: { fr: 'Ajouter', en: 'Add' },
  saved: { fr: 'Les changements ont été enregistrés.', en: 'The changes were saved.' },
} satisfies Record<string, Localized>

/** Field labels of the programs page's forms. */
export const programFields = {
  code: { fr: 'Code', en: 'Code' },
  nameFr: { fr: 'Nom en français', en: 'Name in French' },
  nameEn: { fr: 'Nom en anglais', en: 'Name in English' },
  validFrom: { fr: 'En vigueur à partir du', en: 'In force from' },
  validTo: { fr: 'Date de fin (premier jour où il ne sert plus)', en: 'End date (first day it no longer applies)' },
  sortOrder: { fr: 'Ordre d’affichage', en: 'Display order' },
  programCode: { fr: 'Programme', en: 'Program' },
  name: { fr: 'Nom', en: 'Name' },
  status: { fr: 'État', en: 'Status' },
} satisfies Record<string, Localized>
