import { and, gt, isNull, lte, or } from 'drizzle-orm'
import type { PgColumn } from 'drizzle-orm/pg-core'
import { z } from 'zod'
import { isoDate } from './validation.js'

// Validity periods: valid_from inclusive, valid_to exclusive (null = still in force); see README, counting rules.
const laterThanStart = {
  fr: 'La date de fin doit suivre la date de début.',
  en: 'The end date must come after the start date.',
}

const isOrdered = (v: { validFrom: string; validTo?: string | null }) => !v.validTo || v.validTo > v.validFrom

/** The validity-period fields, for schemas that need them without the ordering check (partial updates). */
export const validityShape = { validFrom: isoDate(), validTo: isoDate().nullish() }

/** Adds the validity period (valid_from required, valid_to optional and after it) to an object schema. */
export function withValidity<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({ ...shape, ...validityShape })
    .refine((v) => isOrdered(v as { validFrom: string; validTo?: string | null }), {
      path: ['validTo'],
      params: laterThanStart,
    })
}

/** Whether a row with a validity period is in force on a date. */
export function isActiveOn(row: { validFrom: string; validTo: string | null }, date: string): boolean {
  return row.validFrom <= date && (row.validTo === null || row.validTo > date)
}

/** SQL: rows valid on a date, valid_from <= date < valid_to (open-ended when valid_to is null). */
export function validOn(table: { validFrom: PgColumn; validTo: PgColumn }, date: string) {
  return and(lte(table.validFrom, date), or(isNull(table.validTo), gt(table.validTo, date)))
}
