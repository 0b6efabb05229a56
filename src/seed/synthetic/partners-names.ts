// Fictional partner organizations and their local actions, named as Québec's are: any resemblance to a real body is
// chance. The places are the region's cities and MRCs, and for Montréal its neighbourhoods.
import type { Mrc } from './partners-world.js'

export type OrganizationKind =
  | 'community'
  | 'youth_employment'
  | 'local_development'
  | 'municipality'
  | 'mrc'
  | 'school_service_centre'
  | 'cooperative'
  | 'employment'
  | 'literacy'
  | 'other'

type Pattern = (place: string) => string

/** "de La Côte-de-Gaspé", "d’Avignon", "des Basques", "du Granit": French elision and contraction. */
export function de(name: string): string {
  if (name.startsWith('Les ')) return `des ${name.slice(4)}`
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`
  return /^[AEIOUÉÎÀ]/.test(name) ? `d’${name}` : `de ${name}`
}

/** "à Gaspé", "aux Basques", "au Granit". */
export function at(name: string): string {
  if (name.startsWith('Les ')) return `aux ${name.slice(4)}`
  if (name.startsWith('Le ')) return `au ${name.slice(3)}`
  return `à ${name}`
}

/** Names by kind (`mrc` is named after its MRC, never from a pattern). */
export const namePatterns: Record<OrganizationKind, readonly Pattern[]> = {
  community: [
    (p) => `Centre d’accueil et d’intégration des immigrants ${de(p)}`,
    (p) => `Maison de la famille ${de(p)}`,
    (p) => `Service d’aide aux nouveaux arrivants ${de(p)}`,
    (p) => `Association interculturelle ${de(p)}`,
    (p) => `Regroupement des femmes immigrantes ${de(p)}`,
    (p) => `Comité d’accueil international ${de(p)}`,
    (p) => `Centre communautaire multiethnique ${de(p)}`,
    (p) => `Carrefour interculturel ${de(p)}`,
    (p) => `Accueil et parrainage des nouveaux arrivants ${de(p)}`,
    (p) => `Entraide des familles immigrantes ${de(p)}`,
  ],
  youth_employment: [(p) => `Carrefour jeunesse-emploi ${de(p)}`, (p) => `Place aux jeunes ${de(p)}`],
  local_development: [(p) => `Centre local de développement ${de(p)}`, (p) => `Développement économique ${p}`],
  municipality: [(p) => `Ville ${de(p)}`, (p) => `Municipalité ${de(p)}`],
  mrc: [(p) => `MRC ${de(p)}`],
  school_service_centre: [
    (p) => `Centre de services scolaire ${de(p)}`,
    (p) => `Centre d’éducation des adultes ${de(p)}`,
  ],
  cooperative: [
    (p) => `Coopérative de solidarité ${de(p)}`,
    (p) => `Coopérative d’habitation interculturelle ${de(p)}`,
  ],
  employment: [(p) => `Service d’intégration au travail ${de(p)}`, (p) => `Accès-Emploi ${p}`],
  literacy: [
    (p) => `Groupe d’alphabétisation populaire ${de(p)}`,
    (p) => `Centre de francisation communautaire ${de(p)}`,
  ],
  other: [(p) => `Fondation pour l’inclusion ${de(p)}`, (p) => `Chambre de commerce ${de(p)}`],
}

const villages = [
  'Saint-Joseph',
  'Sainte-Marie',
  'Saint-Louis',
  'Notre-Dame-du-Lac',
  'Saint-Pierre',
  'Sainte-Anne',
  'Saint-Michel',
  'Saint-Paul',
  'Sainte-Luce',
  'Saint-Alexis',
  'Sainte-Madeleine',
  'Saint-Élie',
]
const montrealNeighbourhoods = [
  'Côte-des-Neiges',
  'Parc-Extension',
  'Villeray',
  'Ahuntsic',
  'Rosemont',
  'Hochelaga',
  'Verdun',
  'LaSalle',
  'Lachine',
  'Anjou',
  'Saint-Léonard',
  'Rivière-des-Prairies',
  'Pointe-aux-Trembles',
  'Notre-Dame-de-Grâce',
  'Pierrefonds',
  'Petite-Patrie',
  'Bordeaux-Cartierville',
  'Mercier',
]

/** Where an organization of that kind may be named after: a municipality's own name, else cities and MRCs. */
export function placesOf(region: { code: string; cities: readonly string[]; mrcs: Mrc[] }, kind: OrganizationKind) {
  if (kind === 'municipality')
    return region.code === '06' || region.code === '13' ? region.cities : [...region.cities, ...villages]
  const places = [...region.cities, ...region.mrcs.map((m) => m.name)]
  return region.code === '06' ? [...places, ...montrealNeighbourhoods] : places
}

/** The service categories each kind offers (a sample of them per organization). */
export const servicesByKind: Record<OrganizationKind, readonly string[]> = {
  community: [
    'reception_settlement',
    'housing',
    'administrative_procedures',
    'intercultural_activities',
    'family_youth',
    'community_life',
    'language_pairing',
  ],
  youth_employment: ['employment_help', 'credential_recognition', 'entrepreneurship', 'family_youth'],
  local_development: ['entrepreneurship', 'employment_help', 'community_life'],
  municipality: ['community_life', 'intercultural_activities', 'reception_settlement'],
  mrc: ['community_life', 'intercultural_activities', 'reception_settlement', 'housing'],
  school_service_centre: ['french_courses', 'family_youth', 'literacy'],
  cooperative: ['housing', 'community_life', 'entrepreneurship'],
  employment: ['employment_help', 'credential_recognition', 'administrative_procedures'],
  literacy: ['literacy', 'french_courses', 'language_pairing'],
  other: ['intercultural_activities', 'community_life', 'entrepreneurship'],
}

/** A host name from an organization's name: ascii, lower case, hyphens, at most 40 characters cut between words. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return slug.length <= 40 ? slug : slug.slice(0, 41).replace(/-[^-]*$/, '')
}

/** Titles of local actions by kind; a kind added to the catalogue later gets the generic one. */
export const actionTitles: Record<string, (place: string) => string> = {
  intercultural_meals: (p) => `Souper interculturel ${de(p)}`,
  regional_initiation: (p) => `Découverte de la région : journée d’initiation ${at(p)}`,
  origin_festivals: (p) => `Fête des pays d’origine ${at(p)}`,
  video_portraits: (p) => `Capsules vidéo « Ils ont choisi ${p} »`,
  awareness_campaigns: (p) => `Campagne « Ensemble ${at(p)} »`,
  school_tours: (p) => `Tournée de sensibilisation dans les écoles ${de(p)}`,
  pairing: (p) => `Jumelage interculturel ${at(p)}`,
  employer_sessions: (p) => `Séance d’information aux employeurs ${de(p)} sur le recrutement international`,
  cultural_outings: (p) => `Sortie culturelle et conférence sur l’histoire ${de(p)}`,
  integration_talks: (p) => `Atelier-causerie sur les clés de l’intégration ${at(p)}`,
  networking: (p) => `5 à 7 de réseautage ${at(p)}`,
  welcome_guides: (p) => `Guide d’accueil des personnes immigrantes ${de(p)}`,
}
export const genericActionTitle = (place: string) => `Action locale d’intégration à ${place}`

/** Kinds that run over weeks and may reach people uncounted (a campaign, a guide, videos). */
export const longActionKinds = new Set(['video_portraits', 'awareness_campaigns', 'welcome_guides', 'pairing'])
