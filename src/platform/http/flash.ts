import type { FastifyReply, FastifyRequest } from 'fastify'

// A one-time secret (a generated password, an API token) crosses a post/redirect/get in a cookie: httpOnly, SameSite
// strict, limited to the page that shows it, five minutes, never in the URL; the page reads it once and clears it, so
// a reload shows nothing and re-posts nothing. The page checks it against what it stored (a hash) before showing it.

const FLASH_SECONDS = 300

/** Puts a secret in the flash cookie `name` for the page at `path`. */
export function setFlashSecret(
  request: FastifyRequest,
  reply: FastifyReply,
  name: string,
  path: string,
  value: string,
) {
  const secure = request.protocol === 'https'
  reply.setCookie(name, value, { path, httpOnly: true, sameSite: 'strict', secure, maxAge: FLASH_SECONDS })
}

/** The secret of the flash cookie `name`, if any; the cookie is cleared either way (shown once). */
export function takeFlashSecret(request: FastifyRequest, reply: FastifyReply, name: string, path: string) {
  const value = request.cookies[name]
  if (value !== undefined) reply.clearCookie(name, { path })
  return value
}
