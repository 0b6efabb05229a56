import { and, count, eq, gt, type SQL, sql } from 'drizzle-orm'
import { type Ctx, defineExportSource } from '../../access/index.js'
import type { Db } from '../../../platform/db/database.js'
import { EXPORT_BATCH_SIZE, keysetBatches } from '../../../platform/db/keyset.js'
import { forbidden } from '../../../platform/errors.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { organizations } from '../organizations/organization.schema.js'
import { programs, programVolets } from '../programs/program.schema.js'
import { type AgreementListQuery, agreementListQuery } from './agreement.contracts.js'
import { statusLabels } from './agreement-lifecycle.js'
import { agreementFields as f, agreementText as m } from './agreement.messages.js'
import { canReadAgreements } from './agreement.policy.js'
import { agreementListConditions } from './agreement.queries.js'
import { agreements } from './agreement.schema.js'

/** The list screen's filters without its paging: `program`, `status`, `fiscalYear`, `organization`. */
export const agreementExportFilters = agreementListQuery.omit({ after: true })
type Filters = Omit<AgreementListQuery, 'after'>

/** The agreements of the caller's regions matching the list's filters (staff with partners.read). */
function conditionsOf(ctx: Ctx, filters: Filters): SQL | undefined {
  if (!canReadAgreements(ctx.actor, ctx.scope)) throw forbidden()
  return and(...agreementListConditions(ctx.scope.regionCodes, filters))
}

/** One keyset page of agreements by id (the primary key's index), with organization, program, volet, region names. */
function agreementBatch(db: Db, where: SQL | undefined, after: string | undefined, size: number) {
  return db
    .select({
      id: agreements.id,
      reference: agreements.reference,
      title: agreements.title,
      organizationId: agreements.organizationId,
      organizationName: organizations.name,
      programCode: agreements.programCode,
      programNameFr: programs.nameFr,
      programNameEn: programs.nameEn,
      voletCode: programVolets.code,
      voletNameFr: programVolets.nameFr,
      voletNameEn: programVolets.nameEn,
      regionCode: agreements.regionCode,
      regionNameFr: sql<string>`r.name_fr`,
      regionNameEn: sql<string>`r.name_en`,
      startOn: agreements.startOn,
      endOn: agreements.endOn,
      status: agreements.status,
      signedOn: agreements.signedOn,
      totalCents: agreements.totalCents,
    })
    .from(agreements)
    .innerJoin(organizations, eq(organizations.id, agreements.organizationId))
    .innerJoin(programs, eq(programs.code, agreements.programCode))
    .leftJoin(programVolets, eq(programVolets.id, agreements.voletId))
    .innerJoin(sql`territory.regions r`, sql`r.code = ${agreements.regionCode}`)
    .where(and(where, after ? gt(agreements.id, after) : undefined))
    .orderBy(agreements.id)
    .limit(size)
}
type AgreementExportRow = Awaited<ReturnType<typeof agreementBatch>>[number]

const name = (lang: Lang, fr: string | null, en: string | null) => (lang === 'fr' ? fr : en)

/** The agreements export: what the list shows, with program, volet and region names and the amount in dollars. */
export function agreementsExport(batchSize = EXPORT_BATCH_SIZE) {
  return defineExportSource<Filters, AgreementExportRow>({
    name: 'agreements',
    title: m.listTitle,
    permission: 'partners.read',
    filters: agreementExportFilters,
    filterLabels: {
      program: { fr: 'Programme', en: 'Program' },
      status: { fr: 'État', en: 'Status' },
      fiscalYear: { fr: 'Exercice financier', en: 'Fiscal year' },
      organization: { fr: 'Organisme', en: 'Organization' },
    },
    listHref: '/app/ententes',
    columns: [
      { header: { fr: 'Identifiant', en: 'Id' }, value: (r) => r.id },
      { header: f.reference, value: (r) => r.reference },
      { header: f.title, value: (r) => r.title },
      { header: { fr: 'Identifiant de l’organisme', en: 'Organization id' }, value: (r) => r.organizationId },
      { header: f.organization, value: (r) => r.organizationName },
      { header: { fr: 'Code du programme', en: 'Program code' }, value: (r) => r.programCode },
      { header: f.program, value: (r, lang) => name(lang, r.programNameFr, r.programNameEn) },
      { header: { fr: 'Code du volet', en: 'Component code' }, value: (r) => r.voletCode },
      { header: f.volet, value: (r, lang) => name(lang, r.voletNameFr, r.voletNameEn) },
      { header: { fr: 'Code de région', en: 'Region code' }, value: (r) => r.regionCode },
      { header: f.region, value: (r, lang) => name(lang, r.regionNameFr, r.regionNameEn) },
      { header: f.startOn, value: (r) => r.startOn },
      { header: f.endOn, value: (r) => r.endOn },
      { header: f.status, value: (r, lang) => statusLabels[r.status][lang] },
      { header: f.signedOn, value: (r) => r.signedOn },
      { header: { fr: 'Montant total ($)', en: 'Total amount ($)' }, value: (r) => r.totalCents / 100 },
    ],
    async count(ctx: Ctx, filters) {
      const [row] = await ctx.db.select({ n: count() }).from(agreements).where(conditionsOf(ctx, filters))
      return row?.n ?? 0
    },
    batches(ctx: Ctx, filters) {
      const where = conditionsOf(ctx, filters)
      return keysetBatches(
        (after: string | undefined, size) => agreementBatch(ctx.db, where, after, size),
        (r) => r.id,
        batchSize,
      )
    },
  })
}
