import { createHash } from 'node:crypto'
import { languageName } from '../../../platform/languages.js'
import { civilDate } from '../../territory/index.js'
import type { OrganizationRow } from './organization.queries.js'
import { type ServiceCategory, serviceCatalogue, voletLabels } from './organization-services.js'
import { isWebAddress } from './web-address.js'

// The public directory in the Open Referral Human Services Data Specification (HSDS 3.0) shape: organizations, the
// services they offer (one per service category), their locations (one per organization with an address) and which
// service is offered where. Field names are HSDS's; fields Escale does not hold are null. Only organizations listed
// publicly are exported: the export is public data, and holds nothing the regional pages do not show.

type Rows = Record<string, unknown>[]

/** The tables of the export, in HSDS order; each CSV holds one (its flat fields, without nested lists). */
export const hsdsTables = ['organization', 'service', 'location', 'service_at_location', 'address', 'phone'] as const
export type HsdsTable = (typeof hsdsTables)[number]

const columns: Record<HsdsTable, readonly string[]> = {
  organization: [
    'id',
    'name',
    'alternate_name',
    'description',
    'email',
    'website',
    'year_incorporated',
    'legal_status',
    'logo',
    'uri',
    'parent_organization_id',
  ],
  service: [
    'id',
    'organization_id',
    'program_id',
    'name',
    'alternate_name',
    'description',
    'url',
    'email',
    'status',
    'interpretation_services',
    'application_process',
    'fees_description',
    'accreditations',
    'eligibility_description',
    'minimum_age',
    'maximum_age',
    'assured_date',
    'assurer_email',
    'alert',
    'last_modified',
  ],
  location: [
    'id',
    'location_type',
    'url',
    'organization_id',
    'name',
    'alternate_name',
    'description',
    'transportation',
    'latitude',
    'longitude',
    'external_identifier',
    'external_identifier_type',
  ],
  service_at_location: ['id', 'service_id', 'location_id', 'description'],
  address: [
    'id',
    'location_id',
    'attention',
    'address_1',
    'address_2',
    'city',
    'region',
    'state_province',
    'postal_code',
    'country',
    'address_type',
  ],
  phone: [
    'id',
    'location_id',
    'service_id',
    'organization_id',
    'contact_id',
    'service_at_location_id',
    'number',
    'extension',
    'type',
    'description',
  ],
}

/** A stable UUID (version 5 layout, SHA-1 of the parts) for a record HSDS needs and Escale does not store. */
export function derivedId(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('/')).digest('hex')
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

const website = (row: OrganizationRow) => (row.website && isWebAddress(row.website) ? row.website : null)
const hasLocation = (row: OrganizationRow) => Boolean(row.streetAddress || row.city)

function organizationOf(row: OrganizationRow) {
  return {
    id: row.id,
    name: row.name,
    alternate_name: null,
    // Required by HSDS: the organization's own words, else its name.
    description: row.description ?? row.name,
    email: row.email,
    website: website(row),
    year_incorporated: null,
    legal_status: null,
    logo: null,
    uri: null,
    parent_organization_id: null,
  }
}

function serviceOf(row: OrganizationRow, category: ServiceCategory) {
  const entry = serviceCatalogue[category]
  return {
    id: derivedId(row.id, 'service', category),
    organization_id: row.id,
    program_id: null,
    name: entry.label.fr,
    alternate_name: entry.label.en,
    description: `${voletLabels[entry.volet].fr} / ${voletLabels[entry.volet].en}`,
    url: website(row),
    email: row.email,
    status: 'active',
    interpretation_services: null,
    application_process: null,
    fees_description: null,
    accreditations: null,
    eligibility_description: null,
    minimum_age: null,
    maximum_age: null,
    // The Québec civil date of the last change (the UTC date is the next day on evenings).
    assured_date: civilDate(row.updatedAt),
    assurer_email: null,
    alert: null,
    last_modified: row.updatedAt.toISOString(),
  }
}

