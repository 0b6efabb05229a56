// The route catalogue of the reliability suite: every route the application registers (pages, forms, API), with its
// schemas, taken from Fastify's onRoute hook while the real application is built, so a new route is covered without
// editing the suite.
import type { RouteOptions } from 'fastify'
import { buildTestApp, type TestApp } from '../test/build-test-app.js'

/** One registered route: method, URL pattern (`/api/v1/persons/:id`) and the zod schemas it declared, if any. */
export type CatalogueRoute = {
  method: string
  url: string
  schema: { params?: unknown; querystring?: unknown; body?: unknown; headers?: unknown } | undefined
  /** `api` under /api/, `page` for everything else (pages, forms, assets, health). */
  kind: 'api' | 'page'
}

/** The application on a fresh test database and every route it registered (one entry per method, HEAD left out). */
export async function buildCatalogue(options: { env?: NodeJS.ProcessEnv } = {}): Promise<{
  app: TestApp
  routes: CatalogueRoute[]
}> {
  const routes: CatalogueRoute[] = []
  const onRoute = (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    for (const method of methods) {
      if (method === 'HEAD') continue
      const kind = route.url.startsWith('/api/') ? 'api' : 'page'
      routes.push({ method, url: route.url, schema: route.schema as CatalogueRoute['schema'], kind })
    }
  }
  const app = await buildTestApp({ ...options, onRoute })
  return { app, routes }
}
