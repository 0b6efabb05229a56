import { can, type Ctx, forbiddenUnless } from '../../access/index.js'
import { notFound } from '../../../platform/errors.js'
import type { OccupationOutput, ScianSectorOutput, UnitGroupOutput } from './occupation.contracts.js'
import { findUnitGroups, listScianSectors, searchOccupations } from './occupation.queries.js'

// Reference data (CNP 2021, SCIAN 2022): any staff member reads it; no audit (nothing personal).

/** CNP 2021 unit groups matching a code (prefix) or words, best first. */
export async function searchOccupationsFor(ctx: Ctx, q: string, limit: number): Promise<OccupationOutput[]> {
  forbiddenUnless(can(ctx.actor, 'app.use'))
  return searchOccupations(ctx.db, q, limit)
}

/** One unit group with its TEER and its groups, or not_found. */
export async function getUnitGroupOrThrow(ctx: Ctx, code: string): Promise<UnitGroupOutput> {
  forbiddenUnless(can(ctx.actor, 'app.use'))
  const [unit] = await findUnitGroups(ctx.db, [code])
  if (!unit) throw notFound('occupation')
  return unit
}

/** Every SCIAN 2022 sector. */
export async function listScianSectorsFor(ctx: Ctx): Promise<ScianSectorOutput[]> {
  forbiddenUnless(can(ctx.actor, 'app.use'))
  return listScianSectors(ctx.db)
}
