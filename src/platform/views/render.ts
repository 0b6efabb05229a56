import type { FastifyReply } from 'fastify'
import type { VNode } from 'preact'
import { renderToString } from 'preact-render-to-string'

/** Renders a page (auto-escaped by Preact) as a full HTML document. */
export function renderDocument(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`
}

/** Sends a server-rendered page. */
export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(renderDocument(page))
}
