// The crash test's world, written through the services before the server starts (the embedded folder serves one
// process at a time): an administrator with an API token, a service point and a partner organization in
// Gaspésie–Îles-de-la-Madeleine, the PAC volet 2 for agreements, and persons who consented to referral sharing (the
// consent has no API: the load generator opens dossiers for them and refers those dossiers).
import { createApiToken, createUser, systemCtx } from '../../src/modules/access/index.js'
import { createPerson, type PersonInput } from '../../src/modules/people/index.js'
import { voletIdOf } from '../../src/modules/partners/agreements/agreement.test-world.js'
import type { Database } from '../../src/platform/db/database.js'
import { runMigrations } from '../../src/platform/db/migrate.js'
import { resolveScope } from '../../src/server/scope-resolver.js'
import { buildConsent, buildOrganization } from '../../test/factories/referrals.js'
import { buildServicePoint } from '../../test/factories/territory.js'

export type World = {
  token: string
  servicePointId: string
  organizationId: string
  voletId: string
  /** Persons with an active referral_sharing consent. */
  consentingPersonIds: string[]
}

/** Migrates the database and writes the world the load generator needs. */
export async function prepareWorld(database: Database, consentingPersons: number): Promise<World> {
  await runMigrations(database)
  const ctx = systemCtx({ db: database.db, now: () => new Date(), resolveScope }, 'crash test')
  const email = 'crash-admin@test.example'
  const password = 'correct horse battery staple'
  await createUser(ctx, { email, displayName: 'Crash admin', password, role: 'admin', scopeKind: 'all' })
  const { token } = await createApiToken(ctx, { email, name: 'crash load' })
  const servicePoint = await buildServicePoint(ctx, { regionCode: '11' })
  const organization = await buildOrganization(ctx, { regionCode: '11' })
  const consentingPersonIds: string[] = []
  for (let i = 0; i < consentingPersons; i++) {
    const person = await createPerson(ctx, {
      givenName: 'Awa',
      familyName: `Consentante ${i}`,
      birthDate: '1990-10-10',
      regionCode: '11',
      confirmedNotDuplicate: true,
    } as PersonInput)
    await buildConsent(ctx, person.id, 'referral_sharing')
    consentingPersonIds.push(person.id)
  }
  return {
    token,
    servicePointId: servicePoint.id,
    organizationId: organization.id,
    voletId: await voletIdOf(ctx, 'PAC', '2'),
    consentingPersonIds,
  }
}
