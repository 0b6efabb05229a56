import type { CopyValue } from './copy.js'
import { isoOf } from './dates.js'
import type { DossierPlan } from './dossiers.js'
import { Draw, kinds, uuidFor } from './random.js'
import type { World } from './world.js'

export const needColumns = ['id', 'dossier_id', 'need_code', 'priority', 'status', 'assessed_on'] as const
export const stepColumns = [
  'id',
  'dossier_id',
  'need_id',
  'action',
  'responsible',
  'organization_id',
  'due_on',
  'status',
  'done_on',
] as const

const MAX_NEEDS = 4
const actions: Record<string, string> = {
  installation: 'Accompagner la personne dans ses démarches d’installation',
  francisation: 'S’inscrire à un cours de français adapté à son niveau',
  employment: 'Rencontrer une conseillère en emploi et préparer son CV',
  community: 'Participer à une activité de jumelage dans son quartier',
}

/** The needs assessed in a dossier (none before the assessment, or when the catalogue is empty). */
export function dossierNeeds(world: World, plan: DossierPlan): { id: string; code: string; volet: string }[] {
  if (plan.status === 'open' || world.needs.length === 0) return []
  const draw = new Draw(world.seed, kinds.needs, plan.index)
  const picked = draw.sample(world.needs, Math.min(world.needs.length, draw.int(1, MAX_NEEDS)))
  return picked.map((n, k) => ({ id: uuidFor(world.seed, kinds.need, plan.index * 8 + k), ...n }))
}

/** Whether the dossier has an action plan (its needs then each have a step). */
export const hasPlan = (plan: DossierPlan) => plan.status !== 'open' && plan.status !== 'assessment'

/** The step ids of a dossier's plan, one per need, as referrals point to them. */
export function stepIds(world: World, plan: DossierPlan, needCount: number): string[] {
  if (!hasPlan(plan)) return []
  return Array.from({ length: needCount }, (_, k) => uuidFor(world.seed, kinds.step, plan.index * 8 + k))
}

/** A dossier's assessed needs and plan steps as COPY rows. */
export function needAndStepRows(world: World, plan: DossierPlan): { needs: CopyValue[][]; steps: CopyValue[][] } {
  const draw = new Draw(world.seed, kinds.needs + 40, plan.index)
  const needs = dossierNeeds(world, plan)
  const assessed = isoOf(plan.firstMeeting ?? plan.opened)
  const closed = plan.status === 'closed'
  const steps = stepIds(world, plan, needs.length)
  const orgs = world.regions[plan.regionIndex]!.organizationIds
  return {
    needs: needs.map((n) => [
      n.id,
      plan.id,
      n.code,
      draw.pick(['high', 'medium', 'low']),
      closed ? draw.pick(['met', 'met', 'dropped']) : draw.pick(['identified', 'in_progress']),
      assessed,
    ]),
    steps: steps.map((id, k) => {
      const responsible = draw.pick(['person', 'agent', 'partner'] as const)
      const due = (plan.firstMeeting ?? plan.opened) + draw.int(14, 120)
      const done = closed || (due < plan.last && draw.chance(0.5))
      return [
        id,
        plan.id,
        needs[k]!.id,
        actions[needs[k]!.volet] ?? 'Faire le point sur ce besoin',
        responsible,
        responsible === 'partner' ? draw.pick(orgs) : null,
        isoOf(due),
        done ? 'done' : draw.pick(['planned', 'in_progress']),
        done ? isoOf(Math.min(due, plan.last)) : null,
      ]
    }),
  }
}
