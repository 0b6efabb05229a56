import { actorUserId, type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { findReadablePerson } from '../../people/index.js'
import { listAllRegions, listMrcsOfRegionsOrThrow } from '../../territory/index.js'
import { civilDate } from '../../../platform/clock.js'
import { conflict, type FieldErrors, forbidden, invalidInput, notFound } from '../../../platform/errors.js'
import { changedFields } from '../../../platform/records.js'
import { isUuid } from '../../../platform/validation.js'
import { resolveCnpInput } from '../occupations/cnp-input.js'
import { canSeeProfile } from './candidate.access.js'
import {
  type ProfileFilter,
  type ProfileInput,
  type ProfileOutput,
  type ProfileReplacement,
  type ProfileSummary,
  profileFieldsShape,
  TARGETS_MAX,
} from './candidate.contracts.js'
import { candidateText as m } from './candidate.messages.js'
import { canReadProfiles, canWriteProfile, canWriteProfiles } from './candidate.policy.js'
import { presentProfile, presentProfileSummary } from './candidate.presenter.js'
import {
  findProfileOfPerson,
  findProfileRecord,
  hasJobMatchingConsent,
  insertProfile,
  listProfileRows,
  type ProfileRecord,
  updateProfileRow,
} from './candidate.queries.js'

/** The longest list the page and the API show (a filter narrows it). */
export const LIST_LIMIT = 200
/** The conflict code of a person without an active job-matching consent. */
export const CONSENT_MISSING = 'JOB_MATCHING_CONSENT_MISSING'

const consentMissing = () => conflict(CONSENT_MISSING, 'personId', m.consentMissing)
const profileExists = (profileId: string) =>
  conflict('CANDIDATE_PROFILE_EXISTS', 'personId', m.profileExists, { profileId })

/** Throws forbidden unless the caller may open candidate profiles. */
export function assertCanReadProfiles(ctx: Ctx): void {
  if (!canReadProfiles(ctx.actor)) throw forbidden()
}

/** Throws forbidden unless the caller may write candidate profiles (forms check it before showing themselves). */
export function assertCanWriteProfiles(ctx: Ctx): void {
  if (!canWriteProfiles(ctx.actor)) throw forbidden()
}

/** The visible profiles whose person consents to job matching today (open ones unless asked), by name. */
export async function listProfiles(ctx: Ctx, filter: ProfileFilter = {}): Promise<ProfileSummary[]> {
  assertCanReadProfiles(ctx)
  const rows = await listProfileRows(ctx.db, ctx.scope, { ...filter, today: civilDate(ctx.now), limit: LIST_LIMIT })
  return rows.map(presentProfileSummary)
}

/** A profile the caller's scope reaches (current region or declared mobility), consent apart; else not_found. */
async function getReachableRecord(ctx: Ctx, id: string): Promise<ProfileRecord> {
  const record = await findProfileRecord(ctx.db, id, civilDate(ctx.now))
  if (!record || !canSeeProfile(ctx.scope, record)) throw notFound('candidate_profile')
  return record
}

/** A profile the caller reaches whose person consents to job matching today; else not_found. */
async function getShownRecord(ctx: Ctx, id: string): Promise<ProfileRecord> {
  const record = await getReachableRecord(ctx, id)
  if (!record.consentActive) throw notFound('candidate_profile')
  return record
}

/** A shown profile the caller may change (its current region in scope, not only its mobility); else forbidden. */
async function getWritableRecord(ctx: Ctx, id: string): Promise<ProfileRecord> {
  const record = await getShownRecord(ctx, id)
  if (!canWriteProfile(ctx.actor, ctx.scope, record)) throw forbidden()
  return record
}

async function auditViewed(ctx: Ctx, record: ProfileRecord): Promise<void> {
  await recordAudit(ctx, {
    action: 'candidate_profile.viewed',
    entityType: 'candidate_profile',
    entityId: record.id,
    regionCode: record.currentRegionCode,
  })
}

/** One profile; writes `candidate_profile.viewed`. not_found when unknown, out of reach or without consent. */
export async function getProfileOrThrow(ctx: Ctx, id: string): Promise<ProfileOutput> {
  assertCanReadProfiles(ctx)
  return inTransaction(ctx, async (tx) => {
    const record = await getShownRecord(tx, id)
    await auditViewed(tx, record)
    return presentProfile(record)
  })
}

/** What the profile's page shows: the profile (view audited), or only that the consent does not count (no details). */
export type ProfileView = { consent: true; profile: ProfileOutput } | { consent: false; personId: string }

/** The profile's page: not_found out of reach; without consent no details (and no view event), else audited. */
export async function viewProfile(ctx: Ctx, id: string): Promise<ProfileView> {
  assertCanReadProfiles(ctx)
  return inTransaction(ctx, async (tx) => {
    const record = await getReachableRecord(tx, id)
    if (!record.consentActive) return { consent: false, personId: record.personId }
    await auditViewed(tx, record)
    return { consent: true, profile: presentProfile(record) }
  })
}

const minOf = (levels: (number | null)[]) => {
  const known = levels.filter((l): l is number => l !== null)
  return known.length > 0 ? Math.min(...known) : undefined
}

/** What the new-profile form starts from: a person the caller reaches, their region, MRC and lower oral French level. */
export async function newProfileStart(ctx: Ctx, personId: string) {
  assertCanWriteProfiles(ctx)
  const person = isUuid(personId) ? await findReadablePerson(ctx.db, ctx.scope, personId) : undefined
  if (!person) throw notFound('person')
  const [existing, consentActive] = await Promise.all([
    findProfileOfPerson(ctx.db, person.id),
    hasJobMatchingConsent(ctx.db, person.id, civilDate(ctx.now)),
  ])
  const values = {
    personId: person.id,
    currentRegionCode: person.regionCode,
    currentMrcCode: person.mrcCode ?? undefined,
    frenchLevel: minOf([person.frenchOralComprehension, person.frenchOralProduction]),
  }
  return { personName: `${person.givenName} ${person.familyName}`, values, consentActive, existingId: existing?.id }
}

/**
 * CNP entries that resolve to known codes (words typed without JavaScript must designate one unit group), known regions,
 * an MRC of the current region, a profile the caller will still reach: per field. Returns the input with the codes.
 */
async function checkFields(ctx: Ctx, input: ProfileReplacement): Promise<ProfileReplacement> {
  const errors: FieldErrors = {}
  const cnp = await resolveCnpInput(ctx.db, input.targetCnpCodes.join('; '), { multiple: true })
  if (cnp.error) errors.targetCnpCodes = cnp.error
  else if (cnp.codes.length > TARGETS_MAX) errors.targetCnpCodes = m.cnpFormat
  const known = new Set((await listAllRegions(ctx)).map((r) => r.code))
  if (!known.has(input.currentRegionCode)) errors.currentRegionCode = m.regionUnknown
  else if (!canSeeProfile(ctx.scope, input)) errors.currentRegionCode = m.regionOutOfScope
  else if (input.currentMrcCode) {
    const mrcs = await listMrcsOfRegionsOrThrow(ctx, [input.currentRegionCode])
    if (!mrcs.some((r) => r.code === input.currentMrcCode)) errors.currentMrcCode = m.mrcElsewhere
  }
  if (input.mobilityRegionCodes.some((c) => !known.has(c))) errors.mobilityRegionCodes = m.regionUnknown
  if (Object.keys(errors).length > 0) throw invalidInput(errors)
  return { ...input, targetCnpCodes: cnp.codes! }
}

/** The columns of a profile's fields: the broad categories derived, the current region out of the mobility list. */
function columnsOf(input: ProfileReplacement, now: Date) {
  return {
    targetCnpCodes: input.targetCnpCodes,
    targetBroadCategories: [...new Set(input.targetCnpCodes.map((c) => c.slice(0, 1)))],
    experienceYears: input.experienceYears ?? null,
    frenchLevel: input.frenchLevel ?? null,
    credentialStatus: input.credentialStatus ?? null,
    workPermit: input.workPermit ?? null,
    availableOn: input.availableOn ?? null,
    currentRegionCode: input.currentRegionCode,
    currentMrcCode: input.currentMrcCode ?? null,
    mobilityRegionCodes: input.mobilityRegionCodes.filter((c) => c !== input.currentRegionCode),
    notes: input.notes ?? null,
    updatedAt: now,
  }
}

/**
 * Creates the profile of a person the caller reaches (the people module's rule: an advisor, the persons of their
 * region) who consents to job matching today (else conflict, 409); one profile per person. Audited.
 */
export async function createProfile(ctx: Ctx, input: ProfileInput): Promise<ProfileOutput> {
  assertCanWriteProfiles(ctx)
  return inTransaction(ctx, async (tx) => {
    const person = await findReadablePerson(tx.db, tx.scope, input.personId)
    if (!person) throw invalidInput({ personId: m.personUnknown })
    if (!(await hasJobMatchingConsent(tx.db, person.id, civilDate(tx.now)))) throw consentMissing()
    const existing = await findProfileOfPerson(tx.db, person.id)
    if (existing) throw profileExists(existing.id)
    const checked = await checkFields(tx, input)
    const row = await insertProfile(tx.db, {
      ...columnsOf(checked, tx.now),
      personId: person.id,
      createdAt: tx.now,
      createdBy: actorUserId(tx.actor),
    })
    await recordAudit(tx, {
      action: 'candidate_profile.created',
      entityType: 'candidate_profile',
      entityId: row.id,
      regionCode: row.currentRegionCode,
    })
    return presentProfile({ ...row, personName: `${person.givenName} ${person.familyName}` })
  })
}

const fieldKeys = Object.keys(profileFieldsShape)
/** Arrays compared by their contents (the stored and the new list are never the same object). */
const comparable = (values: object) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]))

