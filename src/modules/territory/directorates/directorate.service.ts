import { z } from 'zod'
import { assertCan, type Ctx, recordAudit } from '../../access/index.js'
import { parseInput } from '../../../platform/validation.js'
import { contactChannels, contactKinds, directorateRegions, directorates } from './directorate.schema.js'

export const directorateInput = z.object({
  nameFr: z.string().trim().min(1).max(300),
  nameEn: z.string().trim().min(1).max(300),
  regionCodes: z.array(z.string().regex(/^\d{2}$/)).min(1),
  validFrom: z.iso.date(),
})

/** Creates a directorate serving some regions from a date. */
export async function createDirectorate(ctx: Ctx, raw: z.input<typeof directorateInput>): Promise<{ id: string }> {
  assertCan(ctx.actor, 'territory.manage')
  const input = parseInput(directorateInput, raw)
  const [row] = await ctx.db.insert(directorates).values({ nameFr: input.nameFr, nameEn: input.nameEn, createdAt: ctx.now }).returning({ id: directorates.id })
  await ctx.db.insert(directorateRegions).values(input.regionCodes.map((regionCode) => ({ directorateId: row!.id, regionCode, validFrom: input.validFrom })))
  await recordAudit(ctx, { action: 'directorate.created', entityType: 'directorate', entityId: row!.id })
  return row!
}

export const contactChannelInput = z.object({
  directorateId: z.uuid().optional(),
  regionCode: z.string().regex(/^\d{2}$/).optional(),
  kind: z.enum(contactKinds),
  value: z.string().trim().min(3).max(200),
  validFrom: z.iso.date(),
})

/** Adds a public contact channel (email or phone) to a directorate or a region. */
export async function addContactChannel(ctx: Ctx, raw: z.input<typeof contactChannelInput>): Promise<void> {
  assertCan(ctx.actor, 'territory.manage')
  const input = parseInput(contactChannelInput, raw)
  const [row] = await ctx.db.insert(contactChannels).values(input).returning({ id: contactChannels.id })
  await recordAudit(ctx, { action: 'contact_channel.created', entityType: 'contact_channel', entityId: row!.id })
}
