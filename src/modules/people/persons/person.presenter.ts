import type { PersonOutput } from './person.contracts.js'
import type { PersonRow } from './person.queries.js'

/** A person as the API and the pages show it (never the row: `nameFolded` and `anonymizedAt` stay inside). */
export function presentPerson(row: PersonRow): PersonOutput {
  return {
    id: row.id,
    givenName: row.givenName,
    familyName: row.familyName,
    birthDate: row.birthDate,
    gender: row.gender,
    countryOfBirth: row.countryOfBirth,
    citizenships: row.citizenships,
    languages: row.languages,
    frenchOralComprehension: row.frenchOralComprehension,
    frenchOralProduction: row.frenchOralProduction,
    frenchWrittenComprehension: row.frenchWrittenComprehension,
    frenchWrittenProduction: row.frenchWrittenProduction,
    immigrationCategory: row.immigrationCategory,
    statusObtainedOn: row.statusObtainedOn,
    statusExpiresOn: row.statusExpiresOn,
    arrivalDate: row.arrivalDate,
    regionCode: row.regionCode,
    mrcCode: row.mrcCode,
    email: row.email,
    phone: row.phone,
    streetAddress: row.streetAddress,
    city: row.city,
    postalCode: row.postalCode,
    preferredLanguage: row.preferredLanguage,
    householdId: row.householdId,
    householdRelation: row.householdRelation,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
