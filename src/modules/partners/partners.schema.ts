import { pgSchema } from 'drizzle-orm/pg-core'

/** The PostgreSQL schema that owns every table of the partners module. */
export const partnersSchema = pgSchema('partners')
