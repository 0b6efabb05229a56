import { assertCan, type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { isUniqueViolation } from '../../../platform/db/errors.js'
import { conflict, invalidInput, notFound } from '../../../platform/errors.js'
import { isActiveOn } from '../../../platform/validity.js'
import type { CloseInput, ProgramInput, ProgramOutput, VoletInput } from './program.contracts.js'
import {
  findProgram,
  findVolet,
  insertProgram,
  insertVolet,
  listProgramRows,
  setProgramValidTo,
  setVoletValidTo,
} from './program.queries.js'

// Programs and volets are reference data for every region (no region on their audit events): admins add and close
// them, never delete them, because past agreements name them.

/** Every program with its volets and whether each is in force today (any staff: the agreement form offers them). */
export async function listPrograms(ctx: Ctx): Promise<ProgramOutput[]> {
  assertCan(ctx.actor, 'partners.read')
  const today = civilDate(ctx.now)
  const rows = await listProgramRows(ctx.db)
  return rows.programs.map((p) => ({
    code: p.code,
    nameFr: p.nameFr,
    nameEn: p.nameEn,
    validFrom: p.validFrom,
    validTo: p.validTo,
    active: isActiveOn(p, today),
    volets: rows.volets
      .filter((v) => v.programCode === p.code)
      .map((v) => ({
        id: v.id,
        code: v.code,
        nameFr: v.nameFr,
        nameEn: v.nameEn,
        validFrom: v.validFrom,
        validTo: v.validTo,
        active: isActiveOn(v, today),
      })),
  }))
}

const codeTaken = () =>
  conflict('PROGRAM_CODE_TAKEN', 'code', { fr: 'Ce code est déjà pris.', en: 'This code is already taken.' })

function rethrowCodeTaken(error: unknown): never {
  throw isUniqueViolation(error) ? codeTaken() : error
}

/** Adds a program (admins). */
export async function createProgram(ctx: Ctx, input: ProgramInput): Promise<{ code: string }> {
  assertCan(ctx.actor, 'partners.catalogue')
  return inTransaction(ctx, async (tx) => {
    if (await findProgram(tx.db, input.code)) throw codeTaken()
    const row = await insertProgram(tx.db, {
      ...input,
      validTo: input.validTo ?? null,
      sortOrder: input.sortOrder ?? 0,
    })
    await recordAudit(tx, {
      action: 'program.created',
      entityType: 'program',
      entityId: null,
      regionCode: null,
      details: { code: row.code },
    })
    return { code: row.code }
  })
}

/** Adds a volet to a program (admins); its code is unique within the program. */
export async function createVolet(ctx: Ctx, input: VoletInput): Promise<{ id: string }> {
  assertCan(ctx.actor, 'partners.catalogue')
  return inTransaction(ctx, async (tx) => {
    if (!(await findProgram(tx.db, input.programCode)))
      throw invalidInput({ programCode: { fr: 'Programme inconnu.', en: 'Unknown program.' } })
    const row = await insertVolet(tx.db, {
      ...input,
      validTo: input.validTo ?? null,
      sortOrder: input.sortOrder ?? 0,
    }).catch(rethrowCodeTaken)
    await recordAudit(tx, {
      action: 'program_volet.created',
      entityType: 'program_volet',
      entityId: row.id,
      regionCode: null,
    })
    return { id: row.id }
  })
}

function checkClosing(validFrom: string, input: CloseInput): void {
  if (input.validTo <= validFrom)
    throw invalidInput({
      validTo: {
        fr: 'La date de fin doit suivre la date de début.',
        en: 'The end date must come after the start date.',
      },
    })
}

/** Closes a program: from `validTo` on, no new agreement may use it (admins). */
export async function closeProgram(ctx: Ctx, code: string, input: CloseInput): Promise<void> {
  assertCan(ctx.actor, 'partners.catalogue')
  await inTransaction(ctx, async (tx) => {
    const program = await findProgram(tx.db, code)
    if (!program) throw notFound('program')
    checkClosing(program.validFrom, input)
    await setProgramValidTo(tx.db, code, input.validTo)
    await recordAudit(tx, {
      action: 'program.closed',
      entityType: 'program',
      entityId: null,
      regionCode: null,
      details: { code, validTo: input.validTo },
    })
  })
}

/** Closes a volet: from `validTo` on, no new agreement may use it (admins). */
export async function closeVolet(ctx: Ctx, id: string, input: CloseInput): Promise<void> {
  assertCan(ctx.actor, 'partners.catalogue')
  await inTransaction(ctx, async (tx) => {
    const volet = await findVolet(tx.db, id)
    if (!volet) throw notFound('program_volet')
    checkClosing(volet.validFrom, input)
    await setVoletValidTo(tx.db, id, input.validTo)
    await recordAudit(tx, {
      action: 'program_volet.closed',
      entityType: 'program_volet',
      entityId: id,
      regionCode: null,
      details: { validTo: input.validTo },
    })
  })
}
