import { and, eq, or, sql } from 'drizzle-orm'
import { type Ctx, Scope, systemActor } from '../../access/index.js'
import {
  getServicePointOrThrow,
  getStaffOrThrow,
  listServicePoints,
  type ServicePointOutput,
} from '../../territory/index.js'
import { AppError, invalidInput, type Localized } from '../../../platform/errors.js'
import { isUuid } from '../../../platform/validation.js'
import { readablePersonSql, regionCoveredSql } from '../access.js'
import { persons } from '../persons/person.schema.js'

// The references a dossier names (its service point, its agent, its person) checked before a write. A wrong reference
// is the user's input to correct: a field error, not a 404 page.

/**
 * The same context reaching every region, for reading the territory's public records: a transfer's target service
 * point lies outside the caller's scope by definition (service points are listed on the public site anyway).
 */
export function anyRegionCtx(ctx: Ctx): Ctx {
  return { ...ctx, actor: systemActor('dossier.places'), scope: Scope.all('system') }
}

const fieldError = (field: string, message: Localized) => invalidInput({ [field]: message })

const unknownServicePoint: Localized = {
  fr: 'Choisissez un point de services en activité.',
  en: 'Choose a service point in operation.',
}

async function orUndefined<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not_found') return undefined
    throw error
  }
}

/** The service points of the caller's territory (a service point's staff: theirs only), in operation today if asked. */
export async function listServicePointsInScope(
  ctx: Ctx,
  filter: { active?: boolean } = {},
): Promise<ServicePointOutput[]> {
  const points = await listServicePoints(ctx, filter)
  return points.filter((sp) => ctx.scope.covers({ regionCode: sp.regionCode, servicePointId: sp.id }))
}

/** A service point in operation today, of any region (transfers). */
export async function checkActiveServicePoint(ctx: Ctx, id: string, field = 'servicePointId') {
  const sp = await orUndefined(getServicePointOrThrow(anyRegionCtx(ctx), id))
  if (!sp?.active) throw fieldError(field, unknownServicePoint)
  return sp
}

/** A service point in operation today that the caller's scope covers (opening a dossier, giving an intervention). */
export async function checkServicePointInScope(ctx: Ctx, id: string): Promise<ServicePointOutput> {
  const sp = await checkActiveServicePoint(ctx, id)
  if (!ctx.scope.covers({ regionCode: sp.regionCode, servicePointId: sp.id })) {
    throw fieldError('servicePointId', {
      fr: 'Ce point de services n’est pas dans votre territoire.',
      en: 'This service point is not in your territory.',
    })
  }
  return sp
}

/** An agent (AAI) of the region, in function today. */
export async function checkAgent(ctx: Ctx, id: string, regionCode: string): Promise<void> {
  const staff = await orUndefined(getStaffOrThrow(anyRegionCtx(ctx), id))
  if (staff?.role !== 'agent' || staff.regionCode !== regionCode || !staff.active) {
    throw fieldError('agentId', {
      fr: 'Choisissez une agente ou un agent en fonction dans la région du dossier.',
      en: 'Choose an agent in function in the dossier’s region.',
    })
  }
}

const personNotFound: Localized = { fr: 'Personne introuvable.', en: 'Person not found.' }

/**
 * The person, when the caller may see them (see `readablePersonSql`) or, for a person with no dossier yet, when the
 * caller's scope covers their settlement region: a service point's agent opens the first dossier of a person just
 * created (intake, a converted request), whom no service point owns yet.
 */
export async function checkPerson(
  ctx: Ctx,
  personId: string,
): Promise<{ id: string; name: string; arrivalDate: string | null; birthDate: string }> {
  // The form shown again after an error names the person as typed: a value that is not a UUID names no one.
  if (!isUuid(personId)) throw fieldError('personId', personNotFound)
  // Reach is a condition of the where clause: in a select list Drizzle names a column without its table, so a
  // subquery's `id` there would be the subquery's own (every person then looked like one without a dossier).
  const firstDossier = sql`not exists (select 1 from people.dossiers d where d.person_id = ${persons.id})`
  const reachable = or(
    readablePersonSql(ctx.scope),
    and(firstDossier, regionCoveredSql(ctx.scope, sql`${persons.regionCode}`)),
  )
  const [row] = await ctx.db
    .select({
      id: persons.id,
      name: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`,
      arrivalDate: persons.arrivalDate,
      birthDate: persons.birthDate,
    })
    .from(persons)
    .where(and(eq(persons.id, personId), reachable))
  if (!row) throw fieldError('personId', personNotFound)
  return { id: row.id, name: row.name, arrivalDate: row.arrivalDate, birthDate: row.birthDate }
}
