import type { Localized } from '../../../platform/errors.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { type capacityStatuses, type organizationKinds, serviceCategories } from './organization.schema.js'

export type OrganizationKind = (typeof organizationKinds)[number]
export type ServiceCategory = (typeof serviceCategories)[number]
export type CapacityStatus = (typeof capacityStatuses)[number]

/**
 * The four volets of Accompagnement Québec, as `people/needs/need.schema.ts` names them: partners may not import the
 * people module (it sits above), so the list is repeated here; a test keeps the two equal.
 */
export const volets = ['installation', 'francisation', 'employment', 'community'] as const
export type Volet = (typeof volets)[number]

export const voletLabels: Record<Volet, Localized> = {
  installation: { fr: 'Installation', en: 'Settlement' },
  francisation: { fr: 'Francisation', en: 'French language learning' },
  employment: { fr: 'Emploi', en: 'Employment' },
  community: { fr: 'Vie collective', en: 'Community life' },
}

/** Each service category, its volet and its name: what a person looking for help would call it. */
export const serviceCatalogue: Record<ServiceCategory, { volet: Volet; label: Localized }> = {
  reception_settlement: {
    volet: 'installation',
    label: { fr: 'Accueil et installation', en: 'Reception and settlement' },
  },
  housing: { volet: 'installation', label: { fr: 'Logement', en: 'Housing' } },
  administrative_procedures: {
    volet: 'installation',
    label: { fr: 'Démarches administratives', en: 'Administrative procedures' },
  },
  french_courses: { volet: 'francisation', label: { fr: 'Cours de français', en: 'French courses' } },
  literacy: { volet: 'francisation', label: { fr: 'Alphabétisation', en: 'Literacy' } },
  language_pairing: {
    volet: 'francisation',
    label: { fr: 'Jumelage linguistique', en: 'Language pairing' },
  },
  employment_help: {
    volet: 'employment',
    label: { fr: 'Aide à la recherche d’emploi', en: 'Job search help' },
  },
  credential_recognition: {
    volet: 'employment',
    label: { fr: 'Reconnaissance des compétences', en: 'Credential recognition' },
  },
  entrepreneurship: { volet: 'employment', label: { fr: 'Entrepreneuriat', en: 'Entrepreneurship' } },
  intercultural_activities: {
    volet: 'community',
    label: { fr: 'Activités interculturelles', en: 'Intercultural activities' },
  },
  family_youth: { volet: 'community', label: { fr: 'Familles et jeunes', en: 'Families and youth' } },
  community_life: {
    volet: 'community',
    label: { fr: 'Participation à la vie collective', en: 'Community participation' },
  },
}

/** The volet a service category belongs to. */
export function voletOf(category: ServiceCategory): Volet {
  return serviceCatalogue[category].volet
}

/** A service category's name in a language. */
export function serviceLabel(category: ServiceCategory, lang: Lang): string {
  return serviceCatalogue[category].label[lang]
}

/** The service categories of each volet, in catalogue order (a form's groups of boxes, a filter's groups). */
export function servicesByVolet(): { volet: Volet; categories: ServiceCategory[] }[] {
  return volets.map((volet) => ({ volet, categories: serviceCategories.filter((c) => voletOf(c) === volet) }))
}

export const kindLabels: Record<OrganizationKind, Localized> = {
  community: { fr: 'Organisme communautaire', en: 'Community organization' },
  youth_employment: { fr: 'Carrefour jeunesse-emploi', en: 'Youth employment centre (CJE)' },
  local_development: { fr: 'Centre local de développement (CLD)', en: 'Local development centre (CLD)' },
  municipality: { fr: 'Municipalité', en: 'Municipality' },
  mrc: { fr: 'MRC', en: 'Regional county municipality (RCM)' },
  school_service_centre: { fr: 'Centre de services scolaire', en: 'School service centre' },
  cooperative: { fr: 'Coopérative', en: 'Cooperative' },
  employment: { fr: 'Service d’aide à l’emploi', en: 'Employment service' },
  literacy: { fr: 'Groupe d’alphabétisation', en: 'Literacy group' },
  other: { fr: 'Autre', en: 'Other' },
}

export const capacityLabels: Record<CapacityStatus, Localized> = {
  available: { fr: 'Places disponibles', en: 'Places available' },
  limited: { fr: 'Places limitées', en: 'Limited places' },
  full: { fr: 'Complet', en: 'Full' },
  waiting_list: { fr: 'Liste d’attente', en: 'Waiting list' },
}
