import { pgSchema } from 'drizzle-orm/pg-core'

/** The PostgreSQL schema that owns every table of the employers module (regional immigration advisors' work). */
export const employersSchema = pgSchema('employers')
