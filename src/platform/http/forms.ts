import type { FastifyRequest } from 'fastify'
import { z } from 'zod'
import { AppError, type FieldErrors, statusOfKind } from '../errors.js'

/** Form fields that are never shown again or handed to a service. */
const transportFields = new Set(['_csrf'])

/** HTML forms send '' for empty fields: those are absent, so a required field that was cleared is an error. */
function blankToAbsent(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(body)) {
    if (transportFields.has(k)) continue
    const value = typeof v === 'string' ? v.trim() : v
    if (value !== '') out[k] = value
  }
  return out
}

/**
 * The body schema of a page route that receives a form: blank fields are absent, then the feature's contract
 * validates (unknown fields are dropped by the contract, so a form cannot set what it does not show).
 */
export function formOf<S extends z.ZodType>(schema: S) {
  return z.preprocess(blankToAbsent, schema)
}

/** The text fields a user typed, to show the form again after an error (never the CSRF token). */
export function typedValues(body: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (!body || typeof body !== 'object') return out
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string' && !transportFields.has(k)) out[k] = v
  return out
}

/**
 * Options of a page route that receives a form: its schemas (hidden from the API documentation) and validation errors
 * handed to the handler, which shows the form again (see `submitForm`).
 */
export function formRoute<B extends z.ZodType, P extends z.ZodType | undefined = undefined>(body: B, params?: P) {
  return {
    schema: { hide: true, body: formOf(body), ...(params ? { params } : {}) } as {
      hide: true
      body: z.ZodPipe<z.ZodTransform, B>
      params: P
    },
    attachValidation: true,
    preHandler: refuseInvalidParams,
  }
}

/**
 * `attachValidation` hands every validation error to the handler, a path parameter's too: an address that names
 * nothing (an id that is not a UUID) answers its 404 here instead of reaching the handler, and SQL, unvalidated.
 */
export async function refuseInvalidParams(request: FastifyRequest): Promise<void> {
  if (request.validationError?.validationContext === 'params') throw request.validationError
}

/**
 * Options of a page route with a GET filter form: its query schema (blank filters absent), and validation errors
 * handed to the handler, which shows the list again with the error on the filter (see `filterErrors`) instead of a
 * dead-end error page.
 */
export function filterRoute<Q extends z.ZodType>(query: Q) {
  return {
    schema: { hide: true, querystring: formOf(query) } as { hide: true; querystring: z.ZodPipe<z.ZodTransform, Q> },
    attachValidation: true,
  }
}

/** The per-field errors of a filter form that did not validate (see `filterRoute`), or undefined when it did. */
export function filterErrors(request: FastifyRequest): FieldErrors | undefined {
  const error = request.validationError
  if (!error) return undefined
  if (error instanceof AppError && error.kind === 'invalid') return error.fields ?? { _: error.localized }
  throw error
}

/**
 * Runs a form submission; on invalid input (from the route's schema or the service) or a conflict, calls `redisplay`
 * with the per-field errors and the status to answer (400 or 409) so the form is shown again with the user's values.
 * Other errors (not found, forbidden) propagate to the error handler.
 */
export async function submitForm<T, R>(
  request: FastifyRequest,
  run: () => Promise<T>,
  onSuccess: (result: T) => R | Promise<R>,
  redisplay: (errors: FieldErrors, status: number) => R | Promise<R>,
): Promise<R> {
  let result: T
  try {
    if (request.validationError) throw request.validationError
    result = await run()
  } catch (error) {
    if (error instanceof AppError && (error.kind === 'invalid' || error.kind === 'conflict')) {
      return redisplay(error.fields ?? { _: error.localized }, statusOfKind[error.kind])
    }
    throw error
  }
  return onSuccess(result)
}
