import { AppError, type FieldErrors, statusOfKind } from '../errors.js'

/**
 * Runs a form submission; on invalid input or a conflict, calls `redisplay` with the per-field errors and the
 * status to answer (400 or 409) so the form is shown again with the user's values. Other errors propagate.
 */
export async function submitForm<T, R>(
  run: () => Promise<T>,
  onSuccess: (result: T) => R | Promise<R>,
  redisplay: (errors: FieldErrors, status: number) => R | Promise<R>,
): Promise<R> {
  let result: T
  try {
    result = await run()
  } catch (error) {
    if (error instanceof AppError && (error.kind === 'invalid' || error.kind === 'conflict')) {
      return redisplay(error.fields ?? { _: error.localized }, statusOfKind[error.kind])
    }
    throw error
  }
  return onSuccess(result)
}
