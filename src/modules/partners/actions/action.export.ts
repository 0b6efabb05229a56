import { and, count, eq, gt, type SQL, sql } from 'drizzle-orm'
import { type Ctx, defineExportSource } from '../../access/index.js'
import { isQuebecRegion, regionFilter, unknownRegionText } from '../../territory/index.js'
import type { Db } from '../../../platform/db/database.js'
import { EXPORT_BATCH_SIZE, keysetBatches } from '../../../platform/db/keyset.js'
import { forbidden } from '../../../platform/errors.js'
import { agreements } from '../agreements/agreement.schema.js'
import { organizations } from '../organizations/organization.schema.js'
import { type ActionListQuery, actionListQuery } from './action.contracts.js'
import { actionFieldLabels as f, actionText as m } from './action.messages.js'
import { canReadActions } from './action.policy.js'
import { actionConditions } from './action.queries.js'
import { actionKinds, localActions } from './action.schema.js'

/** The list screen's filters (`regionCode`, `from`, `to`, `kind`, `agreementId`, `mrc`, `q`); its `after` is ignored. */
export const actionExportFilters = actionListQuery.refine(
  (v) => v.regionCode === undefined || isQuebecRegion(v.regionCode),
  { path: ['regionCode'], params: unknownRegionText },
)
type Filters = ActionListQuery

/** The actions of the caller's regions (narrowed to one when asked) matching the list's filters, whatever the page. */
function conditionsOf(ctx: Ctx, filters: Filters): SQL | undefined {
  if (!canReadActions(ctx.actor)) throw forbidden()
  const { after: _page, regionCode, ...rest } = filters
  return actionConditions(regionFilter(ctx.scope, regionCode), rest)
}

/**
 * One keyset page of actions by id (the primary key's index), with their agreement and organization (which the words
 * filter reads too), their kind's and region's names.
 */
function actionBatch(db: Db, where: SQL | undefined, after: string | undefined, size: number) {
  return db
    .select({
      id: localActions.id,
      agreementReference: agreements.reference,
      organizationName: organizations.name,
      regionCode: localActions.regionCode,
      regionNameFr: sql<string>`r.name_fr`,
      regionNameEn: sql<string>`r.name_en`,
      kindCode: localActions.kindCode,
      kindNameFr: actionKinds.nameFr,
      kindNameEn: actionKinds.nameEn,
      title: localActions.title,
      startOn: localActions.startOn,
      endOn: localActions.endOn,
      municipality: localActions.municipality,
      mrcCode: localActions.mrcCode,
      immigrantParticipants: localActions.immigrantParticipants,
      totalParticipants: localActions.totalParticipants,
    })
    .from(localActions)
    .innerJoin(agreements, eq(agreements.id, localActions.agreementId))
    .innerJoin(organizations, eq(organizations.id, agreements.organizationId))
    .innerJoin(actionKinds, eq(actionKinds.code, localActions.kindCode))
    .innerJoin(sql`territory.regions r`, sql`r.code = ${localActions.regionCode}`)
    .where(and(where, after ? gt(localActions.id, after) : undefined))
    .orderBy(localActions.id)
    .limit(size)
}
type ActionExportRow = Awaited<ReturnType<typeof actionBatch>>[number]

/** The funded local actions export: what the list shows, with kind and region names; not the free-text description. */
export function actionsExport(batchSize = EXPORT_BATCH_SIZE) {
  return defineExportSource<Filters, ActionExportRow>({
    name: 'actions',
    title: m.listTitle,
    permission: 'partners.read',
    filters: actionExportFilters,
    filterLabels: {
      regionCode: { fr: 'Région', en: 'Region' },
      from: { fr: 'Du (date)', en: 'From (date)' },
      to: { fr: 'Au (date)', en: 'To (date)' },
      kind: { fr: 'Type d’action', en: 'Kind of action' },
      agreementId: { fr: 'Entente', en: 'Agreement' },
      mrc: { fr: 'MRC', en: 'RCM' },
      q: { fr: 'Recherche', en: 'Search' },
    },
    listHref: '/app/actions',
    columns: [
      { header: { fr: 'Identifiant', en: 'Id' }, value: (r) => r.id },
      { header: f.agreementReference, value: (r) => r.agreementReference },
      { header: f.organization, value: (r) => r.organizationName },
      { header: { fr: 'Code de région', en: 'Region code' }, value: (r) => r.regionCode },
      { header: f.regionCode, value: (r, lang) => (lang === 'fr' ? r.regionNameFr : r.regionNameEn) },
      { header: { fr: 'Code du type', en: 'Kind code' }, value: (r) => r.kindCode },
      { header: f.kind, value: (r, lang) => (lang === 'fr' ? r.kindNameFr : r.kindNameEn) },
      { header: f.title, value: (r) => r.title },
      { header: f.startOn, value: (r) => r.startOn },
      { header: f.endOn, value: (r) => r.endOn },
      { header: f.municipality, value: (r) => r.municipality },
      { header: f.mrcCode, value: (r) => r.mrcCode },
      { header: f.immigrantParticipants, value: (r) => r.immigrantParticipants },
      { header: f.totalParticipants, value: (r) => r.totalParticipants },
    ],
    async count(ctx: Ctx, filters) {
      const [row] = await ctx.db
        .select({ n: count() })
        .from(localActions)
        .innerJoin(agreements, eq(agreements.id, localActions.agreementId))
        .innerJoin(organizations, eq(organizations.id, agreements.organizationId))
        .where(conditionsOf(ctx, filters))
      return row?.n ?? 0
    },
    batches(ctx: Ctx, filters) {
      const where = conditionsOf(ctx, filters)
      return keysetBatches(
        (after: string | undefined, size) => actionBatch(ctx.db, where, after, size),
        (r) => r.id,
        batchSize,
      )
    },
  })
}
