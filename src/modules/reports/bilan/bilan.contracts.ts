import { z } from 'zod'
import { isoDate } from '../../../platform/validation.js'
import { regionCode } from '../../territory/index.js'
import { bilanFormats } from '../render/render-bilan.js'

const one = {
  fr: 'Choisissez une région ou une direction régionale, pas les deux.',
  en: 'Choose a region or a regional directorate, not both.',
}

/** What a Bilan is asked for: one region or one directorate, and a period (civil dates). */
export const bilanTarget = {
  region: regionCode.optional(),
  directorate: z.uuid().optional(),
  from: isoDate(),
  to: isoDate(),
}

const exactlyOne = (q: { region?: string; directorate?: string }) =>
  (q.region === undefined) !== (q.directorate === undefined)

/** The API's query string: `GET /api/v1/reports/bilan`. */
export const bilanApiQuery = z
  .object({
    ...bilanTarget,
    lang: z.enum(['fr', 'en']).default('fr'),
    format: z.enum(bilanFormats).default('json'),
  })
  .refine(exactlyOne, { path: ['region'], params: one })
export type BilanApiQuery = z.output<typeof bilanApiQuery>

/** The staff page's GET form: every field optional (an empty form shows the defaults), checked by the page. */
export const bilanPageQuery = z.object({
  region: z.string().max(10).optional(),
  directorate: z.string().max(40).optional(),
  from: z.string().max(20).optional(),
  to: z.string().max(20).optional(),
  /** The document's language (`langue`, not `lang`: `?lang=` switches the interface and is remembered). */
  langue: z.string().max(5).optional(),
  format: z.string().max(10).optional(),
})
export type BilanPageQuery = z.output<typeof bilanPageQuery>
