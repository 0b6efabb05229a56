import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AppError, type FieldErrors, type Localized, invalidInput } from '../errors.js'

const NUL = '\u0000'

const nulInField: Localized = {
  fr: 'Contient un caractère non permis (caractère nul).',
  en: 'Contains a character that is not allowed (null character).',
}

/** A NUL byte in the address (a path parameter) or its query string: no page or record has one. */
export const nulInAddress = () =>
  new AppError('invalid', 'NUL_CHARACTER', {
    fr: "L'adresse contient un caractère non permis (caractère nul).",
    en: 'The address contains a character that is not allowed (null character).',
  })

/** Whether any string (or key) of a parsed value holds a NUL byte. */
function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(NUL)
  if (Array.isArray(value)) return value.some(hasNul)
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => k.includes(NUL) || hasNul(v))
  return false
}

/** The dotted paths of the body's fields that hold a NUL byte (`name`, `hours.fr`, `tags.1`). */
function nulFields(value: unknown, path: string[] = [], out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.includes(NUL)) out.push(path.length > 0 ? path.join('.') : '_')
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) nulFields(v, [...path, String(i)], out)
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes(NUL)) out.push('_')
      else nulFields(v, [...path, k], out)
    }
  }
  return out
}

/** The value with NUL bytes removed from every string, so a handler that shows the form again never echoes one. */
function withoutNul(value: unknown): unknown {
  if (typeof value === 'string') return value.replaceAll(NUL, '')
  if (Array.isArray(value)) return value.map(withoutNul)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replaceAll(NUL, ''), withoutNul(v)]))
  }
  return value
}

function fieldErrors(fields: string[]): FieldErrors {
  return Object.fromEntries(fields.map((f) => [f, nulInField]))
}

const kNulFields = Symbol('escale.nulFields')
type GuardedRequest = FastifyRequest & { [kNulFields]: string[] | null }

/** The route's own validation errors (if any) with the NUL messages on top: both are shown on the form. */
function mergedValidationError(request: FastifyRequest, fields: string[]): AppError {
  const previous = request.validationError
  const earlier = previous instanceof AppError ? previous.fields : undefined
  return invalidInput({ ...earlier, ...fieldErrors(fields) })
}

/**
 * Refuses a NUL byte anywhere in the path parameters, the query or the body with a localized 400, before validation:
 * PostgreSQL refuses NUL in text, which would otherwise end as a 500. A form route that attaches its validation
 * errors (`attachValidation`) gets instead the body without NUL to validate, and the per-field NUL errors added to its
 * validation error, so the form is shown again with the message on the field.
 */
export function registerNulGuard(app: FastifyInstance): void {
  app.decorateRequest(kNulFields, null)
  app.addHook('preValidation', async (request: FastifyRequest) => {
    if (hasNul(request.params) || hasNul(request.query)) throw nulInAddress()
    const fields = nulFields(request.body)
    if (fields.length === 0) return
    if (!request.routeOptions.attachValidation) throw invalidInput(fieldErrors(fields))
    request.body = withoutNul(request.body)
    ;(request as GuardedRequest)[kNulFields] = fields
  })
  // After validation: the route's validator has run on the cleaned body and may have set its own error.
  app.addHook('preHandler', async (request: FastifyRequest) => {
    const fields = (request as GuardedRequest)[kNulFields]
    // An invalid path parameter stops validation before the body: its error (a 404) stays the one to answer.
    if (!fields || request.validationError?.validationContext === 'params') return
    request.validationError = Object.assign(mergedValidationError(request, fields), {
      validation: [],
      validationContext: 'body',
    })
  })
}