function locationOf(row: OrganizationRow) {
  return {
    id: derivedId(row.id, 'location'),
    location_type: 'physical',
    url: null,
    organization_id: row.id,
    name: row.name,
    alternate_name: null,
    description: null,
    transportation: null,
    latitude: null,
    longitude: null,
    external_identifier: null,
    external_identifier_type: null,
  }
}

function addressOf(row: OrganizationRow, locationId: string) {
  return {
    id: derivedId(row.id, 'address'),
    location_id: locationId,
    attention: null,
    address_1: row.streetAddress ?? '',
    address_2: null,
    city: row.city ?? '',
    region: null,
    state_province: 'QC',
    postal_code: row.postalCode ?? '',
    country: 'CA',
    address_type: 'physical',
  }
}

function phoneOf(row: OrganizationRow) {
  return {
    id: derivedId(row.id, 'phone'),
    location_id: null,
    service_id: null,
    organization_id: row.id,
    contact_id: null,
    service_at_location_id: null,
    number: row.phone!,
    extension: null,
    type: 'voice',
    description: null,
  }
}

/** The languages a service is offered in, HSDS's `language` objects (ISO 639-1 codes, English names). */
const languagesOf = (row: OrganizationRow, serviceId: string) =>
  row.languages.map((code) => ({
    id: derivedId(serviceId, 'language', code),
    service_id: serviceId,
    location_id: null,
    name: languageName(code, 'en'),
    code,
    note: null,
  }))

export type HsdsDocument = Record<HsdsTable, Rows>

/**
 * The export: the flat tables, with each record's nested lists (languages, addresses, phones) in the JSON. `only`
 * builds just that table (a CSV holds one), the others staying empty.
 */
export function hsdsOf(rows: readonly OrganizationRow[], only?: HsdsTable): HsdsDocument {
  const doc: HsdsDocument = {
    organization: [],
    service: [],
    location: [],
    service_at_location: [],
    address: [],
    phone: [],
  }
  const wants = (table: HsdsTable) => only === undefined || only === table
  for (const row of rows) addRecords(doc, row, wants)
  return doc
}

/** Adds one organization's records to the tables wanted. */
function addRecords(doc: HsdsDocument, row: OrganizationRow, wants: (table: HsdsTable) => boolean): void {
  const phones = row.phone ? [phoneOf(row)] : []
  if (wants('organization')) doc.organization.push({ ...organizationOf(row), phones })
  if (wants('phone')) doc.phone.push(...phones)
  const location = hasLocation(row) ? locationOf(row) : null
  if (location && (wants('location') || wants('address'))) {
    const address = addressOf(row, location.id)
    if (wants('location')) doc.location.push({ ...location, addresses: [address] })
    if (wants('address')) doc.address.push(address)
  }
  for (const category of row.services as ServiceCategory[]) {
    const serviceId = derivedId(row.id, 'service', category)
    if (wants('service')) doc.service.push({ ...serviceOf(row, category), languages: languagesOf(row, serviceId) })
    if (location && wants('service_at_location'))
      doc.service_at_location.push({
        id: derivedId(serviceId, 'at', location.id),
        service_id: serviceId,
        location_id: location.id,
        description: null,
      })
  }
}

/**
 * A CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break; null is empty. Text starting with
 * = + - @ (or a tab or carriage return) is prefixed with a quote `'`: a spreadsheet would run it as a formula, and the
 * directory's texts are typed by partners.
 */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return ''
  const text = /^[=+\-@\t\r]/.test(String(value)) ? `'${String(value)}` : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One table of the export as CSV: HSDS's column names in the header, one line per record (CRLF, as RFC 4180). */
export function hsdsCsv(doc: HsdsDocument, table: HsdsTable): string {
  const names = columns[table]
  const lines = [names.join(','), ...doc[table].map((r) => names.map((n) => cell(r[n])).join(','))]
  return `${lines.join('\r\n')}\r\n`
}
