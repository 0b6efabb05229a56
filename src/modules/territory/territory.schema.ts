import { pgSchema } from 'drizzle-orm/pg-core'

/** The PostgreSQL schema that owns every table of the territory module. */
export const territorySchema = pgSchema('territory')
