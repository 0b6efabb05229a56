// What every fuzzed response must satisfy: no server error, a message on every refusal (the API's error body, a page
// with a heading and text), no injected markup shown unescaped.
import type { LightMyRequestResponse } from 'fastify'
import { SCRIPT_MARKERS } from './hostile.js'

/** The problems of a response (empty when it is right). */
export function problemsOf(res: LightMyRequestResponse): string[] {
  const problems: string[] = []
  const type = String(res.headers['content-type'] ?? '')
  if (res.statusCode >= 500) problems.push(`server error ${res.statusCode}: ${res.body.slice(0, 600)}`)
  else if (res.statusCode >= 400) problems.push(...refusalProblems(res, type))
  if (type.includes('text/html')) {
    for (const marker of SCRIPT_MARKERS) if (res.body.includes(marker)) problems.push(`echoes ${marker} unescaped`)
  }
  return problems
}

function refusalProblems(res: LightMyRequestResponse, type: string): string[] {
  if (type.includes('application/json')) return jsonErrorProblems(res.body)
  if (type.includes('text/html')) return htmlErrorProblems(res.body)
  return [`${res.statusCode} without a message (content-type '${type}', body '${res.body.slice(0, 200)}')`]
}

function jsonErrorProblems(body: string): string[] {
  let error: { code?: unknown; message?: unknown } | undefined
  try {
    error = (JSON.parse(body) as { error?: typeof error }).error
  } catch {
    return [`invalid JSON error body: ${body.slice(0, 200)}`]
  }
  const ok = typeof error?.code === 'string' && typeof error.message === 'string' && error.message.trim() !== ''
  return ok ? [] : [`JSON error without { error: { code, message } }: ${body.slice(0, 300)}`]
}

/** A refused page shows a heading and some text (an error summary, an error page), or is an htmx fragment with text. */
function htmlErrorProblems(body: string): string[] {
  const text = body
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const heading = /<h[1-3][\s>]/.test(body) || /role="alert"/.test(body)
  return heading && text.length >= 10 ? [] : [`HTML refusal without a heading and message: ${body.slice(0, 300)}`]
}
