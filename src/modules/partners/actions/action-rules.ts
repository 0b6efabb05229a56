import { inArray } from 'drizzle-orm'
import type { Db } from '../../../platform/db/database.js'
import type { FieldErrors, Localized } from '../../../platform/errors.js'
import { isActiveOn } from '../../../platform/validity.js'
import { actionKinds } from './action.schema.js'

/** The agreement an action belongs to, as the rules need it. */
export type ActionAgreement = { id: string; regionCode: string; startOn: string; endOn: string }

/** The fields of an action the rules look at. */
export type CheckedAction = { kindCode: string; startOn: string; endOn: string; mrcCode?: string | null }

type KindValidity = { code: string; validFrom: string; validTo: string | null }

const unknownKind: Localized = {
  fr: 'Choisissez un type d’action du catalogue.',
  en: 'Choose an action kind from the catalogue.',
}

const kindNotInForce = (kind: KindValidity): Localized => ({
  fr: `Ce type d’action n’est pas en vigueur à la date de début (${kind.validFrom} à ${kind.validTo ?? '…'}).`,
  en: `This action kind is not in force on the start date (${kind.validFrom} to ${kind.validTo ?? '…'}).`,
})

const startsBeforeAgreement = (agreement: ActionAgreement): Localized => ({
  fr: `L’action doit commencer pendant l’entente (à partir du ${agreement.startOn}).`,
  en: `The action must start during the agreement (on or after ${agreement.startOn}).`,
})

const endsAfterAgreement = (agreement: ActionAgreement): Localized => ({
  fr: `L’action doit se terminer pendant l’entente (au plus tard le ${agreement.endOn}).`,
  en: `The action must end during the agreement (on or before ${agreement.endOn}).`,
})

const mrcOutsideRegion: Localized = {
  fr: 'Choisissez une MRC de la région de l’entente.',
  en: 'Choose an MRC of the agreement’s region.',
}

/** The validity of some kinds of the catalogue, in one query. */
export async function findKindValidities(db: Db, codes: readonly string[]): Promise<Map<string, KindValidity>> {
  if (codes.length === 0) return new Map()
  const rows = await db
    .select({ code: actionKinds.code, validFrom: actionKinds.validFrom, validTo: actionKinds.validTo })
    .from(actionKinds)
    .where(inArray(actionKinds.code, [...new Set(codes)]))
  return new Map(rows.map((r) => [r.code, r]))
}

/**
 * What is wrong with an action against its agreement and the catalogue: a kind in force on its start date (a retired
 * kind stays valid for actions that started before it ended), dates within the agreement's period, an MRC of the
 * agreement's region (when `mrcCodes` is given). Field names are prefixed with `prefix` (a report's `actions.2.`).
 */
export function actionProblems(
  action: CheckedAction,
  agreement: ActionAgreement,
  kinds: ReadonlyMap<string, KindValidity>,
  mrcCodes?: ReadonlySet<string>,
  prefix = '',
): FieldErrors {
  const problems: FieldErrors = {}
  const kind = kinds.get(action.kindCode)
  if (!kind) problems[`${prefix}kindCode`] = unknownKind
  else if (!isActiveOn(kind, action.startOn)) problems[`${prefix}kindCode`] = kindNotInForce(kind)
  if (action.startOn < agreement.startOn) problems[`${prefix}startOn`] = startsBeforeAgreement(agreement)
  if (action.endOn > agreement.endOn) problems[`${prefix}endOn`] = endsAfterAgreement(agreement)
  if (action.mrcCode && mrcCodes && !mrcCodes.has(action.mrcCode)) problems[`${prefix}mrcCode`] = mrcOutsideRegion
  return problems
}
