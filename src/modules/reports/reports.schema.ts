import { pgSchema } from 'drizzle-orm/pg-core'

/** The PostgreSQL schema that owns the reports module's tables: Bilan narratives and publications, targets. */
export const reportsSchema = pgSchema('reports')
