// The load generator's requests: valid bodies of the JSON API's creates (see each route's zod input), each carrying a
// marker (a unique name, summary or reference, or the parent's id) that the checks read back.
import type { World } from './setup.js'

export type Kind = 'person' | 'dossier' | 'intervention' | 'referral' | 'enterprise' | 'agreement'

export type Request = {
  kind: Kind
  url: string
  body: Record<string, unknown>
  /** The body's field that identifies what was sent; the answer and the stored record carry the same value. */
  field: string
  marker: string
  /** A dossier of a consenting person: it may be referred. */
  consented?: boolean
}

function request(kind: Kind, path: string, body: Record<string, unknown>, field: string): Request {
  return { kind, url: `/api/v1/${path}`, body, field, marker: String(body[field]) }
}

export const personRequest = (tag: string) =>
  request(
    'person',
    'persons',
    {
      givenName: 'Awa',
      familyName: `Crash ${tag}`,
      birthDate: '1990-10-10',
      regionCode: '11',
      confirmedNotDuplicate: true,
    },
    'familyName',
  )

export function dossierRequest(world: World, personId: string, consented: boolean): Request {
  const body = { personId, servicePointId: world.servicePointId, intakeChannel: 'walk_in', startsOn: '2024-01-15' }
  return { ...request('dossier', 'dossiers', body, 'personId'), consented }
}

export const interventionRequest = (dossierId: string, tag: string) =>
  request(
    'intervention',
    'interventions',
    { dossierId, occurredAt: '2024-02-01T10:00:00-05:00', mode: 'phone', durationMinutes: 30, summary: `Suivi ${tag}` },
    'summary',
  )

export const referralRequest = (world: World, dossierId: string, tag: string) =>
  request(
    'referral',
    'referrals',
    {
      dossierId,
      organizationId: world.organizationId,
      serviceWanted: `Service ${tag}`,
      needIds: [],
      stepIds: [],
      shareContact: false,
    },
    'serviceWanted',
  )

export const enterpriseRequest = (tag: string) =>
  request(
    'enterprise',
    'enterprises',
    {
      legalName: `Entreprise crash ${tag}`,
      scianCode: '31-33',
      city: 'Gaspé',
      mrcCode: '03',
      regionCode: '11',
      confirmedNotDuplicate: true,
    },
    'legalName',
  )

/** A PAC volet 2 agreement over two fiscal years (its amounts sum to its total: one of the invariants). */
export const agreementRequest = (world: World, tag: string) =>
  request(
    'agreement',
    'agreements',
    {
      organizationId: world.organizationId,
      programCode: 'PAC',
      voletId: world.voletId,
      reference: `PAC-CRASH-${tag}`,
      title: 'Accueil et intégration',
      objectives: 'Accueillir les personnes immigrantes.',
      mrcCodes: [],
      startOn: '2020-04-01',
      endOn: '2022-03-31',
      amounts: [
        { fiscalYear: 2020, amountCents: 5_000_000 },
        { fiscalYear: 2021, amountCents: 2_500_000 },
      ],
    },
    'reference',
  )
