import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sql } from 'drizzle-orm'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildCoteNordDirectorate } from '../../../../test/factories/territory.js'
import { createOrganization } from '../../partners/index.js'

const app = await buildTestApp()
// A directorate serving a region that has no team and no service point yet.
await buildCoteNordDirectorate(app.system, {
  email: 'cote-nord.essai@example.org',
  phone: '1 800 555-0199',
})

const page = (url: string) => app.injectAs(null, { method: 'GET', url })

test('a region page has a breadcrumb Accueil > Régions > region and a way back to the list of regions', async () => {
  const res = await page('/fr/regions/cote-nord')
  assert.equal(res.statusCode, 200)
  const crumb = res.body.match(/<nav aria-label="Fil d'Ariane"[^>]*>(.*?)<\/nav>/)?.[1] ?? ''
  assert.match(
    crumb,
    /<a href="\/fr">Accueil<\/a>.*<a href="\/fr#regions">Régions<\/a>.*<li aria-current="page">Côte-Nord<\/li>/,
  )
  assert.match((await page('/fr')).body, /<h2 id="regions">/, 'the breadcrumb target exists')
  const en = await page('/en/regions/cote-nord')
  assert.match(
    en.body,
    /<nav aria-label="Breadcrumb"[^>]*>.*<a href="\/en">Home<\/a>.*<a href="\/en#regions">Regions<\/a>/,
  )
})

