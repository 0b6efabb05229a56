import type { FastifyReply } from 'fastify'
import { h, type VNode } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { defaultSite, type Site, SiteContext } from './site.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The organization the pages are published for (configured at start; see platform/config.ts). */
    site?: Site
  }
}

/** Renders a view (auto-escaped by Preact) with the site of the application that answers. */
export function renderView(reply: FastifyReply, view: VNode): string {
  return renderToString(h(SiteContext.Provider, { value: reply.server.site ?? defaultSite }, view))
}

/** Renders a page as a full HTML document. */
export function renderDocument(reply: FastifyReply, page: VNode): string {
  return `<!doctype html>${renderView(reply, page)}`
}

/** Sends a server-rendered page. */
export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(renderDocument(reply, page))
}
