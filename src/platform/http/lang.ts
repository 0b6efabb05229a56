import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Lang } from '../views/i18n.js'

declare module 'fastify' {
  interface FastifyRequest {
    lang: Lang
  }
}

export const LANG_COOKIE = 'escale_lang'

function isLang(v: unknown): v is Lang {
  return v === 'fr' || v === 'en'
}

/**
 * The request's language: the URL prefix for public pages (/fr, /en), else `?lang=` (remembered in a cookie),
 * else the cookie, else French.
 */
export function resolveLang(request: FastifyRequest): { lang: Lang; remember: boolean } {
  const prefix = request.url.slice(1, 3)
  if ((request.url.length === 3 || request.url[3] === '/' || request.url[3] === '?') && isLang(prefix)) {
    return { lang: prefix, remember: false }
  }
  const query = request.query as Record<string, unknown> | undefined
  if (isLang(query?.lang)) return { lang: query.lang, remember: true }
  const cookie = request.cookies?.[LANG_COOKIE]
  return { lang: isLang(cookie) ? cookie : 'fr', remember: false }
}

/** Keeps a language choice for a year on this browser. */
export function rememberLang(reply: FastifyReply, lang: Lang): void {
  reply.setCookie(LANG_COOKIE, lang, { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 31_536_000 })
}

/** Decorates every request with its language. */
export function registerLang(app: FastifyInstance): void {
  app.decorateRequest('lang', 'fr')
  app.addHook('onRequest', async (request, reply) => {
    const { lang, remember } = resolveLang(request)
    request.lang = lang
    if (remember) rememberLang(reply, lang)
  })
}

/** The current URL with `?lang=` set to the other language (for pages outside /fr and /en). */
export function otherLangUrl(request: FastifyRequest): string {
  const url = new URL(request.url, 'http://x')
  url.searchParams.set('lang', request.lang === 'fr' ? 'en' : 'fr')
  return `${url.pathname}${url.search}`
}
