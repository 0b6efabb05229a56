import { type Ctx, findUserDisplayNames, inTransaction, recordAudit } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { isUniqueViolation } from '../../../platform/db/errors.js'
import { conflict, forbidden, invalidInput, notFound } from '../../../platform/errors.js'
import { findOrganization } from '../organizations/organization.queries.js'
import {
  type AgreementDetailOutput,
  type AgreementInput,
  type AgreementListQuery,
  type AgreementOutput,
  type AgreementPage,
  type AgreementTotals,
  encodeAgreementCursor,
} from './agreement.contracts.js'
import { canManageAgreements, canReadAgreements } from './agreement.policy.js'
import { listDeliverableRows, listInstalmentRows } from '../obligations/obligation.queries.js'
import { presentDeliverable, presentInstalment } from '../obligations/obligation.presenter.js'
import { presentAgreement } from './agreement.presenter.js'
import {
  findAgreementDetails,
  findAgreementIdByReference,
  findAgreementParts,
  insertAgreement,
  listAgreementRows,
  lockAgreement,
  replaceAmounts,
  sumAmounts,
  updateAgreementRow,
} from './agreement.queries.js'
import { checkAmounts, checkMrcs, checkProgramAndVolet } from './agreement-terms.js'

export const AGREEMENT_PAGE_SIZE = 50

const referenceTaken = () =>
  conflict('AGREEMENT_REFERENCE_TAKEN', 'reference', {
    fr: 'Une entente porte déjà ce numéro de référence.',
    en: 'An agreement already has this reference number.',
  })

/** A page of the agreements of the caller's regions, newest start first; `next` is the following page's cursor. */
export async function listAgreements(ctx: Ctx, query: AgreementListQuery): Promise<AgreementPage> {
  if (!canReadAgreements(ctx.actor, ctx.scope)) throw forbidden()
  const rows = await listAgreementRows(ctx.db, ctx.scope.regionCodes, query, AGREEMENT_PAGE_SIZE + 1)
  const page = rows.slice(0, AGREEMENT_PAGE_SIZE)
  const last = page.at(-1)
  return { data: page, next: rows.length > AGREEMENT_PAGE_SIZE && last ? encodeAgreementCursor(last) : null }
}

/** The agreement (with its amounts) and its amendments and events read side by side, then the events' authors. */
async function present(ctx: Ctx, id: string) {
  const [details, parts] = await Promise.all([findAgreementDetails(ctx.db, id), findAgreementParts(ctx.db, id)])
  if (!details) return undefined
  const names = await findUserDisplayNames(
    ctx.db,
    parts.events.map((e) => e.by),
  )
  return presentAgreement(details, parts, names)
}

/** An agreement of the caller's regions with its amounts, amendments and events; not_found otherwise. */
export async function getAgreementOrThrow(ctx: Ctx, id: string): Promise<AgreementOutput> {
  if (!canReadAgreements(ctx.actor, ctx.scope)) throw forbidden()
  const agreement = await present(ctx, id)
  if (!agreement || !ctx.scope.coversRegion(agreement.regionCode)) throw notFound('agreement')
  return agreement
}

/** An agreement of the caller's regions with its instalments and deliverables too (the API's one agreement). */
export async function getAgreementWithObligations(ctx: Ctx, id: string): Promise<AgreementDetailOutput> {
  const agreement = await getAgreementOrThrow(ctx, id)
  const [instalments, deliverables] = await Promise.all([
    listInstalmentRows(ctx.db, id),
    listDeliverableRows(ctx.db, id),
  ])
  const today = civilDate(ctx.now)
  return {
    ...agreement,
    instalments: instalments.map((row) => presentInstalment(row, today)),
    deliverables: deliverables.map((row) => presentDeliverable(row, today)),
  }
}

/** The organization of an agreement, within the caller's regions (another region's answers 404, never 403). */
async function organizationInScope(ctx: Ctx, organizationId: string) {
  const org = await findOrganization(ctx.db, organizationId)
  if (!org || !ctx.scope.coversRegion(org.regionCode)) throw notFound('organization')
  return org
}

