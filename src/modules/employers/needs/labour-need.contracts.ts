import { z } from 'zod'
import type { Localized } from '../../../platform/errors.js'
import { languageCode } from '../../../platform/languages.js'
import { parseDollars } from '../../../platform/money.js'
import { isoDate } from '../../../platform/validation.js'
import { employmentTypes, labourNeedStatuses, wageUnits } from './labour-need.schema.js'

const optionalText = (max: number) => z.string().trim().max(max).nullish()

/** A whole number a form sends as text ("3") or the API as a number, within bounds, with one message for all else. */
export const wholeNumber = (min: number, max: number, message: Localized) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v),
    z
      .unknown()
      .refine((n) => Number.isInteger(n) && (n as number) >= min && (n as number) <= max, { params: message })
      // What the API documents: the form's text is read as the number it spells.
      .meta({ type: 'integer', minimum: min, maximum: max }),
  ) as unknown as z.ZodType<number>

const atLeastOnePosition = {
  fr: 'Un nombre entier de postes, de 1 à 10 000.',
  en: 'A whole number of positions, from 1 to 10,000.',
}
export const frenchScale = {
  fr: 'Un niveau de 1 à 12 (échelle québécoise des niveaux de compétence en français).',
  en: 'A level from 1 to 12 (Québec scale of French proficiency).',
}
export const experienceRange = {
  fr: 'Un nombre entier d’années, de 0 à 60.',
  en: 'A whole number of years, from 0 to 60.',
}
const badWage = {
  fr: 'Salaire invalide : un montant en dollars supérieur à 0 (ex. 22,50 ou 48 000).',
  en: 'Invalid wage: an amount in dollars above 0 (e.g. 22.50 or 48,000).',
}
export const wageUnitMissing = {
  fr: 'Précisez si le salaire est à l’heure ou à l’année.',
  en: 'Say whether the wage is per hour or per year.',
}

/** A form sends one chosen value as a string and several as an array; the API sends an array. Duplicates fold. */
const languages = z
  .preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(languageCode).max(20))
  .transform((list) => [...new Set(list)].sort())
  .default([])

/** Dollars typed in French or English ("22,50 $", "48 000", "$48,000.00") or a JSON number, as exact cents (> 0). */
const wage = z
  .union([z.string(), z.number()])
  .meta({
    description:
      'The wage in dollars, typed in French or English ("22,50 $", "48,000.00") or a number; output as wageCents.',
  })
  .transform((v, ctx) => {
    const cents = parseDollars(String(v))
    if (cents === undefined || cents <= 0) {
      ctx.addIssue({ code: 'custom', params: badWage })
      return z.NEVER
    }
    return cents
  })
  .nullish()

/** Yes/no of a form's radio buttons ("true"/"false") or a JSON boolean; absent: no. */
const yesNo = z
  .preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean())
  .optional()
  .transform((v) => v ?? false)

/**
 * The fields of a labour need. `cnpCode` is what the CNP field holds (a 5-digit code; the service resolves and checks
 * it); `wage` is in dollars and becomes cents; an absent location is the enterprise's.
 */
export const labourNeedShape = {
  enterpriseId: z.uuid(),
  title: z.string().trim().min(1).max(200),
  cnpCode: z.string().trim().min(1).max(200),
  positions: wholeNumber(1, 10_000, atLeastOnePosition),
  frenchLevel: wholeNumber(1, 12, frenchScale).nullish(),
  otherLanguages: languages,
  experienceYears: wholeNumber(0, 60, experienceRange).nullish(),
  regulatedProfession: yesNo,
  credentialRequired: optionalText(300),
  wage,
  wageUnit: z.enum(wageUnits).nullish(),
  employmentType: z.enum(employmentTypes),
  city: optionalText(100),
  mrcCode: z.string().trim().max(10).nullish(),
  startOn: isoDate().nullish(),
  /** Absent: open for a new need, unchanged for a replaced one (a PUT without it never reopens a filled need). */
  status: z.enum(labourNeedStatuses).optional(),
  description: optionalText(4000),
}

/** A labour need as created, or as fully replaced by the edit form and the API's PUT (absent optional fields clear). */
export const labourNeedInput = z.object(labourNeedShape).refine((v) => v.wage == null || v.wageUnit != null, {
  path: ['wageUnit'],
  params: wageUnitMissing,
})
export type LabourNeedInput = z.output<typeof labourNeedInput>

export const labourNeedOutput = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  title: z.string(),
  cnpCode: z.string(),
  cnpTitleFr: z.string().nullable(),
  cnpTitleEn: z.string(),
  teer: z.number(),
  broadCategory: z.string(),
  positions: z.number(),
  frenchLevel: z.number().nullable(),
  otherLanguages: z.array(z.string()),
  experienceYears: z.number().nullable(),
  regulatedProfession: z.boolean(),
  credentialRequired: z.string().nullable(),
  wageCents: z.number().nullable(),
  wageUnit: z.enum(wageUnits).nullable(),
  employmentType: z.enum(employmentTypes),
  city: z.string().nullable(),
  mrcCode: z.string().nullable(),
  regionCode: z.string(),
  startOn: z.string().nullable(),
  status: z.enum(labourNeedStatuses),
  description: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type LabourNeedOutput = z.infer<typeof labourNeedOutput>

/** The longest text search of the list. */
export const Q_MAX = 100
/** Rows of a page of the list (pages and API). */
export const NEED_PAGE_SIZE = 100

/**
 * Filters of the list (API query string and the list page's GET form): status, CNP broad category (first digit),
 * region, MRC, enterprise, words of the title or the enterprise's name; `offset` pages through.
 */
export const labourNeedListQuery = z.object({
  status: z.enum(labourNeedStatuses).optional(),
  category: z.string().trim().regex(/^\d$/).optional(),
  region: z.string().trim().max(10).optional(),
  mrc: z.string().trim().max(10).optional(),
  enterprise: z.uuid().optional(),
  q: z.string().trim().max(Q_MAX).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
})
export type LabourNeedFilter = z.output<typeof labourNeedListQuery>

/** A page of the list; `next` is the offset of the following page (null at the end). */
export const labourNeedPage = z.object({ data: z.array(labourNeedOutput), next: z.number().nullable() })
export type LabourNeedPage = z.infer<typeof labourNeedPage>
