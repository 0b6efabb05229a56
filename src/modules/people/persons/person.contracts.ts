import { z } from 'zod'
import { regionCode } from '../../territory/index.js'
import { isoDate } from '../../../platform/validation.js'
import { isLanguageCode } from '../../../platform/languages.js'
import { isCountryCode } from './countries.js'
import { genders, householdRelations, immigrationCategories, preferredLanguages } from './person.schema.js'

const optionalText = (max: number) => z.string().trim().max(max).nullish()
const name = z.string().trim().min(1).max(100)

const country = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine(isCountryCode, {
    params: { fr: 'Code de pays inconnu (ISO 3166, ex. HT).', en: 'Unknown country code (ISO 3166, e.g. HT).' },
  })
const language = z
  .string()
  .trim()
  .transform((v) => v.toLowerCase())
  .refine(isLanguageCode, {
    params: { fr: 'Code de langue inconnu (ISO 639-1, ex. es).', en: 'Unknown language code (ISO 639-1, e.g. es).' },
  })

/** A form sends one chosen value as a string and several as an array; the API sends an array. */
const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(item).max(20)).default([])

/** A French level on the Québec scale (1–12); a form sends it as text. */
const frenchLevel = z
  .preprocess((v) => (typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v), z.number().int().min(1).max(12))
  .nullish()

/** Ticked box of a form ("true") or a JSON boolean. */
const flag = z.preprocess((v) => v === 'true' || v === true, z.boolean()).optional()

/** The fields of a person, as created or fully replaced by the edit form (an absent optional field is cleared). */
export const personInput = z.object({
  givenName: name,
  familyName: name,
  birthDate: isoDate(),
  gender: z.enum(genders).nullish(),
  countryOfBirth: country.nullish(),
  citizenships: listOf(country),
  languages: listOf(language),
  frenchOralComprehension: frenchLevel,
  frenchOralProduction: frenchLevel,
  frenchWrittenComprehension: frenchLevel,
  frenchWrittenProduction: frenchLevel,
  immigrationCategory: z.enum(immigrationCategories).nullish(),
  statusObtainedOn: isoDate().nullish(),
  statusExpiresOn: isoDate().nullish(),
  arrivalDate: isoDate().nullish(),
  regionCode,
  mrcCode: z
    .string()
    .trim()
    .regex(/^\d{2,3}$/)
    .nullish(),
  email: z.email().max(200).nullish(),
  phone: optionalText(30),
  streetAddress: optionalText(300),
  city: optionalText(100),
  postalCode: optionalText(10),
  preferredLanguage: z.enum(preferredLanguages).default('fr'),
  /** A person whose household this person joins (or shares already); absent: no household. */
  householdPersonId: z.uuid().nullish(),
  householdRelation: z.enum(householdRelations).nullish(),
  /** The user looked at the possible duplicates and says this is someone else. */
  confirmedNotDuplicate: flag,
})
export type PersonInput = z.output<typeof personInput>

const nullableString = z.string().nullable()

/** A person as the API and the pages show it: every field listed. */
export const personOutput = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string(),
  gender: z.enum(genders).nullable(),
  countryOfBirth: nullableString,
  citizenships: z.array(z.string()),
  languages: z.array(z.string()),
  frenchOralComprehension: z.number().nullable(),
  frenchOralProduction: z.number().nullable(),
  frenchWrittenComprehension: z.number().nullable(),
  frenchWrittenProduction: z.number().nullable(),
  immigrationCategory: z.enum(immigrationCategories).nullable(),
  statusObtainedOn: nullableString,
  statusExpiresOn: nullableString,
  arrivalDate: nullableString,
  regionCode: z.string(),
  mrcCode: nullableString,
  email: nullableString,
  phone: nullableString,
  streetAddress: nullableString,
  city: nullableString,
  postalCode: nullableString,
  preferredLanguage: z.enum(preferredLanguages),
  householdId: z.uuid().nullable(),
  householdRelation: z.enum(householdRelations).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type PersonOutput = z.infer<typeof personOutput>

/** A person in a list, a search result or a duplicate candidate. */
export const personSummary = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string(),
  regionCode: z.string(),
})
export type PersonSummary = z.infer<typeof personSummary>

/** The longest search. */
export const Q_MAX = 100

/**
 * Search and list: `q` is a name (accent- and typo-tolerant), a dossier number (AQ-…) or a date of birth (YYYY-MM-DD);
 * `birthDate` narrows by date of birth; `cursor` is the opaque position of the next page of the list.
 */
export const personListQuery = z.object({
  q: z.string().trim().max(Q_MAX).optional(),
  birthDate: isoDate().optional(),
  cursor: z.string().max(400).optional(),
})
export type PersonQuery = z.output<typeof personListQuery>

export const personPage = z.object({ data: z.array(personSummary), nextCursor: z.string().nullable() })
export type PersonPage = z.infer<typeof personPage>

/** The candidates of a possible duplicate (409): those the caller may read, and whether others exist elsewhere. */
export const duplicateDetails = z.object({
  candidates: z.array(personSummary),
  outsideScope: z.boolean(),
})
export type DuplicateDetails = z.infer<typeof duplicateDetails>
