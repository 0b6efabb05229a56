import { and, count, eq, gt, type SQL, sql } from 'drizzle-orm'
import { type Ctx, defineExportSource } from '../../access/index.js'
import { knownRegionCode, regionFilter } from '../../territory/index.js'
import type { Db } from '../../../platform/db/database.js'
import { EXPORT_BATCH_SIZE, keysetBatches } from '../../../platform/db/keyset.js'
import { forbidden } from '../../../platform/errors.js'
import { scianSectors } from '../occupations/occupation.schema.js'
import { type EnterpriseFilter, enterpriseListQuery } from './enterprise.contracts.js'
import { enterpriseFieldLabels as f, enterpriseText as m, sizeBandLabels } from './enterprise.messages.js'
import { canReadEnterprises } from './enterprise.policy.js'
import { enterpriseConditions } from './enterprise.queries.js'
import { enterprises } from './enterprise.schema.js'

/** The list screen's filters without its paging: `q` (name or NEQ), `sector`, `mrc`, `region`. */
export const enterpriseExportFilters = enterpriseListQuery
  .omit({ page: true })
  .extend({ region: knownRegionCode.optional() })
type Filters = Omit<EnterpriseFilter, 'page'>

/** The enterprises of the caller's regions (narrowed to one when asked) matching the list's filters. */
function conditionsOf(ctx: Ctx, filters: Filters): SQL | undefined {
  if (!canReadEnterprises(ctx.actor)) throw forbidden()
  return enterpriseConditions({ ...filters, regionCodes: regionFilter(ctx.scope, filters.region) })
}

/** One keyset page of enterprises by id (the primary key's index), with sector, MRC and region names joined. */
function enterpriseBatch(db: Db, where: SQL | undefined, after: string | undefined, size: number) {
  return db
    .select({
      id: enterprises.id,
      legalName: enterprises.legalName,
      neq: enterprises.neq,
      scianCode: enterprises.scianCode,
      sectorNameFr: scianSectors.nameFr,
      sectorNameEn: scianSectors.nameEn,
      sizeBand: enterprises.sizeBand,
      city: enterprises.city,
      postalCode: enterprises.postalCode,
      mrcCode: enterprises.mrcCode,
      mrcName: sql<string | null>`mrc.name`,
      regionCode: enterprises.regionCode,
      regionNameFr: sql<string>`r.name_fr`,
      regionNameEn: sql<string>`r.name_en`,
      createdOn: sql<string>`to_char(${enterprises.createdAt} at time zone 'America/Toronto', 'YYYY-MM-DD')`,
    })
    .from(enterprises)
    .innerJoin(scianSectors, eq(scianSectors.code, enterprises.scianCode))
    .innerJoin(sql`territory.regions r`, sql`r.code = ${enterprises.regionCode}`)
    .leftJoin(sql`territory.mrcs mrc`, sql`mrc.code = ${enterprises.mrcCode}`)
    .where(and(where, after ? gt(enterprises.id, after) : undefined))
    .orderBy(enterprises.id)
    .limit(size)
}
type EnterpriseExportRow = Awaited<ReturnType<typeof enterpriseBatch>>[number]

const name = (lang: 'fr' | 'en', fr: string, en: string) => (lang === 'fr' ? fr : en)

/**
 * The enterprises export: what the list shows (name, NEQ, sector, municipality, MRC) with the size band, region and
 * the date recorded; no contacts, no notes. `batchSize`: rows per query.
 */
export function enterprisesExport(batchSize = EXPORT_BATCH_SIZE) {
  return defineExportSource<Filters, EnterpriseExportRow>({
    name: 'enterprises',
    title: m.listTitle,
    permission: 'employers.read',
    filters: enterpriseExportFilters,
    filterLabels: {
      q: { fr: 'Recherche (nom ou NEQ)', en: 'Search (name or NEQ)' },
      sector: { fr: 'Secteur (SCIAN)', en: 'Sector (NAICS)' },
      mrc: { fr: 'MRC', en: 'RCM' },
      region: { fr: 'Région', en: 'Region' },
    },
    listHref: '/app/entreprises',
    columns: [
      { header: { fr: 'Identifiant', en: 'Id' }, value: (r) => r.id },
      { header: f.legalName, value: (r) => r.legalName },
      { header: { fr: 'NEQ', en: 'NEQ' }, value: (r) => r.neq },
      { header: { fr: 'Code SCIAN', en: 'NAICS code' }, value: (r) => r.scianCode },
      { header: f.scianCode, value: (r, lang) => name(lang, r.sectorNameFr, r.sectorNameEn) },
      { header: f.sizeBand, value: (r, lang) => (r.sizeBand ? sizeBandLabels[r.sizeBand][lang] : null) },
      { header: f.city, value: (r) => r.city },
      { header: { fr: 'Code postal', en: 'Postal code' }, value: (r) => r.postalCode },
      { header: { fr: 'Code de MRC', en: 'RCM code' }, value: (r) => r.mrcCode },
      { header: f.mrcCode, value: (r) => r.mrcName },
      { header: { fr: 'Code de région', en: 'Region code' }, value: (r) => r.regionCode },
      { header: f.regionCode, value: (r, lang) => name(lang, r.regionNameFr, r.regionNameEn) },
      { header: { fr: 'Inscrite le', en: 'Recorded on' }, value: (r) => r.createdOn },
    ],
    async count(ctx: Ctx, filters) {
      const [row] = await ctx.db.select({ n: count() }).from(enterprises).where(conditionsOf(ctx, filters))
      return row?.n ?? 0
    },
    batches(ctx: Ctx, filters) {
      const where = conditionsOf(ctx, filters)
      return keysetBatches(
        (after: string | undefined, size) => enterpriseBatch(ctx.db, where, after, size),
        (r) => r.id,
        batchSize,
      )
    },
  })
}
