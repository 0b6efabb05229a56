import { type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { getRegionWithMrcsOrThrow } from '../../territory/index.js'
import { civilDate } from '../../../platform/clock.js'
import { AppError, conflict, type FieldErrors, forbidden, invalidInput, notFound } from '../../../platform/errors.js'
import { changedFields } from '../../../platform/records.js'
import { type DuplicateDetails, type PersonInput, type PersonOutput, personInput } from './person.contracts.js'
import { personText } from './person.messages.js'
import { canReadPersons, canWritePersons } from './person.policy.js'
import { presentPerson } from './person.presenter.js'
import {
  findDuplicateCandidates,
  findReadablePerson,
  insertPerson,
  type PersonRow,
  type PersonValues,
  updatePersonRow,
} from './person.queries.js'

/** The code of the conflict a likely duplicate raises (API: 409 with the candidates in `error.details`). */
export const POSSIBLE_DUPLICATE = 'possible_duplicate'

/** Throws forbidden unless the caller may read persons. */
export function assertCanReadPersons(ctx: Ctx): void {
  if (!canReadPersons(ctx.actor)) throw forbidden()
}

/** Throws forbidden unless the caller may record persons (forms check it before showing themselves). */
export function assertCanWritePersons(ctx: Ctx): void {
  if (!canWritePersons(ctx.actor, ctx.scope)) throw forbidden()
}

/** A person the caller may read, or not_found (unknown, or outside the caller's scope). */
export async function getReadableRow(ctx: Ctx, id: string): Promise<PersonRow> {
  const row = await findReadablePerson(ctx.db, ctx.scope, id)
  if (!row) throw notFound('person')
  return row
}

/** One person; writes a `person.viewed` audit event. not_found when unknown or outside the caller's scope. */
export async function getPersonOrThrow(ctx: Ctx, id: string): Promise<PersonOutput> {
  assertCanReadPersons(ctx)
  return inTransaction(ctx, async (tx) => {
    const row = await getReadableRow(tx, id)
    await recordAudit(tx, { action: 'person.viewed', entityType: 'person', entityId: id, regionCode: row.regionCode })
    return presentPerson(row)
  })
}

/** Region in scope, MRC of that region, no birth in the future, a household person the caller reads: per field. */
async function checkInput(ctx: Ctx, input: PersonInput): Promise<void> {
  const error = personInputError(ctx, input, await regionInScope(ctx, input.regionCode))
  if (error) throw error
}

/** The region (with its MRCs) a person may be recorded in: one of the caller's scope that exists, else undefined. */
export async function regionInScope(ctx: Ctx, code: string): Promise<RegionWithMrcs | undefined> {
  return ctx.scope.coversRegion(code) ? await getRegionWithMrcsOrThrow(ctx, code).catch(() => undefined) : undefined
}

type RegionWithMrcs = Awaited<ReturnType<typeof getRegionWithMrcsOrThrow>>

/** `checkInput`'s refusal given the input's region as `regionInScope` found it (the bulk import reads each once). */
export function personInputError(ctx: Ctx, input: PersonInput, region: RegionWithMrcs | undefined): AppError | null {
  const errors: FieldErrors = {}
  if (!region) errors.regionCode = personText.regionOutOfScope
  else if (input.mrcCode && !region.mrcs.some((m) => m.code === input.mrcCode)) errors.mrcCode = personText.mrcElsewhere
  if (input.birthDate > civilDate(ctx.now)) errors.birthDate = personText.bornInFuture
  if (input.statusObtainedOn && input.statusExpiresOn && input.statusExpiresOn <= input.statusObtainedOn)
    errors.statusExpiresOn = personText.expiresBeforeObtained
  return Object.keys(errors).length > 0 ? invalidInput(errors) : null
}

/** Refuses a likely duplicate (same birth date, a name alike) unless the user confirmed it is someone else. */
async function checkDuplicates(ctx: Ctx, input: PersonInput, selfId?: string): Promise<void> {
  if (input.confirmedNotDuplicate) return
  const rows = await findDuplicateCandidates(ctx.db, ctx.scope, input, selfId)
  if (rows.length > 0) throw possibleDuplicate(rows)
}

/** The conflict a likely duplicate raises, given its candidates (most alike first) and whether the caller reads each. */
export function possibleDuplicate(rows: (DuplicateDetails['candidates'][number] & { readable: boolean })[]): AppError {
  // Candidates the caller may not read are only counted: their existence is said, never who or where they are.
  const details: DuplicateDetails = {
    candidates: rows.filter((r) => r.readable).map(({ readable: _r, ...summary }) => summary),
    outsideScope: rows.some((r) => !r.readable),
  }
  const message = details.candidates.length > 0 ? personText.possibleDuplicate : personText.duplicateElsewhere
  return conflict(POSSIBLE_DUPLICATE, 'confirmedNotDuplicate', message, details)
}

/**
 * The household the person belongs to: none, or the household of `householdPersonId` (a person the caller reads). A
 * household is named by its first person's id; that person gets it (as principal, unless said) when joined first.
 */
async function householdOf(ctx: Ctx, input: PersonInput, self?: PersonRow) {
  const otherId = input.householdPersonId
  if (!otherId) return { householdId: null, householdRelation: null }
  const relation = input.householdRelation ?? null
  if (otherId === self?.id) return { householdId: self.householdId ?? self.id, householdRelation: relation }
  const other = await findReadablePerson(ctx.db, ctx.scope, otherId)
  if (!other) throw invalidInput({ householdPersonId: personText.householdPersonUnknown })
  if (!other.householdId) {
    await updatePersonRow(ctx.db, other.id, {
      householdId: other.id,
      householdRelation: other.householdRelation ?? 'principal',
      updatedAt: ctx.now,
    })
    await recordAudit(ctx, {
      action: 'person.updated',
      entityType: 'person',
      entityId: other.id,
      regionCode: other.regionCode,
      details: { changed: ['householdId'] },
    })
  }
  return { householdId: other.householdId ?? other.id, householdRelation: relation }
}

export const columnsOf = (input: PersonInput): Omit<PersonValues, 'householdId' | 'householdRelation'> => ({
  givenName: input.givenName,
  familyName: input.familyName,
  birthDate: input.birthDate,
  gender: input.gender ?? null,
  countryOfBirth: input.countryOfBirth ?? null,
  citizenships: input.citizenships,
  languages: input.languages,
  frenchOralComprehension: input.frenchOralComprehension ?? null,
  frenchOralProduction: input.frenchOralProduction ?? null,
  frenchWrittenComprehension: input.frenchWrittenComprehension ?? null,
  frenchWrittenProduction: input.frenchWrittenProduction ?? null,
  immigrationCategory: input.immigrationCategory ?? null,
  statusObtainedOn: input.statusObtainedOn ?? null,
  statusExpiresOn: input.statusExpiresOn ?? null,
  arrivalDate: input.arrivalDate ?? null,
  regionCode: input.regionCode,
  mrcCode: input.mrcCode ?? null,
  email: input.email ?? null,
  phone: input.phone ?? null,
  streetAddress: input.streetAddress ?? null,
  city: input.city ?? null,
  postalCode: input.postalCode ?? null,
  preferredLanguage: input.preferredLanguage,
})

/**
 * Records a person in a region of the caller's scope. A likely duplicate (same date of birth, a name alike despite
 * accents, a typo or swapped names) is refused with `possible_duplicate` unless `confirmedNotDuplicate`.
 */
export async function createPerson(ctx: Ctx, input: PersonInput): Promise<PersonOutput> {
  assertCanWritePersons(ctx)
  return inTransaction(ctx, async (tx) => {
    await checkInput(tx, input)
    await checkDuplicates(tx, input)
    const household = await householdOf(tx, input)
    const row = await insertPerson(tx.db, { ...columnsOf(input), ...household, createdAt: tx.now, updatedAt: tx.now })
    await recordAudit(tx, {
      action: 'person.created',
      entityType: 'person',
      entityId: row.id,
      regionCode: row.regionCode,
    })
    return presentPerson(row)
  })
}

// Fields compared for the audit: the columns the input sets (lists compared by content), not the form's helpers.
const notColumns = new Set(['householdPersonId', 'confirmedNotDuplicate', 'citizenships', 'languages'])
const scalarFields = [...Object.keys(personInput.shape).filter((k) => !notColumns.has(k)), 'householdId']
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i])

