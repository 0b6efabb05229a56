import { actorUserId, type Ctx, can, findUserDisplayNames, inTransaction, recordAudit } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import type { Db } from '../../../platform/db/database.js'
import { conflict, forbidden, invalidInput, notFound } from '../../../platform/errors.js'
import type { ConsentInput, ConsentOutput, ConsentPurpose, ConsentTextOutput } from './consent.contracts.js'
import { canWriteConsents } from './consent.policy.js'
import { consentPurposes } from './consent.schema.js'
import { presentConsent, presentConsentText } from './consent.presenter.js'
import {
  type ConsentRow,
  findConsentRow,
  findReadablePerson,
  findTextInForce,
  insertConsent,
  listActiveConsentRows,
  listConsentHistory,
  listTextsInForce,
  markWithdrawn,
} from './consent.queries.js'

/** What the consents page shows: the person, their consents (history), the texts in force, whether the caller writes. */
export type PersonConsents = {
  person: { id: string; givenName: string; familyName: string }
  consents: ConsentOutput[]
  texts: ConsentTextOutput[]
  canWrite: boolean
}

const byPurpose = (a: { purpose: ConsentPurpose }, b: { purpose: ConsentPurpose }) =>
  consentPurposes.indexOf(a.purpose) - consentPurposes.indexOf(b.purpose)

async function readablePersonOrThrow(ctx: Ctx, personId: string) {
  if (!can(ctx.actor, 'people.read')) throw notFound('person')
  const person = await findReadablePerson(ctx.db, ctx.scope, personId)
  if (!person) throw notFound('person')
  return person
}

async function writablePersonOrThrow(ctx: Ctx, personId: string) {
  const person = await readablePersonOrThrow(ctx, personId)
  if (!canWriteConsents(ctx.actor, ctx.scope, person)) throw forbidden()
  return person
}

/** A person's consents, every one ever recorded (audited as a read of the person's file). */
export async function listPersonConsents(ctx: Ctx, personId: string): Promise<PersonConsents> {
  return inTransaction(ctx, async (tx) => {
    const person = await readablePersonOrThrow(tx, personId)
    const today = civilDate(tx.now)
    const [history, texts] = await Promise.all([listConsentHistory(tx.db, person.id), listTextsInForce(tx.db, today)])
    const userNames = await findUserDisplayNames(
      tx.db,
      history.flatMap((r) => [r.recordedBy, r.withdrawnBy]),
    )
    await recordAudit(tx, {
      action: 'consent.listed',
      entityType: 'person',
      entityId: person.id,
      regionCode: person.regionCode,
    })
    return {
      person: { id: person.id, givenName: person.givenName, familyName: person.familyName },
      consents: history.map((r) => presentConsent(r, userNames, today)),
      texts: texts.sort(byPurpose).map(presentConsentText),
      canWrite: canWriteConsents(tx.actor, tx.scope, person),
    }
  })
}

const textMissing = () =>
  invalidInput({
    givenOn: {
      fr: 'Aucun texte de consentement n’était en vigueur à cette date pour cette fin.',
      en: 'No consent text was in force on that date for this purpose.',
    },
  })
const givenInFuture = () =>
  invalidInput({
    givenOn: {
      fr: 'Un consentement ne peut pas être daté de demain ou plus tard.',
      en: 'A consent cannot be dated tomorrow or later.',
    },
  })

/** Records a person's consent to the text of a purpose in force on the day it was given. */
export async function recordConsent(ctx: Ctx, personId: string, input: ConsentInput): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const person = await writablePersonOrThrow(tx, personId)
    if (input.givenOn > civilDate(tx.now)) throw givenInFuture()
    const text = await findTextInForce(tx.db, input.purpose, input.givenOn)
    if (!text) throw textMissing()
    const row = await insertConsent(tx.db, {
      personId: person.id,
      purpose: input.purpose,
      textId: text.id,
      givenOn: input.givenOn,
      expiresOn: input.expiresOn ?? null,
      recordedBy: actorUserId(tx.actor),
      recordedAt: tx.now,
    })
    await recordAudit(tx, {
      action: 'consent.recorded',
      entityType: 'consent',
      entityId: row.id,
      regionCode: person.regionCode,
      details: { purpose: input.purpose, version: text.version },
    })
    return { id: row.id }
  })
}

const alreadyWithdrawn = () =>
  conflict('CONSENT_ALREADY_WITHDRAWN', '_', {
    fr: 'Ce consentement a déjà été retiré.',
    en: 'This consent has already been withdrawn.',
  })

/** The consent, when the caller may read its person; not_found otherwise. */
export async function getConsentForWithdrawal(ctx: Ctx, consentId: string) {
  const consent = await findConsentRow(ctx.db, consentId)
  if (!consent) throw notFound('consent')
  const person = await writablePersonOrThrow(ctx, consent.personId)
  return { consent, person }
}

/**
 * The consent of this person the withdrawal page shows (its purpose and date: the person's data), its read audited;
 * not_found when it is another person's.
 */
export async function viewConsentForWithdrawal(ctx: Ctx, personId: string, consentId: string) {
  return inTransaction(ctx, async (tx) => {
    const found = await getConsentForWithdrawal(tx, consentId)
    if (found.consent.personId !== personId) throw notFound('consent')
    await recordAudit(tx, {
      action: 'consent.viewed',
      entityType: 'consent',
      entityId: found.consent.id,
      regionCode: found.person.regionCode,
    })
    return found
  })
}

/** Withdraws a consent: from now on, what it allowed stops (a partner's view of a referral changes at once). */
export async function withdrawConsent(ctx: Ctx, consentId: string): Promise<{ id: string; personId: string }> {
  return inTransaction(ctx, async (tx) => {
    const { consent, person } = await getConsentForWithdrawal(tx, consentId)
    const row = await markWithdrawn(tx.db, consent.id, tx.now, actorUserId(tx.actor))
    if (!row) throw alreadyWithdrawn()
    await recordAudit(tx, {
      action: 'consent.withdrawn',
      entityType: 'consent',
      entityId: consent.id,
      regionCode: person.regionCode,
      details: { purpose: consent.purpose },
    })
    return { id: consent.id, personId: consent.personId }
  })
}

/** The consents of a person that count on a date (no access check: callers have checked the person). */
export function activeConsents(db: Db, personId: string, today: string): Promise<ConsentRow[]> {
  return listActiveConsentRows(db, [personId], today)
}

/** The purposes each person has an active consent for on a date, for a list of referrals in one query. */
export async function activePurposesOf(
  db: Db,
  personIds: readonly string[],
  today: string,
): Promise<Map<string, Map<ConsentPurpose, ConsentRow>>> {
  const byPerson = new Map<string, Map<ConsentPurpose, ConsentRow>>()
  for (const row of await listActiveConsentRows(db, personIds, today)) {
    const purposes = byPerson.get(row.personId) ?? new Map<ConsentPurpose, ConsentRow>()
    if (!purposes.has(row.purpose)) purposes.set(row.purpose, row)
    byPerson.set(row.personId, purposes)
  }
  return byPerson
}
