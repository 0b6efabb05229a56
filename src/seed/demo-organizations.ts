import type { Ctx } from '../modules/access/index.js'
import { createOrganization, type OrganizationInput, updateCapacity } from '../modules/partners/index.js'

// The four resource organizations of the seed's region (its "Des ressources disponibles"), with the services they offer,
// the languages they serve in and the MRCs they cover (Gaspésie–Îles-de-la-Madeleine: 01 Les Îles-de-la-Madeleine,
// 02 Le Rocher-Percé, 03 La Côte-de-Gaspé, 04 La Haute-Gaspésie, 05 Bonaventure, 06 Avignon). No street address or
// website is invented: the public page lists them by name, as the seed does.
export const demoOrganizations: readonly OrganizationInput[] = [
  {
    name: 'Carrefour Jeunesse Emploi Avignon Bonaventure Action Travail Chaleurs',
    kind: 'youth_employment',
    regionCode: '11',
    city: 'Bonaventure',
    description:
      'Accompagnement vers l’emploi et l’entrepreneuriat des jeunes adultes, dont les personnes immigrantes.',
    services: ['employment_help', 'credential_recognition', 'entrepreneurship', 'reception_settlement'],
    languages: ['fr', 'en'],
    servedMrcCodes: ['05', '06'],
  },
  {
    name: 'Carrefour Jeunesse Emploi Rocher Percé Option Emploi',
    kind: 'youth_employment',
    regionCode: '11',
    city: 'Chandler',
    description: 'Recherche d’emploi, reconnaissance des compétences et accueil des nouveaux arrivants.',
    services: ['employment_help', 'credential_recognition', 'reception_settlement', 'housing'],
    languages: ['fr', 'en', 'es'],
    servedMrcCodes: ['02'],
  },
  {
    name: 'Centre Local de Développement de la Haute Gaspésie',
    kind: 'local_development',
    regionCode: '11',
    city: 'Sainte-Anne-des-Monts',
    description: 'Soutien aux entreprises et aux projets d’entrepreneuriat immigrant.',
    services: ['entrepreneurship', 'employment_help', 'community_life'],
    languages: ['fr'],
    servedMrcCodes: ['04'],
  },
  {
    name: 'Pouvoir des mots de Gaspé',
    kind: 'literacy',
    regionCode: '11',
    city: 'Gaspé',
    description: 'Alphabétisation, cours de français et jumelage linguistique.',
    services: ['literacy', 'french_courses', 'language_pairing', 'intercultural_activities'],
    languages: ['fr', 'en', 'es', 'ar'],
    servedMrcCodes: ['03', '04'],
  },
]

/**
 * Creates the four resource organizations (in the order above: the partner demo account belongs to the last) and
 * states the capacity of two, as their partners would; returns their ids in order.
 */
export async function createDemoOrganizations(ctx: Ctx): Promise<string[]> {
  const ids: string[] = []
  for (const o of demoOrganizations) ids.push((await createOrganization(ctx, o)).id)
  await updateCapacity(ctx, ids[1]!, { status: 'waiting_list', waitingCount: 6, note: 'Environ trois semaines.' })
  await updateCapacity(ctx, ids[3]!, { status: 'available', note: 'Groupes de francisation le soir.' })
  return ids
}
