import type { IncomingMessage, ServerResponse } from 'node:http'
import helmet, { type HelmetOptions } from 'helmet'

/** The security headers of every answer: a strict content security policy (self-hosted assets only, no inline code). */
export const helmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      fontSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
  // Our own pages learn which page a form was posted from (its redisplay's language link points there: see
  // platform/http/lang.ts); no other site learns which of our addresses linked to it.
  referrerPolicy: { policy: 'same-origin' },
} satisfies HelmetOptions

const applyHelmet = helmet(helmetOptions)

/**
 * Sets the same security headers on an answer that bypassed the hooks (Fastify's framework errors: a URL it could not
 * decode, an over-long parameter), where @fastify/helmet's hook never ran.
 */
export function applySecurityHeaders(req: IncomingMessage, res: ServerResponse): Promise<void> {
  return new Promise((resolve, reject) =>
    applyHelmet(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
  )
}
