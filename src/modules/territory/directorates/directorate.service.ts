import { z } from 'zod'
import { assertCan, type Ctx, inTransaction, recordAudit } from '../../access/index.js'
import { isoDate } from '../../../platform/validation.js'
import { regionCode } from '../regions/region.contracts.js'
import { contactChannels, contactKinds, directorateRegions, directorates } from './directorate.schema.js'

export const directorateInput = z.object({
  nameFr: z.string().trim().min(1).max(300),
  nameEn: z.string().trim().min(1).max(300),
  regionCodes: z.array(regionCode).min(1),
  validFrom: isoDate(),
})
export type DirectorateInput = z.output<typeof directorateInput>

/** Creates a directorate serving some regions from a date. */
export async function createDirectorate(ctx: Ctx, input: DirectorateInput): Promise<{ id: string }> {
  assertCan(ctx.actor, 'territory.manage')
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(directorates)
      .values({ nameFr: input.nameFr, nameEn: input.nameEn, createdAt: tx.now })
      .returning({ id: directorates.id })
    await tx.db
      .insert(directorateRegions)
      .values(
        input.regionCodes.map((code) => ({ directorateId: row!.id, regionCode: code, validFrom: input.validFrom })),
      )
    await recordAudit(tx, { action: 'directorate.created', entityType: 'directorate', entityId: row!.id })
    return row!
  })
}

export const contactChannelInput = z.object({
  directorateId: z.uuid().optional(),
  regionCode: regionCode.optional(),
  kind: z.enum(contactKinds),
  value: z.string().trim().min(3).max(200),
  validFrom: isoDate(),
})
export type ContactChannelInput = z.output<typeof contactChannelInput>

/** Adds a public contact channel (email or phone) to a directorate or a region. */
export async function addContactChannel(ctx: Ctx, input: ContactChannelInput): Promise<void> {
  assertCan(ctx.actor, 'territory.manage')
  await inTransaction(ctx, async (tx) => {
    const [row] = await tx.db.insert(contactChannels).values(input).returning({ id: contactChannels.id })
    await recordAudit(tx, {
      action: 'contact_channel.created',
      entityType: 'contact_channel',
      entityId: row!.id,
      regionCode: input.regionCode ?? null,
    })
  })
}
