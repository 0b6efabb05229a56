import type { FastifyRequest } from 'fastify'
import { z } from 'zod'
import type { ModuleDeps } from '../../access/index.js'
import { countAcceptedRequest, tooManyRequests } from '../../people/index.js'
import { HONEYPOT } from './request-form.page.js'

// The public forms' shared abuse guard: a honeypot field, read before the contract drops unknown fields.

// The honeypot, filled in with anything but blanks (a form sends '' for an untouched field).
const honeypotField = z.object({ [HONEYPOT]: z.string().regex(/\S/) })

/** Requests whose honeypot was filled in: answered like the others, stored nowhere. */
const caught = new WeakSet<FastifyRequest>()

/** Reads the honeypot before the contract drops unknown fields (a route's `preValidation`). */
export async function checkHoneypot(request: FastifyRequest): Promise<void> {
  const filled = honeypotField.safeParse(request.body)
  if (filled.success) caught.add(request)
}

/** Whether the request's honeypot was filled in. */
export function isCaught(request: FastifyRequest): boolean {
  return caught.has(request)
}

/**
 * A caught submission is counted like an accepted one (a bot is limited too) in its form's count (the person's form
 * unless told), then thanked and forgotten.
 */
export async function dropCaught<R>(
  deps: ModuleDeps,
  clientAddress: string,
  thanks: () => R,
  form?: string,
): Promise<R> {
  if (!(await countAcceptedRequest(deps.db, clientAddress, deps.now(), form))) throw tooManyRequests()
  return thanks()
}
