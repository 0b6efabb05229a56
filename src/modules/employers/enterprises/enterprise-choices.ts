import type { Ctx } from '../../access/index.js'
import { listMrcsOfRegionsOrThrow, listRegionsInScope } from '../../territory/index.js'
import { type Lang, localName } from '../../../platform/views/i18n.js'
import { listScianSectors } from '../occupations/occupation.queries.js'

export type Option = { value: string; label: string }
/** What the enterprise forms and filters offer: the caller's regions, their MRCs, the SCIAN sectors. */
export type EnterpriseChoices = { regions: Option[]; mrcs: Option[]; sectors: Option[] }

/** The regions the caller may choose, their MRCs (named with their region when there are several), the sectors. */
export async function enterpriseChoicesOf(ctx: Ctx, lang: Lang): Promise<EnterpriseChoices> {
  const [regions, sectors] = await Promise.all([listRegionsInScope(ctx), listScianSectors(ctx.db)])
  const rows = await listMrcsOfRegionsOrThrow(
    ctx,
    regions.map((r) => r.code),
  )
  const names = new Map(regions.map((r) => [r.code, localName(lang, r)]))
  return {
    regions: regions.map((r) => ({ value: r.code, label: localName(lang, r) })),
    mrcs: rows.map((mrc) => ({
      value: mrc.code,
      label: regions.length > 1 ? `${mrc.name} (${names.get(mrc.regionCode)})` : mrc.name,
    })),
    sectors: sectors.map((s) => ({ value: s.code, label: `${s.code} — ${localName(lang, s)}` })),
  }
}

/** The label of a value among options (the value itself when absent, a dash when empty). */
export function labelOf(options: Option[], value: string | null): string {
  if (!value) return '—'
  return options.find((o) => o.value === value)?.label ?? value
}
