import type { RegionRow } from '../../territory/index.js'
import { type Lang, localName } from '../../../platform/views/i18n.js'
import { regionMeta } from '../public-site.messages.js'
import { regionHref } from './region-paths.js'

/** Service points in force, by region code (a region without any is absent). */
export type PointCounts = ReadonlyMap<string, number>

/**
 * The regions as link tiles, by name in the page's language, each with its number and its service points; `current`
 * marks the region of the page being read.
 */
export function RegionTiles(p: { lang: Lang; regions: RegionRow[]; points: PointCounts; current?: string }) {
  return (
    <ul class="tile-list">
      {p.regions.map((r) => (
        <li key={r.code}>
          <a
            class="link-tile"
            href={regionHref(p.lang, r.slug)}
            aria-current={r.slug === p.current ? 'page' : undefined}
          >
            <span class="tile-title">{localName(p.lang, r)}</span>
            <span class="tile-meta">{regionMeta(p.lang, r.code, p.points.get(r.code) ?? 0)}</span>
          </a>
        </li>
      ))}
    </ul>
  )
}
