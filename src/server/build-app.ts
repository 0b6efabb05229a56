import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import Fastify, { type FastifyInstance } from 'fastify'
import cookie from '@fastify/cookie'
import formbody from '@fastify/formbody'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import swagger from '@fastify/swagger'
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod'
import type { Config } from '../platform/config.js'
import type { Database } from '../platform/db/database.js'
import { registerCsrf } from '../platform/http/csrf.js'
import { registerLang } from '../platform/http/lang.js'
import { zodValidatorCompiler } from '../platform/http/zod-validator.js'
import { accessNav, accessPlugin, type ModuleDeps, registerAuthHook, SESSION_COOKIE } from '../modules/access/index.js'
import { territoryNav, territoryPlugin } from '../modules/territory/index.js'
import { partnersPlugin } from '../modules/partners/index.js'
import { publicSitePlugin } from '../modules/public-site/index.js'
import { registerErrorHandlers } from './error-handler.js'

const require = createRequire(import.meta.url)
const root = fileURLToPath(new URL('../..', import.meta.url))

export type BuildOptions = {
  config: Config
  database: Database
  sessionSecret: string
  now?: () => Date
  logger?: boolean
}

/** Builds the whole application without listening: tests inject() into it, main.ts listens. */
export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const { config, database } = options
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
  })
  app.setValidatorCompiler(zodValidatorCompiler)
  app.setSerializerCompiler(serializerCompiler)

  await app.register(cookie)
  await app.register(formbody)
  await app.register(helmet, {
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
  })
  await app.register(rateLimit, { global: false })
  await app.register(swagger, {
    openapi: {
      info: { title: 'Escale API', version: config.version, description: 'JSON API of Escale (/api/v1).' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
    // Pages are not API: only tagged routes are documented.
    hideUntagged: true,
  })
  await app.register(fastifyStatic, { root: path.join(root, 'public'), prefix: '/assets/', maxAge: '1d' })
  await app.register(fastifyStatic, {
    root: path.join(path.dirname(require.resolve('htmx.org/package.json')), 'dist'),
    prefix: '/assets/js/',
    decorateReply: false,
    allowedPath: (p) => p === '/htmx.min.js',
  })
  await app.register(fastifyStatic, {
    root: path.join(path.dirname(require.resolve('@fontsource/open-sans/package.json')), 'files'),
    prefix: '/assets/fonts/',
    decorateReply: false,
    maxAge: '30d',
  })

  // Each module contributes its links; later modules append theirs here.
  const nav = [...territoryNav, ...accessNav]
  const deps: ModuleDeps = { db: database.db, now: options.now ?? (() => new Date()), nav }
  registerLang(app)
  registerAuthHook(app, deps)
  registerCsrf(app, options.sessionSecret, SESSION_COOKIE)
  registerErrorHandlers(app)

  app.get('/health', { schema: { tags: ['system'], security: [] } }, async () => ({ status: 'ok', database: database.kind, version: config.version }))
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger())
  app.get('/', async (request, reply) => reply.redirect(`/${request.lang}`, 302))

  await accessPlugin(app, deps)
  await territoryPlugin(app, deps)
  await partnersPlugin(app, deps)
  await publicSitePlugin(app, deps)
  return app
}
