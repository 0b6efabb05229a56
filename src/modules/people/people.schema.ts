import { pgSchema } from 'drizzle-orm/pg-core'

/** The PostgreSQL schema that owns every table of the people module (Accompagnement Québec). */
export const peopleSchema = pgSchema('people')