test('an empty region shows the directorate serving it, its contact channels and the list of regions', async () => {
  const res = await page('/fr/regions/cote-nord')
  assert.match(res.body, /Aucun point de services ni membre du personnel/)
  assert.match(res.body, /Direction régionale de la Côte-Nord \(essai\)/)
  assert.match(res.body, /href="mailto:cote-nord\.essai@example\.org"/)
  assert.match(res.body, /href="tel:\+18005550199"/)
  assert.equal((res.body.match(/href="\/fr\/regions\//g) ?? []).length, 17, 'every region, to go elsewhere')
  assert.match(res.body, /<a class="link-tile" href="\/fr\/regions\/cote-nord" aria-current="page">/)
})

test('the English page shows the English name of the directorate, and the French page the French one', async () => {
  const en = await page('/en/regions/cote-nord')
  assert.match(en.body, /Côte-Nord regional directorate \(test\)/)
  assert.doesNotMatch(en.body, /Direction régionale de la Côte-Nord/)
  assert.match(en.body, /No service point or staff member is listed/)
  assert.match(en.body, /<a href="\/fr\/regions\/cote-nord" lang="fr" hreflang="fr">Français<\/a>/)
})

test('a region with no directorate recorded says so and lists the regions', async () => {
  const res = await page('/fr/regions/laval')
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /Aucune direction régionale n'est encore inscrite/)
  assert.equal((res.body.match(/href="\/fr\/regions\//g) ?? []).length, 17)
})

/** The SDG information notice of an empty region, or '' when the page has none. */
const emptyNotice = (body: string) =>
  body.match(/<div class="qc-notice qc-information empty-region">[\s\S]*?<\/div><\/div><\/div>/)?.[0] ?? ''

test('a region with no team, no service point and no organization shows an information notice instead of empty sections', async () => {
  const fr = (await page('/fr/regions/laval')).body
  const notice = emptyNotice(fr)
  assert.match(notice, /<h2>Aucun service inscrit dans cette région pour l'instant<\/h2>/)
  assert.match(notice, /Aucun point de services ni membre du personnel n'est inscrit pour cette région/)
  assert.match(notice, /Aucun organisme offrant des services aux personnes immigrantes/)
  assert.match(notice, /<a href="\/fr\/nous-joindre">Nous joindre<\/a>/)
  assert.match(notice, /role="img" aria-label="Information"/)
  for (const empty of [
    'Personnel du ministère dans la région',
    'Les bureaux sont situés',
    'Des ressources disponibles',
  ])
    assert.ok(!fr.includes(empty), `no empty section: ${empty}`)
  const en = emptyNotice((await page('/en/regions/laval')).body)
  assert.match(en, /<h2>No services listed in this region yet<\/h2>/)
  assert.match(en, /on the <a href="\/en\/contact-us">Contact us<\/a> page\./)
})

test("an empty region's notice says once that the directorate can help, its contacts following", async () => {
  const body = (await page('/fr/regions/cote-nord')).body
  const notice = emptyNotice(body)
  assert.match(
    notice,
    /<p>Pour toute question, la direction régionale qui dessert la région peut vous orienter : ses coordonnées sont ci-dessous\.<\/p>/,
  )
  assert.equal(notice.match(/coordonnées/g)?.length, 1, 'where to find the contacts is said once')
  assert.doesNotMatch(notice, /nous-joindre/, 'the contacts that follow are the way to reach someone')
  assert.doesNotMatch(notice, /Aucune direction régionale/)
  assert.ok(body.indexOf('empty-region') < body.indexOf('href="mailto:cote-nord.essai@example.org"'), 'contacts below')
  assert.doesNotMatch(emptyNotice((await page('/fr/regions/laval')).body), /ci-dessous/, 'Laval has no contacts')
})

test('MIFI is spelled out wherever it appears on the public pages', async () => {
  for (const url of [
    '/fr',
    '/en',
    '/fr/regions/cote-nord',
    '/en/regions/cote-nord',
    '/fr/confidentialite',
    '/en/privacy',
    '/fr/nous-joindre',
    '/en/contact-us',
  ]) {
    const body = (await page(url)).body
    const all = body.match(/MIFI/g)?.length ?? 0
    const spelled = body.match(/Intégration \(MIFI\)/g)?.length ?? 0
    assert.equal(spelled, all, `${url}: ${all} MIFI, ${spelled} spelled out`)
  }
})

test('the footer links the accessibility and privacy pages, not the raw OpenAPI document (which stays served)', async () => {
  const fr = (await page('/fr/regions/cote-nord')).body
  assert.doesNotMatch(fr, /openapi\.json/)
  assert.match(fr, /<footer[\s\S]*href="\/fr\/accessibilite"[\s\S]*href="\/fr\/confidentialite"[\s\S]*<\/footer>/)
  assert.match(
    (await page('/en')).body,
    /<footer[\s\S]*href="\/en\/accessibility"[\s\S]*href="\/en\/privacy"[\s\S]*<\/footer>/,
  )
  const spec = await page('/api/openapi.json')
  assert.equal(spec.statusCode, 200)
  assert.equal(spec.json().openapi.slice(0, 2), '3.')
})

test('an unknown or malformed slug answers the 404 page', async () => {
  for (const slug of ['atlantide', 'Not_A_Slug', 'x'.repeat(90)]) {
    const res = await page(`/fr/regions/${slug}`)
    assert.equal(res.statusCode, 404, slug)
    assert.match(res.body, /Page introuvable/)
  }
})

test("a resource's website is a link only when it is an http(s) address, even one stored before addresses were checked", async () => {
  await createOrganization(app.system, {
    name: 'Carrefour Mauricie',
    kind: 'community',
    regionCode: '04',
    website: 'https://carrefour.example/fr',
  })
  const legacy = await createOrganization(app.system, {
    name: 'Accueil Trois-Rivières',
    kind: 'community',
    regionCode: '04',
  })
  await app.system.db.execute(
    sql`update partners.organizations set website = 'javascript:alert(1)' where id = ${legacy.id}`,
  )
  const body = (await page('/fr/regions/mauricie')).body
  assert.match(body, /<li><a href="https:\/\/carrefour\.example\/fr">Carrefour Mauricie<\/a><\/li>/)
  assert.match(body, /<li>Accueil Trois-Rivières<\/li>/)
  assert.doesNotMatch(body, /javascript:/)
})

test('the resources list the services offered, organizations of other regions that serve the region, never unlisted ones', async () => {
  await createOrganization(app.system, {
    name: 'Accueil Shawinigan',
    kind: 'community',
    regionCode: '04',
    website: 'https://shawinigan.example',
    services: ['reception_settlement', 'french_courses'],
  })
  await createOrganization(app.system, {
    name: 'Réseau Centre-du-Québec',
    kind: 'cooperative',
    regionCode: '17',
    servedRegionCodes: ['04'],
    services: ['employment_help'],
  })
  await createOrganization(app.system, {
    name: 'Organisme discret',
    kind: 'community',
    regionCode: '04',
    listedPublicly: false,
  })
  const fr = (await page('/fr/regions/mauricie')).body
  assert.match(
    fr,
    /<li><a href="https:\/\/shawinigan\.example">Accueil Shawinigan<\/a> : Accueil et installation, Cours de français<\/li>/,
  )
  assert.match(fr, /<li>Réseau Centre-du-Québec : Aide à la recherche d’emploi<\/li>/)
  assert.doesNotMatch(fr, /Organisme discret/)
  const en = (await page('/en/regions/mauricie')).body
  assert.match(en, /Accueil Shawinigan<\/a>: Reception and settlement, French courses<\/li>/)
  assert.match(en, /<li>Réseau Centre-du-Québec: Job search help<\/li>/)
  assert.match((await page('/fr/regions/centre-du-quebec')).body, /Réseau Centre-du-Québec/)
})
