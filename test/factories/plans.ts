import type { Ctx } from '../../src/modules/access/index.js'
import { createOrganization } from '../../src/modules/partners/index.js'
import { addPlanStep, assessNeeds } from '../../src/modules/people/index.js'
import { buildDossier } from './people.js'

let n = 0

/** A partner organization of a region (Gaspésie–Îles-de-la-Madeleine unless told). */
export function buildOrganization(ctx: Ctx, regionCode = '11') {
  n++
  return createOrganization(ctx, { name: `Organisme ${n}`, kind: 'community', regionCode, city: 'Gaspé' })
}

/** A dossier with needs assessed (housing high, French courses medium unless told) through the service. */
export async function buildAssessedDossier(
  ctx: Ctx,
  needs: { code: string; priority: 'high' | 'medium' | 'low' }[] = [
    { code: 'housing', priority: 'high' },
    { code: 'french_courses', priority: 'medium' },
  ],
  overrides: Parameters<typeof buildDossier>[1] = {},
) {
  const dossier = await buildDossier(ctx, overrides)
  const assessed = await assessNeeds(ctx, dossier.id, { needs: needs.map((x) => ({ ...x, status: 'identified' })) })
  const needId = (code: string) => assessed.find((a) => a.code === code)!.id
  return { dossier, assessed, needId }
}

/** A step of the agent's, due on a date, for a need of the dossier. */
export function buildPlanStep(ctx: Ctx, dossierId: string, needId: string, dueOn: string | null = '2030-01-15') {
  return addPlanStep(ctx, dossierId, {
    needId,
    action: 'Visiter des logements',
    responsible: 'agent',
    dueOn,
    status: 'planned',
  })
}
