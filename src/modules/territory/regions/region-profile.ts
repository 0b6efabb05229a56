import type { Db } from '../../../platform/db/database.js'
import { findDirectorateOfRegion, listContactChannels } from '../directorates/directorate.queries.js'
import { presentServicePoint } from '../service-points/service-point.presenter.js'
import { listServicePointRows } from '../service-points/service-point.queries.js'
import { listStaffRows } from '../staff/staff.queries.js'
import type { RegionContacts } from './region-contacts.js'
import { findRegionBySlug } from './region.queries.js'

/** What the public knows of a region on a date: its directorate, team size by role, service points, contacts. */
export type RegionProfile = RegionContacts & { advisors: number; agents: number }

/** The public profile of a region by its slug; undefined for an unknown slug. Public data only (no names). */
export async function findRegionProfile(db: Db, slug: string, date: string): Promise<RegionProfile | undefined> {
  const region = await findRegionBySlug(db, slug)
  if (!region) return undefined
  const directorate = await findDirectorateOfRegion(db, region.code, date)
  const [points, staff, contacts] = await Promise.all([
    listServicePointRows(db, [region.code], { activeOn: date }),
    listStaffRows(db, [region.code], { activeOn: date }),
    listContactChannels(db, region.code, directorate?.id, date),
  ])
  return {
    region,
    directorate: directorate ? { nameFr: directorate.nameFr, nameEn: directorate.nameEn } : null,
    advisors: staff.filter((s) => s.role === 'advisor').length,
    agents: staff.filter((s) => s.role === 'agent').length,
    servicePoints: points.map((p) => presentServicePoint(p, date)),
    contacts,
  }
}
