// The changes of personal data the audit completeness suite performs, through the API and the forms, on the world's
// records: each is a real, successful request whose audit event the suite checks (one event, actor, action, record,
// time). Kept in the order they run: a dossier is closed before it is reopened.
import type { InjectOptions } from 'fastify'
import type { TestUser } from '../../test/build-test-app.js'
import type { World } from './world.js'

export type Change = {
  /** The catalogue's route: `METHOD /pattern`. */
  route: string
  /** Who does it: the admin (scope all) unless told; null for the public site. */
  as?: (w: World) => TestUser | null
  request: (w: World, made: Record<string, string>) => InjectOptions
  /**
   * The actions of its events, in order: one, except where the API answers the record as the caller then sees it
   * (referrals): the change, then the read of what it answers.
   */
  actions: string[]
  /** The kind of record a form creates (its id is in no URL: the event must name a new record of this kind). */
  creates?: string
  /** Remembers the record a creation made, for the changes after it. */
  remember?: string
}

const form = (data: Record<string, string>) => ({
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams(data).toString(),
})
const person = (familyName: string) => ({
  givenName: 'Nadia',
  familyName,
  birthDate: '1986-02-14',
  regionCode: '11',
  citizenships: [],
  languages: [],
  preferredLanguage: 'fr',
  confirmedNotDuplicate: true,
})

export const changes: Change[] = [
  {
    route: 'POST /api/v1/persons',
    request: () => ({ method: 'POST', url: '/api/v1/persons', payload: person('Audit') }),
    actions: ['person.created'],
    remember: 'person',
  },
  {
    route: 'PUT /api/v1/persons/:id',
    request: (_w, m) => ({ method: 'PUT', url: `/api/v1/persons/${m.person}`, payload: person('Audit-Renommée') }),
    actions: ['person.updated'],
  },
  {
    route: 'POST /api/v1/dossiers',
    request: (w, m) => ({
      method: 'POST',
      url: '/api/v1/dossiers',
      payload: {
        personId: m.person,
        servicePointId: w.dossier.servicePointId,
        intakeChannel: 'walk_in',
        startsOn: '2024-01-10',
      },
    }),
    actions: ['dossier.created'],
    remember: 'dossier',
  },
  {
    route: 'POST /api/v1/interventions',
    request: (_w, m) => ({
      method: 'POST',
      url: '/api/v1/interventions',
      payload: {
        dossierId: m.dossier,
        occurredAt: '2024-03-05T14:00:00Z',
        mode: 'in_person',
        durationMinutes: 30,
        summary: 'Suivi.',
      },
    }),
    actions: ['intervention.created'],
  },
  {
    route: 'POST /api/v1/dossiers/:id/close',
    request: (_w, m) => ({
      method: 'POST',
      url: `/api/v1/dossiers/${m.dossier}/close`,
      payload: { closureReason: 'goals_met' },
    }),
    actions: ['dossier.closed'],
  },
  {
    route: 'POST /api/v1/dossiers/:id/reopen',
    request: (_w, m) => ({ method: 'POST', url: `/api/v1/dossiers/${m.dossier}/reopen`, payload: {} }),
    actions: ['dossier.reopened'],
  },
  {
    route: 'POST /api/v1/referrals/:id/comments',
    request: (w) => ({
      method: 'POST',
      url: `/api/v1/referrals/${w.referral.id}/comments`,
      payload: { comment: 'Rappeler.' },
    }),
    actions: ['referral.commented', 'referral.viewed'],
  },
  {
    route: 'POST /api/v1/requests/:id/reject',
    request: (w) => ({
      method: 'POST',
      url: `/api/v1/requests/${w.request.id}/reject`,
      payload: { reason: 'Doublon.' },
    }),
    actions: ['request.rejected'],
  },
  {
    route: 'POST /api/v1/candidate-profiles/:id/close',
    request: (w) => ({ method: 'POST', url: `/api/v1/candidate-profiles/${w.profile.id}/close`, payload: {} }),
    actions: ['candidate_profile.closed'],
  },
  {
    route: 'POST /api/v1/candidate-profiles/:id/reopen',
    request: (w) => ({ method: 'POST', url: `/api/v1/candidate-profiles/${w.profile.id}/reopen`, payload: {} }),
    actions: ['candidate_profile.reopened'],
  },
  {
    route: 'POST /app/personnes/:id/consentements',
    request: (w) => ({
      method: 'POST',
      url: `/app/personnes/${w.person.id}/consentements`,
      ...form({ purpose: 'contact_sharing', givenOn: '2024-01-02' }),
    }),
    actions: ['consent.recorded'],
    creates: 'consent',
  },
  {
    route: 'POST /app/dossiers/:id/interventions',
    request: (w) => ({
      method: 'POST',
      url: `/app/dossiers/${w.dossier.id}/interventions`,
      ...form({
        occurredDate: '2024-04-02',
        occurredTime: '10:30',
        mode: 'phone',
        durationMinutes: '20',
        summary: 'Appel.',
      }),
    }),
    actions: ['intervention.created'],
    creates: 'intervention',
  },
]