/** Replaces every field of a profile of the caller's regions, while its consent counts; unchanged writes nothing. */
export async function replaceProfile(ctx: Ctx, id: string, input: ProfileReplacement): Promise<ProfileOutput> {
  assertCanWriteProfiles(ctx)
  return inTransaction(ctx, async (tx) => {
    const current = await getWritableRecord(tx, id)
    const values = columnsOf(await checkFields(tx, input), tx.now)
    const changed = changedFields(fieldKeys, comparable(values), comparable(current))
    if (changed.length === 0) return presentProfile(current)
    const row = await updateProfileRow(tx.db, id, values)
    await recordAudit(tx, {
      action: 'candidate_profile.updated',
      entityType: 'candidate_profile',
      entityId: id,
      regionCode: row.currentRegionCode,
      details: { changed },
    })
    return presentProfile({ ...row, personName: current.personName })
  })
}

/** Closes (the person found work or stopped looking) or reopens a profile; no change, no event. Audited. */
export async function setProfileClosed(ctx: Ctx, id: string, closed: boolean): Promise<ProfileOutput> {
  assertCanWriteProfiles(ctx)
  return inTransaction(ctx, async (tx) => {
    const current = await getWritableRecord(tx, id)
    if ((current.closedAt !== null) === closed) return presentProfile(current)
    const row = await updateProfileRow(tx.db, id, { closedAt: closed ? tx.now : null, updatedAt: tx.now })
    await recordAudit(tx, {
      action: closed ? 'candidate_profile.closed' : 'candidate_profile.reopened',
      entityType: 'candidate_profile',
      entityId: id,
      regionCode: row.currentRegionCode,
    })
    return presentProfile({ ...row, personName: current.personName })
  })
}
