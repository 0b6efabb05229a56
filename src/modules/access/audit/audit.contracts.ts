import { z } from 'zod'
import { isoDate } from '../../../platform/validation.js'

/** An empty field of a GET form is no filter at all. */
const blankIsAbsent = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankIsAbsent, schema.optional())

/**
 * The journal's query string: filters of its GET form and the keyset position (`avant`, an event id). A position that
 * is not a positive whole number below 10^15 is refused with a message (never a 500 from SQL).
 */
export const journalQuery = z
  .object({
    action: optional(
      z
        .string()
        .max(80)
        .regex(/^[a-z_]+\.[a-z_]+$/),
    ),
    personne: optional(z.string().trim().max(100)),
    /** One record's events (a person's file: who read it, who changed it), from a link on its page. */
    enregistrement: optional(z.uuid()),
    du: optional(isoDate()),
    au: optional(isoDate()),
    avant: optional(
      z
        .string()
        .refine((v) => /^[1-9]\d{0,14}$/.test(v), {
          params: { fr: 'Position de page invalide.', en: 'Invalid page position.' },
        })
        .transform(Number),
    ),
  })
  .refine((q) => !q.du || !q.au || q.du <= q.au, {
    path: ['au'],
    params: { fr: 'La date de fin précède la date de début.', en: 'The end date is before the start date.' },
  })
export type JournalQuery = z.output<typeof journalQuery>
