import { z } from 'zod'
import { regionCode } from '../../territory/index.js'
import { contactLanguages, sizeBands } from './enterprise.schema.js'
import { neqLength, normalizeNeq, normalizePostalCode } from './neq.js'

const optionalText = (max: number) => z.string().trim().max(max).nullish()
const flag = z.preprocess((v) => v === 'true' || v === true || v === 'on', z.boolean()).optional()

const neq = z
  .string()
  .refine((v) => normalizeNeq(v) !== undefined, { params: neqLength })
  .transform((v) => normalizeNeq(v)!)
  .nullish()

const postalCode = z
  .string()
  .refine((v) => normalizePostalCode(v) !== undefined, {
    params: { fr: 'Code postal invalide (ex. G4X 2R1).', en: 'Invalid postal code (e.g. G4X 2R1).' },
  })
  .transform((v) => normalizePostalCode(v)!)
  .nullish()

const website = z
  .string()
  .trim()
  .max(300)
  .refine((v) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v), {
    params: {
      fr: 'Adresse Web invalide (ex. https://exemple.ca).',
      en: 'Invalid web address (e.g. https://example.ca).',
    },
  })
  .nullish()

/** An enterprise as created, or as fully replaced by the edit form and `PUT` (an absent optional field is cleared). */
export const enterpriseInput = z.object({
  legalName: z.string().trim().min(1).max(200),
  neq,
  /** A SCIAN 2022 sector code (`GET /api/v1/scian-sectors`). */
  scianCode: z.string().trim().min(1).max(10),
  sizeBand: z.enum(sizeBands).nullish(),
  streetAddress: optionalText(300),
  city: z.string().trim().min(1).max(100),
  postalCode,
  /** An MRC of the region. */
  mrcCode: z.string().trim().max(10).nullish(),
  regionCode,
  phone: optionalText(30),
  email: z.email().max(200).nullish(),
  website,
  notes: optionalText(2000),
  /** The user looked at the enterprises of a similar name in the municipality and says this is another one. */
  confirmedNotDuplicate: flag,
})
export type EnterpriseInput = z.output<typeof enterpriseInput>

/** A person to talk to at an enterprise, as added or fully replaced. */
export const contactInput = z.object({
  name: z.string().trim().min(1).max(200),
  jobTitle: optionalText(200),
  email: z.email().max(200).nullish(),
  phone: optionalText(30),
  language: z.enum(contactLanguages).default('fr'),
})
export type ContactInput = z.output<typeof contactInput>

const nullable = z.string().nullable()

export const contactOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  jobTitle: nullable,
  email: nullable,
  phone: nullable,
  language: z.enum(contactLanguages),
})
export type ContactOutput = z.infer<typeof contactOutput>

/** An enterprise as the API and the pages show it: every field listed. */
export const enterpriseOutput = z.object({
  id: z.uuid(),
  legalName: z.string(),
  neq: nullable,
  scianCode: z.string(),
  sizeBand: z.enum(sizeBands).nullable(),
  streetAddress: nullable,
  city: z.string(),
  postalCode: nullable,
  mrcCode: nullable,
  regionCode: z.string(),
  phone: nullable,
  email: nullable,
  website: nullable,
  notes: nullable,
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type EnterpriseOutput = z.infer<typeof enterpriseOutput>

/** One enterprise with its contacts. */
export const enterpriseDetailsOutput = enterpriseOutput.extend({ contacts: z.array(contactOutput) })
export type EnterpriseDetails = z.infer<typeof enterpriseDetailsOutput>

/** What a duplicate conflict names: enough to recognize the enterprise and open it. */
export type EnterpriseCandidate = {
  id: string
  legalName: string
  city: string
  neq: string | null
  regionCode: string
}

/** The longest search of the enterprise list. */
export const Q_MAX = 100
export const PAGE_SIZE = 50

/** Filters of the list (API query string and the list page's GET form): words or NEQ, sector, MRC, region, page. */
export const enterpriseListQuery = z.object({
  q: z.string().trim().max(Q_MAX).optional(),
  sector: z.string().trim().max(10).optional(),
  mrc: z.string().trim().max(10).optional(),
  region: regionCode.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
})
export type EnterpriseFilter = z.output<typeof enterpriseListQuery>

export const enterprisePage = z.object({ data: z.array(enterpriseOutput), nextPage: z.number().int().nullable() })
export type EnterprisePage = z.infer<typeof enterprisePage>

export const contactParams = z.object({ id: z.uuid(), contactId: z.uuid() })
