import { type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { forbidden, notFound } from '../../../platform/errors.js'
import { changedFields } from '../../../platform/records.js'
import { type ContactInput, type ContactOutput, contactInput, type EnterpriseDetails } from './enterprise.contracts.js'
import { canReadEnterprises } from './enterprise.policy.js'
import { presentContact, presentEnterprise } from './enterprise.presenter.js'
import {
  type ContactRow,
  type ContactValues,
  deleteContactRow,
  type EnterpriseRow,
  findContact,
  insertContact,
  listContactRows,
  updateContactRow,
} from './enterprise.queries.js'
import { assertCanWriteEnterprises, getEnterpriseRowInScope } from './enterprise.service.js'

// The people to talk to at an enterprise: they belong to the enterprise, in its region's scope.

/**
 * One enterprise of the caller's scope with its contacts (two queries), or not_found. The contacts are people's names
 * and coordinates: the read writes an `enterprise.viewed` audit event (as people's `person.viewed`).
 */
export async function getEnterpriseDetailsOrThrow(ctx: Ctx, id: string): Promise<EnterpriseDetails> {
  if (!canReadEnterprises(ctx.actor)) throw forbidden()
  return inTransaction(ctx, async (tx) => {
    const row = await getEnterpriseRowInScope(tx, id)
    const contacts = await listContactRows(tx.db, id)
    await recordAudit(tx, {
      action: 'enterprise.viewed',
      entityType: 'enterprise',
      entityId: id,
      regionCode: row.regionCode,
    })
    return { ...presentEnterprise(row), contacts: contacts.map(presentContact) }
  })
}

/** The contacts of an enterprise of the caller's scope. */
export async function listContacts(ctx: Ctx, enterpriseId: string): Promise<ContactOutput[]> {
  return (await getEnterpriseDetailsOrThrow(ctx, enterpriseId)).contacts
}

async function contactInScope(ctx: Ctx, enterpriseId: string, id: string): Promise<[EnterpriseRow, ContactRow]> {
  const enterprise = await getEnterpriseRowInScope(ctx, enterpriseId)
  const contact = await findContact(ctx.db, enterpriseId, id)
  if (!contact) throw notFound('enterprise_contact')
  return [enterprise, contact]
}

/** One contact of an enterprise of the caller's scope, or not_found; a person's coordinates: `enterprise_contact.viewed`. */
export async function getContactOrThrow(ctx: Ctx, enterpriseId: string, id: string): Promise<ContactOutput> {
  if (!canReadEnterprises(ctx.actor)) throw forbidden()
  return inTransaction(ctx, async (tx) => {
    const [enterprise, contact] = await contactInScope(tx, enterpriseId, id)
    await audit(tx, 'viewed', enterprise, contact.id)
    return presentContact(contact)
  })
}

const columnsOf = (input: ContactInput): ContactValues => ({
  name: input.name,
  jobTitle: input.jobTitle ?? null,
  email: input.email ?? null,
  phone: input.phone ?? null,
  language: input.language,
})

async function audit(ctx: Ctx, action: string, enterprise: EnterpriseRow, contactId: string, changed?: string[]) {
  await recordAudit(ctx, {
    action: `enterprise_contact.${action}`,
    entityType: 'enterprise_contact',
    entityId: contactId,
    regionCode: enterprise.regionCode,
    details: { enterpriseId: enterprise.id, ...(changed ? { changed } : {}) },
  })
}

/** Adds a contact to an enterprise of the caller's scope; audited. */
export async function addContact(ctx: Ctx, enterpriseId: string, input: ContactInput): Promise<ContactOutput> {
  assertCanWriteEnterprises(ctx)
  return inTransaction(ctx, async (tx) => {
    const enterprise = await getEnterpriseRowInScope(tx, enterpriseId)
    const row = await insertContact(tx.db, { ...columnsOf(input), enterpriseId, createdAt: tx.now })
    await audit(tx, 'added', enterprise, row.id)
    return presentContact(row)
  })
}

/** Replaces every field of a contact (an absent optional field is cleared); audited when something changed. */
export async function replaceContact(
  ctx: Ctx,
  enterpriseId: string,
  id: string,
  input: ContactInput,
): Promise<ContactOutput> {
  assertCanWriteEnterprises(ctx)
  return inTransaction(ctx, async (tx) => {
    const [enterprise, current] = await contactInScope(tx, enterpriseId, id)
    const values = columnsOf(input)
    const changed = changedFields(Object.keys(contactInput.shape), values, current)
    if (changed.length === 0) return presentContact(current)
    const row = await updateContactRow(tx.db, id, values)
    await audit(tx, 'updated', enterprise, id, changed)
    return presentContact(row)
  })
}

/** Removes a contact from an enterprise of the caller's scope; audited. */
export async function removeContact(ctx: Ctx, enterpriseId: string, id: string): Promise<void> {
  assertCanWriteEnterprises(ctx)
  await inTransaction(ctx, async (tx) => {
    const [enterprise] = await contactInScope(tx, enterpriseId, id)
    await deleteContactRow(tx.db, id)
    await audit(tx, 'removed', enterprise, id)
  })
}
