import { type Ctx, findUserRoles } from '../../access/index.js'
import { findOrganizationNames } from '../../partners/index.js'
import { findTerritoryNames, type TerritoryNames } from '../../territory/index.js'
import type { DossierOutput } from './dossier.contracts.js'
import { type DossierNames, findPersonName } from './dossier.queries.js'
import { auditDossierRead, getDossierRowForRead, presentDossierFor } from './dossier.service.js'
import { listTimelineRows, type TimelineRow } from './dossier-timeline.queries.js'

/** A timeline entry with the name of the organization a referral went to. */
export type TimelineEntry = TimelineRow & { organizationName: string | null }

/** What the dossier page shows: the dossier, the names it refers to, and its whole timeline. */
export type DossierView = { dossier: DossierOutput; names: DossierNames; timeline: TimelineEntry[] }

/**
 * The dossier page's data in six queries after the read check, audited once (`dossier.viewed`). On a server the
 * audit's commit (a WAL flush) runs beside the reads rather than before them; if it fails, nothing is shown.
 */
export async function getDossierView(ctx: Ctx, id: string): Promise<DossierView> {
  const row = await getDossierRowForRead(ctx, id)
  const dossier = presentDossierFor(ctx, row)
  const [, personName, rows] = await Promise.all([
    auditDossierRead(ctx, row),
    findPersonName(ctx.db, dossier.personId),
    listTimelineRows(ctx.db, dossier.id),
  ])
  const [territory, organizations, authors] = await Promise.all([
    findTerritoryNames(ctx.db, {
      servicePointIds: [dossier.servicePointId],
      staffIds: [dossier.agentId],
      regionCodes: [dossier.regionCode, ...transferRegionCodes(rows)],
    }),
    findOrganizationNames(
      ctx.db,
      rows.flatMap((r) => (r.organizationId ? [r.organizationId] : [])),
    ),
    findUserRoles(ctx.db, commentAuthors(rows)),
  ])
  const timeline = nameTransferRegions(nameCommentAuthors(rows, authors), territory.regions).map((r) => ({
    ...r,
    organizationName: r.organizationId ? (organizations.get(r.organizationId) ?? null) : null,
  }))
  return { dossier, names: dossierNames(dossier, personName, territory), timeline }
}

function dossierNames(dossier: DossierOutput, personName: string, territory: TerritoryNames): DossierNames {
  const region = territory.regions.get(dossier.regionCode)
  return {
    personName,
    servicePointName: territory.servicePoints.get(dossier.servicePointId) ?? '',
    agentName: dossier.agentId ? (territory.staff.get(dossier.agentId) ?? null) : null,
    regionNameFr: region?.nameFr ?? dossier.regionCode,
    regionNameEn: region?.nameEn ?? dossier.regionCode,
  }
}

/** The region codes a timeline's transfers name (`a` the region left, `c` the one reached). */
function transferRegionCodes(rows: readonly TimelineRow[]): string[] {
  return rows.flatMap((r) => (r.source === 'transfer' ? [r.a, r.c].filter((c): c is string => c !== null) : []))
}

/** The transfers with their regions' names in both languages (`a`/`b` from, `c`/`d` to) in place of the codes. */
function nameTransferRegions(rows: readonly TimelineRow[], regions: TerritoryNames['regions']): TimelineRow[] {
  return rows.map((r) => {
    if (r.source !== 'transfer') return r
    const from = regions.get(r.a ?? '')
    const to = regions.get(r.c ?? '')
    return { ...r, a: from?.nameFr ?? r.a, b: from?.nameEn ?? r.a, c: to?.nameFr ?? r.c, d: to?.nameEn ?? r.c }
  })
}

/** The accounts that wrote a referral's comments (a referral entry whose status did not change carries it in `d`). */
function commentAuthors(rows: readonly TimelineRow[]): string[] {
  return rows.flatMap((r) => (r.source === 'referral' && r.d ? [r.d] : []))
}

/** Each comment's author as the timeline says it: 'organization' (a partner account) or 'staff'. */
function nameCommentAuthors(rows: readonly TimelineRow[], roles: ReadonlyMap<string, string>): TimelineRow[] {
  return rows.map((r) => {
    if (r.source !== 'referral' || !r.d) return r
    const role = roles.get(r.d)
    return { ...r, d: role === undefined ? null : role === 'partner' ? 'organization' : 'staff' }
  })
}
