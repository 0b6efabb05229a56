/**
 * What may be logged of an unexpected error: its class, SQLSTATE code, message and stack, but never query
 * parameters or the server's `detail` (both can carry personal data: Loi 25, no personal data in logs).
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error }
  const e = error as Error & { query?: unknown; code?: unknown; cause?: unknown }
  const out: Record<string, unknown> = { type: e.name, message: e.message, stack: e.stack }
  // Drizzle wraps driver errors: "Failed query: <sql>\nparams: <values>" — keep the SQL text, drop the values.
  if (typeof e.query === 'string') {
    out.message = 'Failed query'
    out.query = e.query
    out.stack = e.stack?.split('\n').filter((l) => l.trimStart().startsWith('at ')).join('\n')
  }
  if (typeof e.code === 'string') out.code = e.code
  if (e.cause instanceof Error) {
    const cause = e.cause as Error & { code?: unknown }
    out.cause = { type: cause.name, message: cause.message, ...(typeof cause.code === 'string' ? { code: cause.code } : {}) }
  }
  return out
}