/** The names of the fields whose value changes; never the values. */
function changedOf(next: PersonValues, current: PersonRow): string[] {
  const lists = (['citizenships', 'languages'] as const).filter((k) => !sameList(next[k] ?? [], current[k]))
  return [...changedFields(scalarFields, next, current), ...lists]
}

/** Replaces every field of a person (the edit form); an absent optional field is cleared. Audits changed field names. */
export async function replacePerson(ctx: Ctx, id: string, input: PersonInput): Promise<PersonOutput> {
  assertCanWritePersons(ctx)
  return inTransaction(ctx, async (tx) => {
    const current = await getReadableRow(tx, id)
    await checkInput(tx, input)
    const renamed = changedFields(['givenName', 'familyName', 'birthDate'], input, current).length > 0
    if (renamed) await checkDuplicates(tx, input, id)
    const values = { ...columnsOf(input), ...(await householdOf(tx, input, current)) }
    const changed = changedOf(values, current)
    if (changed.length === 0) return presentPerson(current)
    const row = await updatePersonRow(tx.db, id, { ...values, updatedAt: tx.now })
    await recordAudit(tx, {
      action: 'person.updated',
      entityType: 'person',
      entityId: id,
      regionCode: row.regionCode,
      details: { changed },
    })
    return presentPerson(row)
  })
}

/** Whether an error is the refusal of a likely duplicate, with its candidates. */
export function duplicateDetailsOf(error: unknown): DuplicateDetails | undefined {
  if (!(error instanceof AppError) || error.code !== POSSIBLE_DUPLICATE) return undefined
  return error.details as DuplicateDetails
}