/** Every check of an agreement's terms; returns the region (the organization's). */
async function checkTerms(ctx: Ctx, input: AgreementInput, selfId?: string): Promise<string> {
  const org = await organizationInScope(ctx, input.organizationId)
  checkAmounts(input, input.amounts, input.totalCents)
  await checkProgramAndVolet(ctx, input.programCode, input.voletId, input.startOn)
  // Referral work is funded under PASI only; elsewhere the flag would show a response time nobody was paid for.
  if (input.fundsReferrals && input.programCode !== 'PASI')
    throw invalidInput({
      fundsReferrals: {
        fr: 'Seule une entente du PASI finance des références.',
        en: 'Only a PASI agreement funds referrals.',
      },
    })
  await checkMrcs(ctx, org.regionCode, input.mrcCodes)
  const other = await findAgreementIdByReference(ctx.db, input.reference)
  if (other && other !== selfId) throw referenceTaken()
  return org.regionCode
}

const columnsOf = (input: AgreementInput, regionCode: string, now: Date) => ({
  organizationId: input.organizationId,
  regionCode,
  programCode: input.programCode,
  voletId: input.voletId,
  reference: input.reference,
  title: input.title,
  objectives: input.objectives ?? null,
  mrcCodes: [...new Set(input.mrcCodes)],
  startOn: input.startOn,
  endOn: input.endOn,
  fundsReferrals: input.fundsReferrals ?? false,
  totalCents: input.amounts.reduce((s, a) => s + a.amountCents, 0),
  updatedAt: now,
})

function rethrowReferenceTaken(error: unknown): never {
  throw isUniqueViolation(error) ? referenceTaken() : error
}

/** Creates an agreement in preparation for an organization of the caller's regions (directors, admins). */
export async function createAgreement(ctx: Ctx, input: AgreementInput): Promise<AgreementOutput> {
  if (!canManageAgreements(ctx.actor, ctx.scope)) throw forbidden()
  const id = await inTransaction(ctx, async (tx) => {
    const regionCode = await checkTerms(tx, input)
    const row = await insertAgreement(tx.db, {
      ...columnsOf(input, regionCode, tx.now),
      createdAt: tx.now,
      createdBy: tx.actor.kind === 'user' ? tx.actor.userId : null,
    }).catch(rethrowReferenceTaken)
    await replaceAmounts(tx.db, row.id, input.amounts)
    await recordAudit(tx, { action: 'agreement.created', entityType: 'agreement', entityId: row.id, regionCode })
    return row.id
  })
  return getAgreementOrThrow(ctx, id)
}

/** Replaces every term of an agreement still in preparation; once signed, terms change only by an amendment. */
export async function replaceAgreement(ctx: Ctx, id: string, input: AgreementInput): Promise<AgreementOutput> {
  if (!canManageAgreements(ctx.actor, ctx.scope)) throw forbidden()
  await inTransaction(ctx, async (tx) => {
    await lockAgreement(tx.db, id)
    const current = await getAgreementOrThrow(tx, id)
    if (current.status !== 'preparation')
      throw conflict('AGREEMENT_SIGNED', 'status', {
        fr: 'Une entente signée ne se modifie que par un avenant.',
        en: 'A signed agreement changes only through an amendment.',
      })
    const regionCode = await checkTerms(tx, input, id)
    await updateAgreementRow(tx.db, id, columnsOf(input, regionCode, tx.now)).catch(rethrowReferenceTaken)
    await replaceAmounts(tx.db, id, input.amounts)
    await recordAudit(tx, { action: 'agreement.updated', entityType: 'agreement', entityId: id, regionCode })
  })
  return getAgreementOrThrow(ctx, id)
}

/** Committed amounts (every agreement past preparation) of the caller's regions by program and by region, per year. */
export async function getAgreementTotals(ctx: Ctx): Promise<AgreementTotals> {
  if (!canReadAgreements(ctx.actor, ctx.scope)) throw forbidden()
  const byProgram = await sumAmounts(ctx.db, ctx.scope.regionCodes, 'program')
  const byRegion = await sumAmounts(ctx.db, ctx.scope.regionCodes, 'region')
  return {
    byProgram: byProgram.map(({ key, ...r }) => ({ programCode: key, ...r })),
    byRegion: byRegion.map(({ key, ...r }) => ({ regionCode: key, ...r })),
  }
}
