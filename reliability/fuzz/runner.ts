// Sends fuzzed requests as an identity and checks each response; one fast-check property per route.
import fc from 'fast-check'
import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import type { TestApp } from '../../test/build-test-app.js'
import type { CatalogueRoute } from '../routes.js'
import { problemsOf } from './checks.js'
import type { Identity } from './identities.js'
import { caseOf, type FuzzCase, injectOptionsOf } from './requests.js'
import type { FuzzStats } from './stats.js'

export type FuzzSetup = {
  app: TestApp
  identities: Identity[]
  stats: FuzzStats
  ids: string[]
  codes: string[]
}

/** Sends a request as an identity: session cookie (with the CSRF cookie unless the case leaves it out) or bearer. */
export function send(setup: FuzzSetup, identity: Identity, c: FuzzCase, options: InjectOptions) {
  const { app } = setup
  if (c.transport === 'bearer') return app.app.inject(options)
  if (c.csrf === 'missing') {
    const cookies: Record<string, string> = identity.user ? { escale_session: identity.user.cookie } : {}
    return app.app.inject({ ...options, cookies })
  }
  return app.injectAs(identity.user, options)
}

const short = (s: unknown, n = 400) => {
  const text = typeof s === 'string' ? s : s === undefined ? '' : String(s)
  return text.length > n ? `${text.slice(0, n)}… (${text.length} chars)` : text
}

/** What a failure shows to reproduce it: route, identity, transport, the request sent and the problems. */
function describe(route: CatalogueRoute, identity: Identity, c: FuzzCase, o: InjectOptions, problems: string[]) {
  return [
    `${route.method} ${route.url} (${route.kind}) as ${identity.name} via ${c.transport}, CSRF ${c.csrf}, body ${c.envelope}`,
    `request: ${o.method} ${short(o.url)} ${JSON.stringify(o.headers)} ${short(o.payload)}`,
    ...problems,
  ].join('\n')
}

/** One route's property: `numRuns` fuzzed requests; the failure (shrunk counterexample) as fast-check reports it. */
export async function fuzzRoute(
  setup: FuzzSetup,
  route: CatalogueRoute,
  known: Record<string, string>,
  run: { seed: number; numRuns: number },
): Promise<string | undefined> {
  const arbitrary = caseOf(route, { ids: setup.ids, codes: setup.codes, known }, setup.identities.length)
  const property = fc.asyncProperty(arbitrary, async (c) => {
    const identity = setup.identities[c.identity]!
    if (c.transport === 'bearer' && !identity.user) c = { ...c, transport: 'session' }
    const options = injectOptionsOf(route, c, identity)
    const res: LightMyRequestResponse = await send(setup, identity, c, options)
    setup.stats.count(route, `${identity.name}/${c.transport}`, c.envelope, res.statusCode)
    const problems = problemsOf(res)
    if (problems.length > 0) throw new Error(describe(route, identity, c, options, problems))
  })
  const details = await fc.check(property, { ...run, interruptAfterTimeLimit: 60_000 })
  if (!details.failed) return undefined
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)
  return `${fc.defaultReportMessage(details)}\n${error}`
}
