// The records the audit completeness suite reads and changes: one of each kind of personal data, linked as in life
// (a person, their dossier with a need, a plan step, an intervention, consents, a referral to a partner organization,
// an online request, a candidate profile proposed for and hired on a labour need), and the identities that reach them.
import { sql } from 'drizzle-orm'
import { queryRows } from '../../src/platform/db/database.js'
import type { TestApp, TestUser } from '../../test/build-test-app.js'
import {
  buildCandidateProfile,
  buildEnterprise,
  buildLabourNeed,
  buildPlacement,
  buildProposal,
} from '../../test/factories/employers.js'
import { buildDossier, buildIntervention, buildPerson } from '../../test/factories/people.js'
import { buildReferral } from '../../test/factories/privacy.js'
import { buildConsent, buildNeed, buildOrganization, buildPlanStep } from '../../test/factories/referrals.js'
import { buildSupportRequest } from '../../test/factories/requests.js'

export type World = Awaited<ReturnType<typeof buildWorld>>

/** One record of every kind, in Gaspésie–Îles-de-la-Madeleine (11), and an admin and a partner who reach them. */
export async function buildWorld(t: TestApp) {
  const ctx = t.system
  const person = await buildPerson(ctx, { email: 'amina@example.org', phone: '418-555-0101' })
  const dossier = await buildDossier(ctx, { personId: person.id })
  const need = await buildNeed(ctx, dossier)
  const step = await buildPlanStep(ctx, dossier, need)
  const intervention = await buildIntervention(ctx, dossier, { occurredOn: '2024-03-04' })
  const sharing = await buildConsent(ctx, person.id, 'referral_sharing')
  await buildConsent(ctx, person.id, 'contact_sharing')
  const org = await buildOrganization(ctx)
  const referral = await buildReferral(ctx, dossier, org.id, sharing.id, {
    status: 'sent',
    outcome: null,
    answerDueOn: '2099-01-01',
  })
  const request = await buildSupportRequest(ctx)
  const enterprise = await buildEnterprise(ctx)
  const labourNeed = await buildLabourNeed(ctx, enterprise)
  const profile = await buildCandidateProfile(ctx, { person })
  const proposal = await buildProposal(ctx, labourNeed, profile)
  const placement = await buildPlacement(ctx, labourNeed, profile)
  const admin = await t.userOf('admin', 'all')
  const partner = await t.userOf('partner', 'organization', org.id)
  const otherRegion = await t.userOf('admin', 'region', '06')
  const otherPartner = await t.userOf('partner', 'organization', (await buildOrganization(ctx)).id)
  return {
    person,
    dossier,
    need,
    step,
    intervention,
    consent: sharing,
    referral,
    request,
    labourNeed,
    profile,
    proposal,
    placement,
    admin,
    partner,
    otherRegion,
    otherPartner,
  }
}

// The record a route's parameter names, by the path segment before it (`/app/dossiers/:id` → the dossier).
const bySegment: Record<string, keyof World> = {
  personnes: 'person',
  persons: 'person',
  dossiers: 'dossier',
  'plan-steps': 'step',
  etapes: 'step',
  interventions: 'intervention',
  consentements: 'consent',
  referrals: 'referral',
  references: 'referral',
  requests: 'request',
  demandes: 'request',
  'candidate-profiles': 'profile',
  candidats: 'profile',
  proposals: 'proposal',
  propositions: 'proposal',
  placements: 'placement',
  'labour-needs': 'labourNeed',
  'besoins-main-oeuvre': 'labourNeed',
}

/** The URL of a route pattern on the world's records, and the ids it names; undefined when a parameter is unknown. */
export function urlOn(world: World, pattern: string): { url: string; ids: string[] } | undefined {
  const ids: string[] = []
  const parts = pattern.split('/')
  for (let i = 0; i < parts.length; i++) {
    if (!parts[i]!.startsWith(':')) continue
    const key = bySegment[parts[i - 1]!]
    if (!key) return undefined
    const id = (world[key] as { id: string }).id
    ids.push(id)
    parts[i] = id
  }
  return { url: parts.join('/'), ids }
}

/** Who performs a route: the partner on the partner portal, the admin (scope all) everywhere else. */
export const actorFor = (world: World, pattern: string): TestUser =>
  pattern.startsWith('/partenaires') ? world.partner : world.admin

export type AuditRow = {
  id: number
  actor: string | null
  action: string
  entity_type: string
  entity_id: string | null
  at: Date
}

/** The events written after `afterId`, oldest first. */
export function eventsAfter(t: TestApp, afterId: number): Promise<AuditRow[]> {
  return queryRows<AuditRow>(
    t.database.db,
    sql`select id::int as id, actor_user_id::text as actor, action, entity_type, entity_id, occurred_at as at
      from access.audit_events where id > ${afterId} order by id`,
  )
}

/** The id of the latest event (0 when none). */
export async function lastEventId(t: TestApp): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    t.database.db,
    sql`select coalesce(max(id), 0)::int as id from access.audit_events`,
  )
  return row!.id
}

/** The user id of a test user (the actor of its events). */
export const userIdOf = (user: TestUser | null): string => (user?.actor.kind === 'user' ? user.actor.userId : '')
