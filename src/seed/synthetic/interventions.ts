import type { CopyValue } from './copy.js'
import { localTimestamp, weekdayOnOrAfter } from './dates.js'
import type { DossierPlan } from './dossiers.js'
import { Draw, kinds, shareOf } from './random.js'
import type { World } from './world.js'

export const interventionColumns = [
  'dossier_id',
  'occurred_at',
  'occurred_on',
  'mode',
  'duration_minutes',
  'service_point_id',
  'region_code',
  'summary',
  'created_at',
] as const

const modes = [
  ['in_person', 50],
  ['phone', 30],
  ['video', 12],
  ['email', 8],
] as const
const summaries = [
  'Rencontre d’accueil : présentation des services et évaluation des besoins.',
  'Suivi téléphonique : recherche de logement, visite prévue samedi.',
  'Aide à la demande de carte d’assurance maladie (RAMQ).',
  'Inscription aux cours de français à temps complet.',
  'Accompagnement pour l’ouverture d’un compte bancaire.',
  'Préparation du curriculum vitæ et référence vers un organisme d’employabilité.',
  'Information sur les services de garde et la place en CPE.',
  'Suivi du plan d’action : étapes terminées, prochaine rencontre fixée.',
  'Démarches de reconnaissance des diplômes (évaluation comparative).',
  'Échange par courriel : documents pour le numéro d’assurance sociale.',
  'Activité de jumelage interculturel proposée par un organisme du quartier.',
] as const

/** How many interventions dossier `index` holds: the scale's total split exactly, unevenly, over the dossiers. */
export function interventionCount(world: World, index: number): number {
  return shareOf(world.seed, 1, world.sizes.interventions, world.sizes.dossiers, index)
}

/** A dossier's interventions, dated between its opening and its closure, given from its service point. */
export function interventionRows(world: World, plan: DossierPlan): CopyValue[][] {
  const draw = new Draw(world.seed, kinds.interventions, plan.index)
  const count = interventionCount(world, plan.index)
  const start = plan.firstMeeting ?? plan.opened
  const rows: CopyValue[][] = []
  for (let n = 0; n < count; n++) {
    // The first one is the first meeting; the others spread over the dossier's life.
    const day = n === 0 ? start : weekdayOnOrAfter(draw.int(start, Math.max(start, plan.last - 2)))
    const at = localTimestamp(day, draw.int(8 * 4 + 2, 16 * 4) * 15)
    rows.push([
      plan.id,
      at,
      at.slice(0, 10),
      n === 0 ? 'in_person' : draw.weighted(modes),
      draw.pick([15, 20, 30, 45, 60, 90]),
      plan.servicePointId,
      plan.regionCode,
      n === 0 ? summaries[0] : draw.pick(summaries),
      at,
    ])
  }
  return rows
}
