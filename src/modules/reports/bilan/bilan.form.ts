import type { Actor } from '../../access/index.js'
import type { FieldErrors } from '../../../platform/errors.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { civilDate, type RegionRow } from '../../territory/index.js'
import { fiscalYearOf } from '../../partners/index.js'
import type { BilanPageQuery } from './bilan.contracts.js'
import { bilanText as m } from './bilan.messages.js'
import type { BilanTarget } from './bilan.read.js'
import { periodErrors } from './bilan.service.js'

export type BilanFormValues = { region: string; directorate: string; from: string; to: string; langue: Lang }

/** The staff form's state: its values, its errors, and the Bilan it asks for when it was sent and is valid. */
export type BilanForm = { values: BilanFormValues; errors?: FieldErrors; target?: BilanTarget }

/** The directorate the caller may report on as a whole: theirs, when their scope is one with several regions. */
export function ownDirectorate(actor: Actor | null, regions: RegionRow[]): string | undefined {
  if (actor?.kind !== 'user' || actor.grant.kind !== 'directorate' || regions.length < 2) return undefined
  return actor.grant.ref ?? undefined
}

/** The form's values: what was sent, else the defaults (the caller's first region, this fiscal year up to today). */
function valuesOf(query: BilanPageQuery, regions: RegionRow[], now: Date, lang: Lang): BilanFormValues {
  const today = civilDate(now)
  return {
    region: query.region ?? regions[0]?.code ?? '',
    directorate: query.directorate ?? '',
    from: query.from ?? `${fiscalYearOf(today)}-04-01`,
    to: query.to ?? today,
    langue: query.langue === 'en' || query.langue === 'fr' ? query.langue : lang,
  }
}

function targetErrors(v: BilanFormValues, regions: RegionRow[], directorate?: string): FieldErrors {
  if (v.directorate) return v.directorate === directorate ? {} : { directorate: m.unknownDirectorate }
  if (!v.region) return { region: m.regionOrDirectorate }
  return regions.some((r) => r.code === v.region) ? {} : { region: m.unknownRegion }
}

/**
 * Reads the staff form (a GET form: an empty query is the form with its defaults, nothing asked yet). The region must
 * be one of the caller's; the directorate, the caller's own.
 */
export function readBilanForm(
  query: BilanPageQuery,
  p: { regions: RegionRow[]; actor: Actor | null; now: Date; lang: Lang },
): BilanForm {
  const values = valuesOf(query, p.regions, p.now, p.lang)
  const sent = Object.values(query).some((v) => v !== undefined)
  if (!sent) return { values }
  const errors: FieldErrors = {
    ...targetErrors(values, p.regions, ownDirectorate(p.actor, p.regions)),
    ...periodErrors(values.from, values.to),
  }
  if (query.langue !== undefined && query.langue !== 'fr' && query.langue !== 'en') errors.langue = m.badLang
  if (Object.keys(errors).length) return { values, errors }
  const target = values.directorate
    ? { directorate: values.directorate, from: values.from, to: values.to }
    : { region: values.region, from: values.from, to: values.to }
  return { values, target }
}
