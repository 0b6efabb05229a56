import { assertCan, type Ctx } from '../../access/index.js'
import { notFound } from '../../../platform/errors.js'
import { findNarrative } from '../publications/narrative.queries.js'
import type { BilanNarrative } from './bilan.document.js'
import type { BilanModel } from './bilan.model.js'
import { computeBilan } from './bilan.service.js'

/** A Bilan asked for by region code or directorate id, and a period. */
export type BilanTarget = { region?: string; directorate?: string; from: string; to: string }

/**
 * The staff Bilan the caller may read (`reports.read`; every region it covers must be in the caller's scope, else
 * not_found, as for an unknown region), with the director's narrative when `withNarrative`.
 */
export async function readBilan(
  ctx: Ctx,
  target: BilanTarget,
  withNarrative: boolean,
): Promise<{ model: BilanModel; narrative: BilanNarrative }> {
  assertCan(ctx.actor, 'reports.read')
  if (target.region !== undefined && !ctx.scope.coversRegion(target.region)) throw notFound('region')
  const query = { regionCode: target.region, directorateId: target.directorate, from: target.from, to: target.to }
  const model = await computeBilan(ctx.db, query, ctx.now)
  if (!model.regions.every((r) => ctx.scope.coversRegion(r.code))) throw notFound('directorate')
  const narrative = withNarrative
    ? await findNarrative(ctx.db, model.region.code, model.period.from, model.period.to)
    : {}
  return { model, narrative }
}

/** The file name of a Bilan download: `bilan-<region slug>-<from>-<to>.<ext>`. */
export function bilanFileName(model: BilanModel, extension: string): string {
  return `bilan-${model.region.slug}-${model.period.from}-${model.period.to}.${extension}`
}
