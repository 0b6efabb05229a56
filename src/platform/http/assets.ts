import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fastifyStatic from '@fastify/static'

const require = createRequire(import.meta.url)

const sdgPackage = require.resolve('qc-trousse-sdg/package.json')
const sdgVersion: string = (JSON.parse(fs.readFileSync(sdgPackage, 'utf8')) as { version: string }).version

/**
 * Where the Québec government design system kit (`qc-trousse-sdg`) is served: its `dist` folder (CSS, JS, fonts,
 * images) as installed, under a path that carries the kit's version, so every file in it (including the fonts and
 * images its stylesheet names by relative address) is cached for a year and a kit upgrade changes every address.
 */
export const sdgBase = `/assets/sdg/${sdgVersion}`

/** Where each asset prefix is read from: our public/ folder, htmx's dist, the SDG kit's dist. */
export const assetRoots = {
  public: fileURLToPath(new URL('../../../public', import.meta.url)),
  htmx: path.join(path.dirname(require.resolve('htmx.org/package.json')), 'dist'),
  sdg: path.join(path.dirname(sdgPackage), 'dist'),
}

const YEAR = 31_536_000
const versions = new Map<string, string>()

function fileOf(url: string): string {
  if (url === '/assets/js/htmx.min.js') return path.join(assetRoots.htmx, 'htmx.min.js')
  if (url.startsWith(`${sdgBase}/`)) return path.join(assetRoots.sdg, url.slice(sdgBase.length + 1))
  return path.join(assetRoots.public, url.replace(/^\/assets\//, ''))
}

/**
 * The address of a stylesheet, script or image with its content hash (`/assets/css/escale.css?v=1a2b3c4d5e`): a
 * versioned address is cached for a year, and a new deployment with changed content gets a new address.
 */
export function assetHref(url: string): string {
  let version = versions.get(url)
  if (version === undefined) {
    version = createHash('sha256')
      .update(fs.readFileSync(fileOf(url)))
      .digest('hex')
      .slice(0, 10)
    versions.set(url, version)
  }
  return `${url}?v=${version}`
}

/** The cache policy of an asset answer: a year for versioned addresses (and the kit's versioned folder), an hour otherwise. */
function assetCacheControl(request: FastifyRequest): string {
  const immutable = /[?&]v=/.test(request.url) || request.url.startsWith(`${sdgBase}/`)
  return immutable ? `public, max-age=${YEAR}, immutable` : 'public, max-age=3600'
}

/**
 * Serves /assets/ (public/, htmx, the SDG kit) and /favicon.ico with long-lived caching. These answers resolve no session and
 * set no cookie (see the CSRF token, created only when a page uses it).
 */
export async function registerAssets(app: FastifyInstance): Promise<void> {
  const common = { cacheControl: false, etag: true, lastModified: true } as const
  await app.register(fastifyStatic, { ...common, root: assetRoots.public, prefix: '/assets/' })
  await app.register(fastifyStatic, {
    ...common,
    root: assetRoots.htmx,
    prefix: '/assets/js/',
    decorateReply: false,
    allowedPath: (p) => p === '/htmx.min.js',
  })
  await app.register(fastifyStatic, {
    ...common,
    root: assetRoots.sdg,
    prefix: `${sdgBase}/`,
    decorateReply: false,
    // The kit's minified stylesheets and script, fonts and images; nothing else a release may add.
    allowedPath: (p) =>
      /^\/(css\/[\w-]+\.min\.css|js\/qc-sdg\.min\.js|fonts\/[\w-]+\.woff2|img\/[\w/-]+\.svg)$/.test(p),
  })
  app.get('/favicon.ico', { schema: { hide: true } }, (_request, reply) =>
    reply
      .header('cache-control', 'public, max-age=604800')
      .type('image/x-icon')
      .sendFile('favicon.ico', assetRoots.public),
  )
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/assets/') && reply.statusCode < 400)
      reply.header('cache-control', assetCacheControl(request))
    return payload
  })
}

/**
 * `Cache-Control: no-store` on every answer of the staff app, the partner portal and the API, and on every page a
 * signed-in user sees: a shared or back-button cache must never keep personal data (or a one-time password).
 */
export function registerNoStore(app: FastifyInstance, isSignedIn: (request: FastifyRequest) => boolean): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (/^\/(app|partenaires|api|health)(?:[/?]|$)/.test(request.url) || isSignedIn(request))
      reply.header('cache-control', 'no-store')
    return payload
  })
}
