import { z } from 'zod'
import { regionCode } from '../../territory/index.js'
import { isLanguageCode } from '../../../platform/languages.js'
import { capacityStatuses, organizationKinds, serviceCategories } from './organization.schema.js'
import { webAddress } from './web-address.js'

const optionalText = (max: number) => z.string().trim().max(max).nullish()

/** A form sends one chosen value as a string and several as an array; the API sends an array. Duplicates fold. */
const listOf = <T extends z.ZodType>(item: T, max: number) =>
  z
    .preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(item).max(max))
    .transform((list) => [...new Set(list)])
    .default([])

const language = z
  .string()
  .trim()
  .transform((v) => v.toLowerCase())
  .refine(isLanguageCode, {
    params: { fr: 'Code de langue inconnu (ISO 639-1, ex. es).', en: 'Unknown language code (ISO 639-1, e.g. es).' },
  })

/** An MRC's geographic code (its existence and region are checked by the service, which reads them). */
export const mrcCode = z
  .string()
  .trim()
  .refine((v) => /^\d{2,3}$/.test(v), {
    params: { fr: 'Code de MRC invalide (ex. 03).', en: 'Invalid RCM code (e.g. 03).' },
  })

const postalCode = z
  .string()
  .trim()
  .refine((v) => /^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/.test(v), {
    params: { fr: 'Code postal invalide (ex. G4X 1A1).', en: 'Invalid postal code (e.g. G4X 1A1).' },
  })
  // Stored as Canada Post writes it: capitals, one space.
  .transform((v) => `${v.slice(0, 3)} ${v.slice(-3)}`.toUpperCase())

/** "true"/"false" of a form's radio buttons or a CSV cell, or a JSON boolean; absent: listed (the directory's purpose). */
const listed = z
  .preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean())
  .optional()
  .transform((v) => v ?? true)

/** An organization as created, or as fully replaced by the edit form (an absent optional field is cleared). */
export const organizationInput = z.object({
  name: z.string().trim().min(1).max(300),
  kind: z.enum(organizationKinds),
  regionCode,
  description: optionalText(2000),
  streetAddress: optionalText(300),
  city: optionalText(100),
  postalCode: postalCode.nullish(),
  website: webAddress.nullish(),
  email: z.email().max(200).nullish(),
  phone: optionalText(30),
  services: listOf(z.enum(serviceCategories), serviceCategories.length),
  languages: listOf(language, 30),
  servedRegionCodes: listOf(regionCode, 17),
  servedMrcCodes: listOf(mrcCode, 120),
  listedPublicly: listed,
})
export type OrganizationInput = z.input<typeof organizationInput>
export type OrganizationValues = z.output<typeof organizationInput>

const wholeNumber = { fr: 'Un nombre entier de 0 ou plus.', en: 'A whole number, 0 or more.' }

/**
 * A count typed in a form arrives as text; anything but a whole number from 0 ("-4", "abc") gets one clear message
 * rather than zod's "wrong type".
 */
const count = z.preprocess(
  (v) => (typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
  z
    .union([z.number(), z.string()])
    .refine((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100_000, { params: wholeNumber })
    .transform((v) => v as number),
)

/** The capacity the partner (or the directorate) states: a waiting list says how many persons wait. */
export const capacityInput = z
  .object({
    status: z.enum(capacityStatuses),
    waitingCount: count.nullish(),
    note: optionalText(500),
  })
  .refine((c) => c.status !== 'waiting_list' || (c.waitingCount ?? 0) > 0, {
    path: ['waitingCount'],
    params: {
      fr: 'Indiquez combien de personnes attendent (au moins 1) pour une liste d’attente.',
      en: 'Enter how many persons are waiting (at least 1) for a waiting list.',
    },
  })
export type CapacityInput = z.input<typeof capacityInput>

const nullableString = z.string().nullable()

export const capacityOutput = z.object({
  status: z.enum(capacityStatuses),
  waitingCount: z.number().nullable(),
  note: nullableString,
  updatedAt: nullableString,
  updatedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
})
export type CapacityOutput = z.infer<typeof capacityOutput>

/** An organization as the API and the pages show it: every field listed. */
export const organizationOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(organizationKinds),
  regionCode: z.string(),
  description: nullableString,
  streetAddress: nullableString,
  city: nullableString,
  postalCode: nullableString,
  website: nullableString,
  email: nullableString,
  phone: nullableString,
  services: z.array(z.enum(serviceCategories)),
  languages: z.array(z.string()),
  servedRegionCodes: z.array(z.string()),
  servedMrcCodes: z.array(z.string()),
  listedPublicly: z.boolean(),
  /** What the partner last said of its room; null until someone says. */
  capacity: capacityOutput.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type OrganizationOutput = z.infer<typeof organizationOutput>

/** A line of the list: enough to choose, filter and see the capacity at a glance. */
export const organizationSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(organizationKinds),
  regionCode: z.string(),
  city: nullableString,
  services: z.array(z.enum(serviceCategories)),
  servedMrcCodes: z.array(z.string()),
  listedPublicly: z.boolean(),
  capacityStatus: z.enum(capacityStatuses).nullable(),
  waitingCount: z.number().nullable(),
  capacityUpdatedAt: nullableString,
})
export type OrganizationSummary = z.infer<typeof organizationSummary>

/** The longest search. */
export const Q_MAX = 100

/** Filters of the list (API query string and the list page's GET form); `cursor`: the next page's opaque position. */
export const organizationListQuery = z.object({
  regionCode: regionCode.optional(),
  q: z.string().trim().max(Q_MAX).optional(),
  kind: z.enum(organizationKinds).optional(),
  service: z.enum(serviceCategories).optional(),
  mrc: mrcCode.optional(),
  cursor: z.string().max(400).optional(),
})
export type OrganizationQuery = z.output<typeof organizationListQuery>

export const organizationPage = z.object({ data: z.array(organizationSummary), nextCursor: z.string().nullable() })
export type OrganizationPage = z.infer<typeof organizationPage>
