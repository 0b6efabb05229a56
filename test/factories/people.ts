import type { Ctx } from '../../src/modules/access/index.js'
import { firstMeetingDueOn } from '../../src/modules/people/index.js'
import { dossiers } from '../../src/modules/people/dossiers/dossier.schema.js'
import { interventions } from '../../src/modules/people/interventions/intervention.schema.js'
import { persons } from '../../src/modules/people/persons/person.schema.js'
import { buildServicePoint } from './territory.js'

// Rows written straight to the tables: factories arrange a test's world, the services under test do the rest.
let n = 0

type PersonRow = typeof persons.$inferSelect
type DossierRow = typeof dossiers.$inferSelect

/** A person settled in a region (Gaspésie–Îles-de-la-Madeleine unless told). */
export async function buildPerson(ctx: Ctx, overrides: Partial<typeof persons.$inferInsert> = {}): Promise<PersonRow> {
  n++
  const [row] = await ctx.db
    .insert(persons)
    .values({
      givenName: `Prénom${n}`,
      familyName: `Nom${n}`,
      birthDate: '1990-01-01',
      regionCode: '11',
      ...overrides,
    })
    .returning()
  return row!
}

/**
 * A dossier, with its missing parents: a person of the dossier's region and a service point there. The number is a
 * test number; the dossier service numbers real ones.
 */
export async function buildDossier(
  ctx: Ctx,
  overrides: Partial<typeof dossiers.$inferInsert> = {},
): Promise<DossierRow> {
  n++
  const regionCode = overrides.regionCode ?? '11'
  const servicePointId = overrides.servicePointId ?? (await buildServicePoint(ctx, { regionCode })).id
  const personId = overrides.personId ?? (await buildPerson(ctx, { regionCode })).id
  const startsOn = overrides.startsOn ?? '2020-01-06'
  const [row] = await ctx.db
    .insert(dossiers)
    .values({
      number: `AQ-TEST-${String(n).padStart(6, '0')}`,
      intakeChannel: 'walk_in',
      openedOn: startsOn,
      firstMeetingDueOn: firstMeetingDueOn(startsOn),
      ...overrides,
      regionCode,
      servicePointId,
      personId,
      startsOn,
    })
    .returning()
  return row!
}

/** An intervention of a dossier on a civil date (from the dossier's service point and region unless told). */
export async function buildIntervention(
  ctx: Ctx,
  dossier: DossierRow,
  overrides: Partial<typeof interventions.$inferInsert> & { occurredOn: string },
) {
  const [row] = await ctx.db
    .insert(interventions)
    .values({
      dossierId: dossier.id,
      occurredAt: new Date(`${overrides.occurredOn}T14:00:00Z`),
      mode: 'in_person',
      durationMinutes: 45,
      servicePointId: dossier.servicePointId,
      regionCode: dossier.regionCode,
      summary: 'Rencontre de suivi.',
      ...overrides,
    })
    .returning()
  return row!
}
