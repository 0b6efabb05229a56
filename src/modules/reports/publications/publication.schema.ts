import { sql } from 'drizzle-orm'
import { check, date, index, integer, jsonb, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { bytea } from '../../../platform/db/bytea.js'
import { users } from '../../access/users/user.schema.js'
import { regions } from '../../territory/regions/region.schema.js'
import { reportsSchema } from '../reports.schema.js'

/**
 * A director's narrative for a region's Bilan of a period: paragraphs added to or replacing a section's text, per
 * language (`{ [sectionKey]: { fr?: string[], en?: string[], mode: 'add' | 'replace' } }`). Never the figures: the
 * figures are computed at each rendering. One draft per region and period, edited until published.
 */
export const bilanNarratives = reportsSchema.table(
  'bilan_narratives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    fromOn: date('from_on', { mode: 'string' }).notNull(),
    toOn: date('to_on', { mode: 'string' }).notNull(),
    sections: jsonb('sections').notNull().default(sql`'{}'::jsonb`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('bilan_narratives_region_period_key').on(t.regionCode, t.fromOn, t.toOn),
    check('bilan_narratives_period_check', sql`${t.fromOn} <= ${t.toOn}`),
  ],
)

/**
 * A published Bilan: an immutable, versioned snapshot of the public model (small counts suppressed) and the narrative,
 * with its data date. Publishing the same region and period again makes the next version; no row is ever updated.
 */
export const bilanPublications = reportsSchema.table(
  'bilan_publications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    fromOn: date('from_on', { mode: 'string' }).notNull(),
    toOn: date('to_on', { mode: 'string' }).notNull(),
    version: integer('version').notNull(),
    /** The public Bilan model as published (JSON of `BilanModel`, small counts suppressed), with the narrative. */
    snapshot: jsonb('snapshot').notNull(),
    /** When the figures were computed (the data date printed on the Bilan). */
    dataAsOf: timestamp('data_as_of', { withTimezone: true }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('bilan_publications_version_key').on(t.regionCode, t.fromOn, t.toOn, t.version),
    index('bilan_publications_region_idx').on(t.regionCode, t.publishedAt),
    check('bilan_publications_version_check', sql`${t.version} >= 1`),
  ],
)

/** The documents of a publication, rendered once when it is published (PDF and DOCX, in French and English). */
export const bilanPublicationFiles = reportsSchema.table(
  'bilan_publication_files',
  {
    publicationId: uuid('publication_id')
      .notNull()
      .references(() => bilanPublications.id),
    lang: text('lang', { enum: ['fr', 'en'] }).notNull(),
    format: text('format', { enum: ['pdf', 'docx'] }).notNull(),
    content: bytea('content').notNull(),
  },
  (t) => [primaryKey({ columns: [t.publicationId, t.lang, t.format] })],
)
