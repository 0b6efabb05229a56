import type { Actor, Ctx } from '../modules/access/index.js'
import { publishBilan } from '../modules/reports/index.js'
import { civilDate } from '../modules/territory/index.js'

/** The demo region's published Bilan: the seed's period, published once (version 1). */
export const DEMO_BILAN = { region: '11', from: '2019-08-01', to: '2021-06-30' } as const

export type DemoDirector = { id: string; email: string; displayName: string; directorateId: string }

/**
 * Publishes the demo region's Bilan for the seed's period as the demo director (through the publishing use case, so
 * it is audited and its documents rendered), so that the region's public page lists it.
 */
export async function loadDemoReports(ctx: Ctx, director: DemoDirector): Promise<{ id: string; version: number }> {
  const actor: Actor = {
    kind: 'user',
    userId: director.id,
    email: director.email,
    displayName: director.displayName,
    role: 'director',
    grant: { kind: 'directorate', ref: director.directorateId },
    locale: 'fr',
    via: 'session',
  }
  const scope = await ctx.resolveScope(ctx.db, actor.grant, civilDate(ctx.now))
  if (!scope) throw new Error('demo reports: the demo director has no scope')
  return publishBilan({ ...ctx, actor, scope }, DEMO_BILAN)
}
