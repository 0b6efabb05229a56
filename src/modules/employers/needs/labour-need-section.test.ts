import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { FastifyRequest } from 'fastify'
import { renderToString } from 'preact-render-to-string'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildEnterprise, buildLabourNeed } from '../../../../test/factories/employers.js'
import { type ModuleDeps, Scope } from '../../access/index.js'
import { needsSection } from './labour-need-details.pages.js'

const app = await buildTestApp()
const advisor = await app.userOf('advisor', 'region', '11')
const director = await app.userOf('director', 'region', '11')
const deps = { db: app.database.db, now: () => new Date() } as ModuleDeps
/** What the section reads of a request: the signed-in actor, the scope, the language (the enterprise page's). */
const requestOf = (user: typeof advisor, lang: 'fr' | 'en') =>
  ({ actor: user.actor, scope: Scope.ofRegions('region', ['11']), lang, id: 'test' }) as unknown as FastifyRequest

test('the enterprise page’s section lists its needs and offers a new one to an advisor, not to a director', async () => {
  const enterprise = await buildEnterprise(app.system, { legalName: 'Bleuetière du Ruisseau' })
  const other = await buildEnterprise(app.system)
  await buildLabourNeed(app.system, enterprise, { title: 'Cueilleur ou cueilleuse', cnpCode: '85101' })
  await buildLabourNeed(app.system, other, { title: 'Emballeur' })
  const summary = { ...enterprise, mrcCode: enterprise.mrcCode }
  const fr = renderToString((await needsSection(requestOf(advisor, 'fr'), deps, summary))!)
  assert.match(fr, /<h2 id="needs-title">Besoins de main-d’œuvre<\/h2>/)
  assert.match(fr, /Cueilleur ou cueilleuse/)
  assert.match(fr, /<td>Gaspé \(La Côte-de-Gaspé\)<\/td>/, 'the MRC by its name, not its code')
  // One landmark by that name (the table's scrollable region), not the section too (axe's landmark-unique).
  assert.equal(fr.match(/aria-label="Besoins de main-d’œuvre"|aria-labelledby="needs-title"/g)?.length, 1)
  assert.doesNotMatch(fr, /Emballeur/)
  assert.match(fr, new RegExp(`href="/app/besoins-main-oeuvre/nouveau\\?entreprise=${enterprise.id}"`))
  const en = renderToString((await needsSection(requestOf(director, 'en'), deps, summary))!)
  assert.match(en, /Labour needs/)
  assert.doesNotMatch(en, /nouveau\?entreprise/)
  const none = await buildEnterprise(app.system)
  const empty = renderToString((await needsSection(requestOf(advisor, 'fr'), deps, { ...summary, id: none.id }))!)
  assert.match(empty, /Aucun besoin de main-d’œuvre/)
})
