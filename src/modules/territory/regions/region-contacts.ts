import type { Db } from '../../../platform/db/database.js'
import { listContactChannelsOn, listDirectoratesByRegion } from '../directorates/directorate.queries.js'
import type { ServicePointOutput } from '../service-points/service-point.contracts.js'
import { presentServicePoint } from '../service-points/service-point.presenter.js'
import { listServicePointRows, type ServicePointRow } from '../service-points/service-point.queries.js'
import { listRegions, type RegionRow } from './region.queries.js'

/** A public way to reach a region: an email address or a phone number. */
export type ContactChannel = { kind: 'email' | 'phone'; value: string }

/** How the public reaches a region on a date: the directorate serving it, its contact channels, its service points. */
export type RegionContacts = {
  region: RegionRow
  directorate: { nameFr: string; nameEn: string } | null
  contacts: ContactChannel[]
  servicePoints: ServicePointOutput[]
}

type OwnedChannel = ContactChannel & { regionCode: string | null; directorateId: string | null }

/** A region's channels: its own, then (listed once for all its regions) those of the directorate serving it. */
const isChannelOf = (c: OwnedChannel, regionCode: string, directorateId: string | undefined) =>
  c.regionCode === regionCode ||
  (c.regionCode === null && directorateId !== undefined && c.directorateId === directorateId)

function groupByRegion(rows: ServicePointRow[]): Map<string, ServicePointRow[]> {
  const groups = new Map<string, ServicePointRow[]>()
  for (const row of rows) {
    const group = groups.get(row.regionCode)
    if (group) group.push(row)
    else groups.set(row.regionCode, [row])
  }
  return groups
}

/**
 * Every region in code order with how to reach it on a date (public data only): four queries whatever the number of
 * regions, where asking `findRegionProfile` region by region costs five per region.
 */
export async function listRegionContacts(db: Db, date: string): Promise<RegionContacts[]> {
  const [regions, directorates, channels, points] = await Promise.all([
    listRegions(db),
    listDirectoratesByRegion(db, date),
    listContactChannelsOn(db, date),
    listServicePointRows(db, 'all', { activeOn: date }),
  ])
  const pointsByRegion = groupByRegion(points)
  return regions.map((region) => {
    const directorate = directorates.get(region.code)
    return {
      region,
      directorate: directorate ? { nameFr: directorate.nameFr, nameEn: directorate.nameEn } : null,
      contacts: channels
        .filter((c) => isChannelOf(c, region.code, directorate?.id))
        .map((c) => ({ kind: c.kind, value: c.value })),
      servicePoints: (pointsByRegion.get(region.code) ?? []).map((p) => presentServicePoint(p, date)),
    }
  })
}
