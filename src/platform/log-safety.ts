/** What a pg / PGlite error carries: names of things (kept) and values (never logged). */
type DriverError = Error & {
  code?: unknown
  severity?: unknown
  schema?: unknown
  table?: unknown
  column?: unknown
  dataType?: unknown
  constraint?: unknown
  routine?: unknown
}

const sqlState = /^[0-9A-Z]{5}$/
// Names PostgreSQL puts in errors: they describe the schema, not the person, and help diagnosis.
const nameFields = ['severity', 'schema', 'table', 'column', 'dataType', 'constraint', 'routine'] as const

/** Whether an error comes from the database driver (it carries a five-character SQLSTATE). */
function isDriverError(e: Error): boolean {
  const code = (e as DriverError).code
  return typeof code === 'string' && sqlState.test(code)
}

/**
 * A server message with its quoted values masked: PostgreSQL quotes input values in its messages
 * (`invalid input syntax for type uuid: "…"`, `date/time field value out of range: "…"`) and quotes names the same
 * way, so only the names the error also reports in its own fields (table, column, constraint…) stay.
 */
function maskValues(message: string, names: ReadonlySet<string>): string {
  return message
    .replace(/"((?:[^"]|"")*)"/g, (whole, inner: string) => (names.has(inner) ? whole : '"…"'))
    .replace(/'((?:[^']|'')*)'/g, "'…'")
    .replace(/0x[0-9a-f]{2}(?: 0x[0-9a-f]{2})*/gi, '0x…')
}

/** Only the stack frames: the first lines of a stack repeat the message, values included. */
function framesOf(stack: string | undefined): string | undefined {
  return stack
    ?.split('\n')
    .filter((l) => l.trimStart().startsWith('at '))
    .join('\n')
}

/** A driver error reduced to its SQLSTATE, the names it reports and its message with values masked. */
function loggableDriverError(e: DriverError): Record<string, unknown> {
  const out: Record<string, unknown> = { type: e.name, code: e.code }
  const names = new Set<string>()
  for (const field of nameFields) {
    const value = e[field]
    if (typeof value === 'string') {
      out[field] = value
      names.add(value)
    }
  }
  out.message = maskValues(e.message, names)
  return out
}

/**
 * What may be logged of an unexpected error: its class, SQLSTATE code, message and stack, but never query
 * parameters, the server's `detail`, `where`, `hint` or internal query, nor values quoted in a database message
 * (all can carry personal data: Loi 25, no personal data in logs).
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error }
  const e = error as Error & { query?: unknown; cause?: unknown }
  if (isDriverError(e)) return { ...loggableDriverError(e as DriverError), stack: framesOf(e.stack) }
  const out: Record<string, unknown> = { type: e.name, message: e.message, stack: e.stack }
  // Drizzle wraps driver errors: "Failed query: <sql>\nparams: <values>" — keep the SQL text, drop the values.
  if (typeof e.query === 'string') {
    out.message = 'Failed query'
    out.query = e.query
    out.stack = framesOf(e.stack)
  }
  const code = (e as { code?: unknown }).code
  if (typeof code === 'string') out.code = code
  if (e.cause instanceof Error) {
    const cause = e.cause as Error & { code?: unknown }
    out.cause = isDriverError(cause)
      ? loggableDriverError(cause as DriverError)
      : { type: cause.name, message: cause.message, ...(typeof cause.code === 'string' ? { code: cause.code } : {}) }
  }
  return out
}

/** One error as `loggableError` keeps it, told in a line: its message (values masked), then its table and SQLSTATE. */
function describe(e: Record<string, unknown>): string {
  const table = typeof e.table === 'string' ? (typeof e.schema === 'string' ? `${e.schema}.${e.table}` : e.table) : ''
  const where = [table && `table ${table}`, typeof e.code === 'string' && `SQLSTATE ${e.code}`].filter(Boolean)
  return `${String(e.message ?? e.type)}${where.length > 0 ? ` (${where.join(', ')})` : ''}`
}

/**
 * An unexpected error as a command may print it to a person: what failed (the message, the wrapper's first, e.g.
 * "loading people.persons: …"), the table and SQLSTATE, without the values a database message may quote.
 */
export function safeErrorText(error: unknown): string {
  const safe = loggableError(error)
  const cause = safe.cause as Record<string, unknown> | undefined
  return cause ? `${describe(safe)}: ${describe(cause)}` : describe(safe)
}

/**
 * What is logged of each request: method and path without the query string (searches and filters can hold names),
 * the client address and the request id are logged by Fastify beside it.
 */
export function loggableRequest(request: { method: string; url: string; ip?: string }): Record<string, unknown> {
  return { method: request.method, url: request.url.split('?')[0], remoteAddress: request.ip }
}
