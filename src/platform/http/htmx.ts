import type { FastifyReply, FastifyRequest } from 'fastify'
import type { VNode } from 'preact'
import { renderToString } from 'preact-render-to-string'

/** Whether htmx asked for a fragment (a live filter), not a whole page (boosted navigation wants the whole page). */
export function wantsFragment(request: FastifyRequest): boolean {
  return request.headers['hx-request'] === 'true' && request.headers['hx-boosted'] !== 'true'
}

/**
 * Sends the fragment to htmx, or the whole page to everyone else (no JavaScript, a reload, a shared link). Caches
 * must keep the two apart.
 */
export function sendPageOrFragment(
  request: FastifyRequest,
  reply: FastifyReply,
  page: () => VNode,
  fragment: () => VNode,
): FastifyReply {
  reply.header('vary', 'HX-Request')
  if (!wantsFragment(request))
    return reply.type('text/html; charset=utf-8').send(`<!doctype html>${renderToString(page())}`)
  return reply.type('text/html; charset=utf-8').send(renderToString(fragment()))
}
