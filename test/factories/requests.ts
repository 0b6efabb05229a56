import { sql } from 'drizzle-orm'
import type { Ctx } from '../../src/modules/access/index.js'
import { supportRequests } from '../../src/modules/people/requests/request.schema.js'
import { queryRows } from '../../src/platform/db/database.js'

let n = 0

/** The id of the online-request consent text in force (seeded by migration; inserted when missing). */
export async function onlineRequestConsentTextId(ctx: Ctx): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    ctx.db,
    sql`select id from people.consent_texts where purpose = 'online_request' order by version desc limit 1`,
  )
  if (row) return row.id
  const [made] = await queryRows<{ id: string }>(
    ctx.db,
    sql`insert into people.consent_texts (purpose, version, text_fr, text_en, valid_from)
      values ('online_request', 1, 'Texte de test.', 'Test text.', '2019-01-01') returning id`,
  )
  return made!.id
}

/** An online request waiting in a region's triage queue (Gaspésie–Îles-de-la-Madeleine unless told). */
export async function buildSupportRequest(ctx: Ctx, overrides: Partial<typeof supportRequests.$inferInsert> = {}) {
  n++
  const [row] = await ctx.db
    .insert(supportRequests)
    .values({
      regionCode: '11',
      givenName: `Demandeur${n}`,
      familyName: `Famille${n}`,
      email: `demande${n}@example.org`,
      preferredLanguage: 'fr',
      consentTextId: await onlineRequestConsentTextId(ctx),
      receivedAt: new Date('2024-06-20T14:00:00Z'),
      ...overrides,
    })
    .returning()
  return row!
}
