/** A text in both languages; every user-facing message is one. */
export type Localized = { fr: string; en: string }

export type ErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'gone' | 'too_many'

/** Per-field messages of an invalid input, keyed by field name. */
export type FieldErrors = Record<string, Localized>

/** The one application error: a stable code, a kind that maps to an HTTP status, a message in both languages. */
export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    readonly localized: Localized,
    readonly fields?: FieldErrors,
    /** Structured facts the caller may act on (ids, never personal data in a message), sent as `error.details`. */
    readonly details?: Record<string, unknown>,
  ) {
    super(`${code}: ${localized.en}`)
  }
}

export const statusOfKind: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_many: 429,
}

/** Invalid input with a message per field. */
export function invalidInput(fields: FieldErrors): AppError {
  return new AppError(
    'invalid',
    'INVALID_INPUT',
    { fr: 'Certains champs sont à corriger.', en: 'Some fields need to be corrected.' },
    fields,
  )
}

/** A record that does not exist or that the caller may not know exists. */
export function notFound(entity: string): AppError {
  return new AppError('not_found', `${entity.toUpperCase()}_NOT_FOUND`, {
    fr: 'Cette ressource est introuvable.',
    en: 'This resource could not be found.',
  })
}

export function unauthenticated(): AppError {
  return new AppError('unauthenticated', 'UNAUTHENTICATED', {
    fr: 'Veuillez vous connecter.',
    en: 'Please sign in.',
  })
}

export function forbidden(): AppError {
  return new AppError('forbidden', 'FORBIDDEN', {
    fr: "Vous n'avez pas accès à cette fonction.",
    en: 'You do not have access to this function.',
  })
}

/** A uniqueness or state conflict on one field; `details` tells an API client what it conflicts with. */
export function conflict(code: string, field: string, message: Localized, details?: Record<string, unknown>): AppError {
  return new AppError('conflict', code, message, { [field]: message }, details)
}
