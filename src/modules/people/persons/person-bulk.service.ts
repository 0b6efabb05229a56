import { randomUUID } from 'node:crypto'
import { type Ctx, type ImportRow, type RowRefusal, recordAuditMany } from '../../access/index.js'
import { type AppError, forbidden } from '../../../platform/errors.js'
import { canReadPersonWithoutDossier } from '../access.js'
import {
  type AlikeRow,
  findAlikePairs,
  findDuplicateCandidatesMany,
  insertPersons,
  type NewName,
} from './person-bulk.queries.js'
import type { PersonInput } from './person.contracts.js'
import { canWritePersons } from './person.policy.js'
import { columnsOf, personInputError, possibleDuplicate, regionInScope } from './person.service.js'

// `createPerson` for a whole import at once: the same checks, refusals and writes as calling it row after row in file
// order (inside one transaction), in a handful of statements per thousand rows. Row after row, a row is compared with
// the persons recorded before the import and with the earlier rows of the file that were accepted; here the first come
// from one set-based query, the second from the pairs of alike rows of the file, then the rows are decided in order.

/** Rows per duplicate query. */
const CHECK_BATCH = 5000

type Candidate = { row: ImportRow<PersonInput>; id: string }

/** The refusal of `checkInput` for each row (its regions read once each), in file order; the others are candidates. */
async function checkInputs(ctx: Ctx, rows: ImportRow<PersonInput>[]) {
  const regions = new Map<string, Awaited<ReturnType<typeof regionInScope>>>()
  for (const code of new Set(rows.map((r) => r.input.regionCode))) regions.set(code, await regionInScope(ctx, code))
  const refusals: RowRefusal[] = []
  const candidates: Candidate[] = []
  for (const row of rows) {
    if (row.input.householdPersonId) throw new Error('createPersons: a household is joined one person at a time')
    const error = personInputError(ctx, row.input, regions.get(row.input.regionCode))
    if (error) refusals.push({ line: row.line, error })
    else candidates.push({ row, id: randomUUID() })
  }
  return { refusals, candidates }
}

const nameOf = ({ row }: Candidate, i: number): NewName => ({
  i,
  givenName: row.input.givenName,
  familyName: row.input.familyName,
  birthDate: row.input.birthDate,
})

/** The recorded persons alike each candidate (by its position), in batches; the confirmed are not checked. */
async function recordedAlike(ctx: Ctx, candidates: Candidate[]): Promise<Map<number, AlikeRow[]>> {
  const names = candidates.map(nameOf).filter((_, i) => !candidates[i]!.row.input.confirmedNotDuplicate)
  const alike = new Map<number, AlikeRow[]>()
  for (let at = 0; at < names.length; at += CHECK_BATCH) {
    for (const row of await findDuplicateCandidatesMany(ctx.db, ctx.scope, names.slice(at, at + CHECK_BATCH))) {
      alike.set(row.i, [...(alike.get(row.i) ?? []), row])
    }
  }
  return alike
}

/** For each candidate, the earlier candidates alike it (position, score). */
async function earlierAlike(ctx: Ctx, candidates: Candidate[]): Promise<Map<number, { i: number; score: number }[]>> {
  const pairs = candidates.length > 1 ? await findAlikePairs(ctx.db, candidates.map(nameOf)) : []
  const alike = new Map<number, { i: number; score: number }[]>()
  for (const { earlier, later, score } of pairs) alike.set(later, [...(alike.get(later) ?? []), { i: earlier, score }])
  return alike
}

const bySimilarity = (a: AlikeRow, b: AlikeRow) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Decides the candidates in file order: a row alike a recorded person or an earlier accepted row is refused. */
async function checkDuplicates(ctx: Ctx, candidates: Candidate[]): Promise<Map<number, AppError>> {
  const recorded = await recordedAlike(ctx, candidates)
  const earlier = await earlierAlike(ctx, candidates)
  const refused = new Map<number, AppError>()
  candidates.forEach((c, i) => {
    if (c.row.input.confirmedNotDuplicate) return
    const inFile = (earlier.get(i) ?? [])
      .filter((e) => !refused.has(e.i))
      .map(({ i: j, score }) => alikeRow(ctx, candidates[j]!, j, score))
    const rows = [...(recorded.get(i) ?? []), ...inFile].sort(bySimilarity).slice(0, 20)
    if (rows.length > 0) refused.set(i, possibleDuplicate(rows.map(({ i: _i, score: _s, ...row }) => row)))
  })
  return refused
}

function alikeRow(ctx: Ctx, c: Candidate, i: number, score: number): AlikeRow {
  const { givenName, familyName, birthDate, regionCode } = c.row.input
  const readable = canReadPersonWithoutDossier(ctx.scope, regionCode)
  return { i, id: c.id, givenName, familyName, birthDate, regionCode, readable, score }
}

/**
 * Records the persons of an import (`ImportSpec.saveMany`): the rows `createPerson` would refuse, row after row, with
 * the same errors; when none is refused, every person and its `person.created` event, in file order. Writes nothing
 * when a row is refused. A row may not join a household (`householdPersonId`: not an import column).
 */
export async function createPersons(ctx: Ctx, rows: ImportRow<PersonInput>[]): Promise<RowRefusal[]> {
  if (!canWritePersons(ctx.actor, ctx.scope)) return rows.map(({ line }) => ({ line, error: forbidden() }))
  const { refusals, candidates } = await checkInputs(ctx, rows)
  const duplicates = await checkDuplicates(ctx, candidates)
  for (const [i, error] of duplicates) refusals.push({ line: candidates[i]!.row.line, error })
  if (refusals.length > 0) return refusals.sort((a, b) => a.line - b.line)
  const values = candidates.map(({ row, id }) => ({
    id,
    ...columnsOf(row.input),
    householdId: null,
    householdRelation: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }))
  await insertPersons(ctx.db, values)
  const events = values.map((v) => ({
    action: 'person.created',
    entityType: 'person',
    entityId: v.id,
    regionCode: v.regionCode,
  }))
  await recordAuditMany(ctx, events)
  return []
}
