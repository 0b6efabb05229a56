import { and, count, eq, gte, lte, type SQL, sql } from 'drizzle-orm'
import { z } from 'zod'
import { type Ctx, defineExportSource, type Scope } from '../../access/index.js'
import { knownRegionCode } from '../../territory/index.js'
import type { Db } from '../../../platform/db/database.js'
import { EXPORT_BATCH_SIZE, exportBatches } from '../../../platform/db/keyset.js'
import { isoDate } from '../../../platform/validation.js'
import { readableDossierSql } from '../access.js'
import { dossiers } from '../dossiers/dossier.schema.js'
import { assertCanReadPersons } from '../persons/person.service.js'
import { interventionFields as f, modeLabels } from './intervention.messages.js'
import { interventions } from './intervention.schema.js'

/** The longest period an export is asked for, as the reports' periods (a decade). */
const PERIOD_MAX_YEARS = 10

/** The period (civil dates in Québec, both ends included, at most ten years) and the region the interventions were given in. */
export const interventionExportFilters = z
  .object({ from: isoDate().optional(), to: isoDate().optional(), region: knownRegionCode.optional() })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    path: ['to'],
    params: { fr: 'La fin doit suivre le début.', en: 'The end must come after the start.' },
  })
  .refine((v) => !v.from || !v.to || v.to < `${Number(v.from.slice(0, 4)) + PERIOD_MAX_YEARS}${v.from.slice(4)}`, {
    path: ['to'],
    params: {
      fr: `La période ne peut dépasser ${PERIOD_MAX_YEARS} ans.`,
      en: `The period cannot be longer than ${PERIOD_MAX_YEARS} years.`,
    },
  })
type Filters = z.output<typeof interventionExportFilters>

/** The interventions of the dossiers the caller may read (as on a dossier's page), in the period and region asked. */
function conditionsOf(scope: Scope, filters: Filters): SQL | undefined {
  return and(
    readableDossierSql(scope),
    filters.from ? gte(interventions.occurredOn, filters.from) : undefined,
    filters.to ? lte(interventions.occurredOn, filters.to) : undefined,
    filters.region ? eq(interventions.regionCode, filters.region) : undefined,
  )
}

/** A row's place in the keyset order, that of the index `interventions_region_date_idx` (and the id for ties). */
type Key = [regionCode: string, occurredOn: string, dossierId: string, id: string]
const keyColumns = sql`(${interventions.regionCode}, ${interventions.occurredOn}, ${interventions.dossierId}, ${interventions.id})`

/** An intervention with its dossier's number and person, region and service point names joined. */
const exportFields = {
  id: interventions.id,
  dossierId: interventions.dossierId,
  dossierNumber: dossiers.number,
  personId: dossiers.personId,
  occurredOn: interventions.occurredOn,
  mode: interventions.mode,
  durationMinutes: interventions.durationMinutes,
  regionCode: interventions.regionCode,
  regionNameFr: sql<string>`r.name_fr`,
  regionNameEn: sql<string>`r.name_en`,
  servicePointName: sql<string>`sp.name`,
}

/** The interventions matching `where`, in the keyset order. */
function interventionQuery(db: Db, where: SQL | undefined) {
  return db
    .select(exportFields)
    .from(interventions)
    .innerJoin(dossiers, eq(dossiers.id, interventions.dossierId))
    .innerJoin(sql`territory.regions r`, sql`r.code = ${interventions.regionCode}`)
    .innerJoin(sql`territory.service_points sp`, sql`sp.id = ${interventions.servicePointId}`)
    .where(where)
    .orderBy(interventions.regionCode, interventions.occurredOn, interventions.dossierId, interventions.id)
}

/** One keyset page: at most `size` interventions after the position `after`. */
function interventionBatch(db: Db, where: SQL | undefined, after: Key | undefined, size: number) {
  const next = after ? sql`${keyColumns} > (${after[0]}, ${after[1]}, ${after[2]}::uuid, ${after[3]}::uuid)` : undefined
  return interventionQuery(db, and(where, next)).limit(size)
}
type InterventionExportRow = Awaited<ReturnType<typeof interventionBatch>>[number]

/**
 * The interventions export, by region then date: what, when, how long, where, in which dossier (its number and its
 * person's id, to join the persons export); not the summary (free text). `batchSize`: rows per query.
 */
export function interventionsExport(batchSize = EXPORT_BATCH_SIZE) {
  return defineExportSource<Filters, InterventionExportRow>({
    name: 'interventions',
    title: { fr: 'Interventions', en: 'Interventions' },
    permission: 'people.read',
    filters: interventionExportFilters,
    filterLabels: {
      from: { fr: 'Du (date)', en: 'From (date)' },
      to: { fr: 'Au (date)', en: 'To (date)' },
      region: { fr: 'Région', en: 'Region' },
    },
    listHref: '/app/dossiers',
    columns: [
      { header: { fr: 'Identifiant', en: 'Id' }, value: (r) => r.id },
      { header: { fr: 'Dossier', en: 'Dossier' }, value: (r) => r.dossierNumber },
      { header: { fr: 'Identifiant de la personne', en: 'Person id' }, value: (r) => r.personId },
      { header: f.occurredDate!, value: (r) => r.occurredOn },
      { header: f.mode!, value: (r, lang) => modeLabels[r.mode][lang] },
      { header: f.durationMinutes!, value: (r) => r.durationMinutes },
      { header: { fr: 'Code de région', en: 'Region code' }, value: (r) => r.regionCode },
      { header: { fr: 'Région', en: 'Region' }, value: (r, lang) => (lang === 'fr' ? r.regionNameFr : r.regionNameEn) },
      { header: f.servicePointId!, value: (r) => r.servicePointName },
    ],
    async count(ctx: Ctx, filters) {
      assertCanReadPersons(ctx)
      const [row] = await ctx.db
        .select({ n: count() })
        .from(interventions)
        .innerJoin(dossiers, eq(dossiers.id, interventions.dossierId))
        .where(conditionsOf(ctx.scope, filters))
      return row?.n ?? 0
    },
    batches(ctx: Ctx, filters) {
      assertCanReadPersons(ctx)
      const where = conditionsOf(ctx.scope, filters)
      return exportBatches(
        ctx.db,
        {
          whole: { query: interventionQuery(ctx.db, where), fields: Object.keys(exportFields) },
          page: (after: Key | undefined, size) => interventionBatch(ctx.db, where, after, size),
          keyOf: (r): Key => [r.regionCode, r.occurredOn, r.dossierId, r.id],
        },
        batchSize,
      )
    },
  })
}
