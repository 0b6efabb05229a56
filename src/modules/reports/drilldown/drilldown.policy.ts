import { type Actor, can, type Permission } from '../../access/index.js'
import type { FigureKey } from '../bilan/bilan.model.js'
import type { BilanTarget } from '../bilan/bilan.read.js'

/** The staff page of the Bilan, and where a figure's records are listed. */
export const BILANS_PAGE = '/app/bilans'
export const FIGURES_PAGE = '/app/bilans/chiffres'

/** The permission a figure's records need besides `reports.read` (persons: people.read; enterprises: employers.read). */
export const figurePermissions: Record<FigureKey, Permission> = {
  personsAccompanied: 'people.read',
  enterprisesAccompanied: 'employers.read',
  agreements: 'partners.read',
  team: 'territory.read',
  servicePoints: 'territory.read',
  actionKinds: 'partners.read',
  resourceOrganizations: 'partners.read',
  committedAmounts: 'partners.read',
}

/** Whether the actor may list the records behind a figure. */
export function canDrillInto(actor: Actor, figure: FigureKey): boolean {
  return can(actor, 'reports.read') && can(actor, figurePermissions[figure])
}

/** The query string of a Bilan (region or directorate, period), for links between its pages. */
export function targetQuery(target: BilanTarget, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams()
  if (target.directorate) params.set('directorate', target.directorate)
  else if (target.region) params.set('region', target.region)
  params.set('from', target.from)
  params.set('to', target.to)
  for (const [k, v] of Object.entries(extra)) params.set(k, v)
  return params.toString()
}

/** The drill-down page of one figure. */
export function figureHref(figure: FigureKey, target: BilanTarget): string {
  return `${FIGURES_PAGE}/${figure}?${targetQuery(target)}`
}
