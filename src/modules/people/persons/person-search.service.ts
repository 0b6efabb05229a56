import { type Ctx, recordAudit } from '../../access/index.js'
import { invalidInput } from '../../../platform/errors.js'
import { isUuid, parseInput, isoDate } from '../../../platform/validation.js'
import type { PersonPage, PersonQuery } from './person.contracts.js'
import { personText } from './person.messages.js'
import { type PersonSearch, searchPersonRows } from './person.queries.js'
import { assertCanReadPersons } from './person.service.js'

/** Persons per page of the list; a name search answers its best matches at once. */
export const PAGE_SIZE = 25
const NAME_MATCHES = 50

type Position = [familyName: string, givenName: string, id: string]

/** The opaque position after a row (base64url JSON): clients hand it back, never build it. */
export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url')
}

function decodeCursor(cursor: string): Position {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      value.every((v) => typeof v === 'string') &&
      isUuid(String(value[2]))
    )
      return value as Position
  } catch {
    // Not JSON: the same answer as a well-formed cursor that names nothing.
  }
  throw invalidInput({ cursor: personText.badCursor })
}

/** What `q` asks for: a dossier number (AQ-…, or without its prefix), a date of birth (YYYY-MM-DD), or a name; no `q` is the list. */
export function personSearchOf(query: PersonQuery): PersonSearch {
  const q = query.q?.trim()
  if (q && /^AQ-/i.test(q)) return { kind: 'dossier', number: q.toUpperCase() }
  // The number as often read out on the phone, without its prefix: 2026-000090.
  if (q && /^\d{4}-\d{6}$/.test(q)) return { kind: 'dossier', number: `AQ-${q}` }
  if (q && /^\d{4}-\d{2}-\d{2}$/.test(q)) {
    const birthDate = parseInput(isoDate(), q)
    return list(birthDate, query.cursor)
  }
  if (q) return { kind: 'name', text: q, birthDate: query.birthDate }
  return list(query.birthDate, query.cursor)
}

const list = (birthDate: string | undefined, cursor: string | undefined): PersonSearch => ({
  kind: 'list',
  birthDate,
  after: cursor ? decodeCursor(cursor) : undefined,
})

/**
 * What a search looked for, as the audit records it (never the words or the date searched): a search by name, dossier
 * number or date of birth is audited; browsing the list without criteria is not.
 */
function searchedBy(search: PersonSearch): 'name' | 'dossier' | 'birthDate' | undefined {
  if (search.kind === 'name' || search.kind === 'dossier') return search.kind
  return search.birthDate ? 'birthDate' : undefined
}

/**
 * Persons the caller may read, in one query: by name (accent-insensitive and typo-tolerant, most alike first), by
 * dossier number, by date of birth, or the whole list by family name, page by page (keyset: `nextCursor`). A search
 * (not the plain list) writes one `person.searched` event naming no record: what it was by and how many it found.
 */
export async function searchPersons(ctx: Ctx, query: PersonQuery = {}): Promise<PersonPage> {
  assertCanReadPersons(ctx)
  const search = personSearchOf(query)
  const limit = search.kind === 'list' ? PAGE_SIZE + 1 : NAME_MATCHES
  const rows = await searchPersonRows(ctx.db, ctx.scope, search, limit)
  const data = search.kind === 'list' ? rows.slice(0, PAGE_SIZE) : rows
  const by = searchedBy(search)
  if (by)
    await recordAudit(ctx, { action: 'person.searched', entityType: 'person', details: { by, count: data.length } })
  const last = data.at(-1)
  const more = search.kind === 'list' && rows.length > PAGE_SIZE
  return { data, nextCursor: more && last ? encodeCursor([last.familyName, last.givenName, last.id]) : null }
}
