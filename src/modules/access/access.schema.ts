import { pgSchema } from 'drizzle-orm/pg-core'

/** The PostgreSQL schema that owns every table of the access module. */
export const accessSchema = pgSchema('access')
