import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify'
import compress from '@fastify/compress'
import cookie from '@fastify/cookie'
import formbody from '@fastify/formbody'
import helmet from '@fastify/helmet'
import swagger from '@fastify/swagger'
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod'
import type { Config } from '../platform/config.js'
import type { Database } from '../platform/db/database.js'
import { registerAssets, registerNoStore } from '../platform/http/assets.js'
import { registerCsrf } from '../platform/http/csrf.js'
import { registerLang } from '../platform/http/lang.js'
import { registerNulGuard } from '../platform/http/nul-guard.js'
import { helmetOptions } from '../platform/http/security.js'
import { loggableRequest } from '../platform/log-safety.js'
import { zodValidatorCompiler } from '../platform/http/zod-validator.js'
import {
  accessAuditLabels,
  accessNav,
  accessPlugin,
  type AnyExportSource,
  type ModuleDeps,
  mergeAuditLabels,
  registerAuthHook,
  SESSION_COOKIE,
} from '../modules/access/index.js'
import { territoryAuditLabels, territoryNav, territoryPlugin } from '../modules/territory/index.js'
import { partnersAuditLabels, partnersHomeSections, partnersNav, partnersPlugin } from '../modules/partners/index.js'
import {
  peopleAuditLabels,
  peopleHomeSections,
  peopleNav,
  peoplePlugin,
  referralResponseSection,
} from '../modules/people/index.js'
import {
  candidateProfileSection,
  employersAuditLabels,
  employersHomeSections,
  employersNav,
  employersPlugin,
} from '../modules/employers/index.js'
import { reportsAuditLabels, reportsNav, reportsPlugin } from '../modules/reports/index.js'
import { publicSitePlugin } from '../modules/public-site/index.js'
import { frameworkErrorHandler, registerErrorHandlers } from './error-handler.js'
import { registerSessionResume } from './session-resume.js'
import { resolveScope } from './scope-resolver.js'
import { applicationExportSources } from './export-sources.js'

export type BuildOptions = {
  config: Config
  database: Database
  sessionSecret: string
  now?: () => Date
  logger?: boolean
  /** The background export sources (default: every module's, `applicationExportSources()`); tests add their own. */
  exportSources?: AnyExportSource[]
  /** Told of every route as it is registered (the reliability suite builds its route catalogue from this). */
  onRoute?: (route: RouteOptions) => void
}

type Site = ModuleDeps['site']

/** Fastify with its logger (secrets redacted), proxy trust, request ids, zod compilers and our framework-error page. */
function createFastify(options: BuildOptions, site: Site): FastifyInstance {
  const { config } = options
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            serializers: { req: loggableRequest },
          },
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    // A URL Fastify cannot decode or an over-long parameter: our page or JSON, never Fastify's default.
    frameworkErrors: frameworkErrorHandler({ nav: [], site }),
  })
  app.setValidatorCompiler(zodValidatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  if (options.onRoute) app.addHook('onRoute', options.onRoute)
  return app
}

/** Cookies, forms, security headers, compression, the OpenAPI document and the static assets. */
async function registerPlatformPlugins(app: FastifyInstance, options: BuildOptions): Promise<void> {
  // The session secret also signs the CSRF secret cookie (no cookie tossing).
  await app.register(cookie, { secret: options.sessionSecret })
  await app.register(formbody)
  await app.register(helmet, helmetOptions)
  // Pages, JSON, CSS and htmx; fonts (woff2) are already compressed and skipped.
  await app.register(compress, { global: true })
  await app.register(swagger, {
    openapi: {
      info: { title: 'Escale API', version: options.config.version, description: 'JSON API of Escale (/api/v1).' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
    // Pages are not API: only tagged routes are documented.
    hideUntagged: true,
  })
  await registerAssets(app)
}

/** What every module receives: the database, clock, navigation, scope resolver, audit labels, site and settings. */
function moduleDeps(options: BuildOptions, site: Site): ModuleDeps {
  // Each module contributes its links; later modules append theirs here.
  const nav = [...territoryNav, ...partnersNav, ...peopleNav, ...employersNav, ...reportsNav, ...accessNav]
  const auditLabels = mergeAuditLabels([
    accessAuditLabels,
    territoryAuditLabels,
    partnersAuditLabels,
    peopleAuditLabels,
    employersAuditLabels,
    reportsAuditLabels,
  ])
  return {
    db: options.database.db,
    now: options.now ?? (() => new Date()),
    nav,
    resolveScope,
    auditLabels,
    site,
    settings: options.config.people,
    homeSections: [...partnersHomeSections, ...peopleHomeSections, ...employersHomeSections],
  }
}

/** Language, authentication, CSRF, guards, error pages and the session's resume, before any route. */
async function registerRequestHooks(app: FastifyInstance, deps: ModuleDeps): Promise<void> {
  registerLang(app)
  registerAuthHook(app, deps)
  await registerCsrf(app, { sessionCookie: SESSION_COOKIE })
  registerNulGuard(app)
  registerNoStore(app, (request) => request.actor !== null)
  registerErrorHandlers(app, { nav: deps.nav, site: deps.site })
  registerSessionResume(app, deps)
}

/** Builds the whole application without listening: tests inject() into it, main.ts listens. */
export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const { config, database } = options
  const site = { organizationName: config.organizationName, publicUrl: config.publicUrl }
  const app = createFastify(options, site)
  await registerPlatformPlugins(app, options)
  const deps = moduleDeps(options, site)
  await registerRequestHooks(app, deps)

  app.get('/health', { schema: { tags: ['system'], security: [] } }, async () => ({
    status: 'ok',
    database: database.kind,
    version: config.version,
  }))
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger())
  app.get('/', async (request, reply) => reply.redirect(`/${request.lang}`, 302))

  await accessPlugin(app, deps, {
    sources: options.exportSources ?? applicationExportSources(),
    retentionHours: config.exportRetentionHours,
  })
  await territoryPlugin(app, deps)
  // The agreement page shows a partner's referral response time; partners may not import people, so it is handed in.
  await partnersPlugin(app, deps, { agreementSections: [referralResponseSection] })
  // The person's page shows the employers module's candidate profile; people may not import employers.
  await peoplePlugin(app, deps, { personSections: [candidateProfileSection] })
  await employersPlugin(app, deps)
  await reportsPlugin(app, deps)
  await publicSitePlugin(app, deps)
  return app
}
