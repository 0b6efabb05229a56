import { z } from 'zod'

/** The body of every error response: a stable code, a message in the caller's language, per-field messages. */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    details: z.record(z.string(), z.unknown()).optional(),
    requestId: z.string().optional(),
  }),
})

/** The error responses every authenticated API route may answer, for its OpenAPI description. */
export const errorResponses = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
  429: errorBody,
}

/** A list response: `{ data: [...] }` (a wrapper leaves room for paging metadata without breaking clients). */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item) })
}

/** The `:id` path parameter of a record; an id that is not a UUID answers 404 (see zod-validator.ts). */
export const idParams = z.object({ id: z.uuid() })
