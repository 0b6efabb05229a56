import type { Ctx } from '../../access/index.js'
import { findOrganizationNames } from '../../partners/index.js'
import type { DossierOutput } from './dossier.contracts.js'
import { type DossierNames, findDossierNames } from './dossier.queries.js'
import { auditDossierRead, getDossierRowForRead, presentDossierFor } from './dossier.service.js'
import { listTimelineRows, type TimelineRow } from './dossier-timeline.queries.js'

/** A timeline entry with the name of the organization a referral went to. */
export type TimelineEntry = TimelineRow & { organizationName: string | null }

/** What the dossier page shows: the dossier, the names it refers to, and its whole timeline. */
export type DossierView = { dossier: DossierOutput; names: DossierNames; timeline: TimelineEntry[] }

/**
 * The dossier page's data in three queries after the read check, audited once (`dossier.viewed`). On a server the
 * audit's commit (a WAL flush) runs beside the reads rather than before them; if it fails, nothing is shown.
 */
export async function getDossierView(ctx: Ctx, id: string): Promise<DossierView> {
  const row = await getDossierRowForRead(ctx, id)
  const dossier = presentDossierFor(ctx, row)
  const [, names, rows] = await Promise.all([
    auditDossierRead(ctx, row),
    findDossierNames(ctx.db, dossier),
    listTimelineRows(ctx.db, dossier.id),
  ])
  const organizations = await findOrganizationNames(
    ctx.db,
    rows.flatMap((r) => (r.organizationId ? [r.organizationId] : [])),
  )
  const timeline = rows.map((r) => ({
    ...r,
    organizationName: r.organizationId ? (organizations.get(r.organizationId) ?? null) : null,
  }))
  return { dossier, names, timeline }
}
