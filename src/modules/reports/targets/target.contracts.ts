import { z } from 'zod'
import { regionCode } from '../../territory/index.js'
import { targetIndicators } from './target.indicators.js'

/** A fiscal year named by the year it starts (2020 = 2020-04-01 … 2021-03-31). */
export const fiscalYear = z.coerce.number().int().min(2000).max(2100)

/** Typed targets: a count ("1200") or a percentage ("85,5"); blank or null removes the target. */
export const targetValue = z
  .union([z.string().max(20), z.number()])
  .nullable()
  .optional()

export const setTargetsInput = z.object({
  regionCode,
  fiscalYear,
  targets: z.array(z.object({ indicator: z.enum(targetIndicators), value: targetValue })).max(targetIndicators.length),
})
export type SetTargetsInput = z.infer<typeof setTargetsInput>

export const targetProgressQuery = z.object({ region: regionCode.optional(), fiscalYear: fiscalYear.optional() })

const localized = z.object({ fr: z.string(), en: z.string() })

/** One indicator of a region: its target and actual value (counts as counts, shares as percentages), progress. */
export const indicatorProgressOutput = z.object({
  indicator: z.enum(targetIndicators),
  kind: z.enum(['count', 'share']),
  label: localized,
  definition: localized,
  target: z.number().nullable(),
  actual: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** actual / target (1 = reached); null without a target, a zero target or no data. */
  progress: z.number().nullable(),
  reached: z.boolean().nullable(),
})
export type IndicatorProgress = z.infer<typeof indicatorProgressOutput>

export const regionProgressOutput = z.object({
  regionCode: z.string(),
  nameFr: z.string(),
  nameEn: z.string(),
  fiscalYear: z.number(),
  /** The days counted: the fiscal year, up to today while it runs. */
  from: z.string(),
  to: z.string(),
  indicators: z.array(indicatorProgressOutput),
})
export type RegionProgress = z.infer<typeof regionProgressOutput>
