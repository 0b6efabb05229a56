import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import type { Lang } from '../views/i18n.js'

declare module 'fastify' {
  interface FastifyRequest {
    lang: Lang
  }
}

export const LANG_COOKIE = 'escale_lang'
// Read in a hook before any route validates its query: only `lang`, parsed.
const langQuery = z.object({ lang: z.enum(['fr', 'en']) })

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
  const query = langQuery.safeParse(request.query)
  if (query.success) return { lang: query.data.lang, remember: true }
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

/**
 * The current page in the other language: under /fr and /en the prefix is the language, so it is swapped (a page
 * whose slug differs between languages passes its own link); elsewhere `?lang=` is set to the other language.
 */
export function otherLangUrl(request: FastifyRequest): string {
  const other = request.lang === 'fr' ? 'en' : 'fr'
  const url = new URL(pageAddress(request), 'http://x')
  if (/^\/(fr|en)(\/|$)/.test(url.pathname)) return `/${other}${url.pathname.slice(3)}${url.search}`
  url.searchParams.set('lang', other)
  return `${url.pathname}${url.search}`
}

/**
 * The address of the page the person is on: the request's own for a GET; for the answer to a form post (a form shown
 * again with errors), the page the form came from, when the browser says so and it is ours. A post-only address would
 * answer 404 to a GET.
 */
function pageAddress(request: FastifyRequest): string {
  if (request.method === 'GET' || request.method === 'HEAD') return request.url
  const referer = request.headers.referer
  if (!referer) return request.url
  try {
    const from = new URL(referer)
    const ours = new URL(`${from.protocol}//${request.headers.host ?? ''}`).host
    return from.host === ours ? `${from.pathname}${from.search}` : request.url
  } catch {
    return request.url
  }
}

/**
 * The language of a request that never reached the hooks (a URL Fastify could not route): the /fr or /en prefix,
 * then `lang=` in the query, then the language cookie, read from the raw URL and Cookie header.
 */
export function langOfRawRequest(url: string, cookieHeader: string | undefined): Lang {
  const prefix = /^\/(fr|en)(?:[/?]|$)/.exec(url)?.[1]
  if (isLang(prefix)) return prefix
  const query = /[?&]lang=(fr|en)(?:&|$)/.exec(url)?.[1]
  if (isLang(query)) return query
  const cookie = new RegExp(`(?:^|;\\s*)${LANG_COOKIE}=(fr|en)(?:;|$)`).exec(cookieHeader ?? '')?.[1]
  return isLang(cookie) ? cookie : 'fr'
}
