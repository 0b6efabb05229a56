import { z } from 'zod'

const laterThanStart = { fr: 'La date de fin doit suivre la date de début.', en: 'The end date must come after the start date.' }

const isOrdered = (v: { validFrom: string; validTo?: string | null }) => !v.validTo || v.validTo > v.validFrom

/** The validity-period fields, for schemas that need them without the ordering check (partial updates). */
export const validityShape = { validFrom: z.iso.date(), validTo: z.iso.date().nullish() }

/** Adds the validity period (valid_from required, valid_to optional and after it) to an object schema. */
export function withValidity<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({ ...shape, ...validityShape })
    .refine((v) => isOrdered(v as { validFrom: string; validTo?: string | null }), { path: ['validTo'], params: laterThanStart })
}
