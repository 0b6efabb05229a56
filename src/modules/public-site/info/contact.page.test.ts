import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildCoteNordDirectorate, buildServicePoint } from '../../../../test/factories/territory.js'
import { loadDemo } from '../../../seed/demo.js'

const app = await buildTestApp()
before(async () => {
  await loadDemo(app.base, { people: false })
  // Laval: one service point and no contact channel; Côte-Nord: a directorate with a phone number only.
  await buildServicePoint(app.system, {
    regionCode: '13',
    hostName: 'Hôtel de ville',
    streetAddress: '1, place du Souvenir',
    city: 'Laval',
  })
  await buildCoteNordDirectorate(app.system, { phone: '1 800 555-0199' })
})

const page = (url: string) => app.injectAs(null, { method: 'GET', url })

/** A region's section of the contact page, by region code ('' when the region has none). */
const section = (body: string, code: string) =>
  body.match(new RegExp(`<section aria-labelledby="region-${code}"[\\s\\S]*?</section>`))?.[0] ?? ''

test("the contact page lists, in French, each reachable region's email, phone and service points", async () => {
  const res = await page('/fr/nous-joindre')
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /<html lang="fr-CA">/)
  assert.match(res.body, /<h1>Nous joindre<\/h1>/)
  const gaspesie = section(res.body, '11')
  assert.match(
    gaspesie,
    /<h2 id="region-11"><a href="\/fr\/regions\/gaspesie-iles-de-la-madeleine">Gaspésie–Îles-de-la-Madeleine<\/a><\/h2>/,
  )
  assert.match(
    gaspesie,
    /Courriel : <a href="mailto:accompagnement_qcdrbslgim@mifi\.gouv\.qc\.ca">accompagnement_qcdrbslgim@mifi\.gouv\.qc\.ca<\/a>/,
  )
  assert.match(gaspesie, /Téléphone : <a href="tel:\+18332734667">1 833 273-4667<\/a>/)
  assert.match(gaspesie, /Direction régionale du Bas-Saint-Laurent et de la Gaspésie–Îles-de-la-Madeleine/)
  for (const address of ['11, rue de la Cathédrale', '96 Montée de Sandy Beach, bureau 2.11', '314, boulevard Perron'])
    assert.ok(gaspesie.includes(address), address)
  assert.match(res.body, /<a href="\/en\/contact-us" lang="en" hreflang="en">English<\/a>/)
  assert.match(
    res.body,
    /<nav aria-label="Fil d'Ariane" class="breadcrumb"><ol><li><a href="\/fr">Accueil<\/a><\/li><li aria-current="page">Nous joindre<\/li>/,
  )
})

test('the contact page exists in English with the same contacts, the language link going back to French', async () => {
  const res = await page('/en/contact-us')
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /<html lang="en-CA">/)
  assert.match(res.body, /<h1>Contact us<\/h1>/)
  const gaspesie = section(res.body, '11')
  assert.match(gaspesie, /<a href="\/en\/regions\/gaspesie-iles-de-la-madeleine">/)
  assert.match(gaspesie, /Email: <a href="mailto:accompagnement_qcdrbslgim@mifi\.gouv\.qc\.ca">/)
  assert.match(gaspesie, /Phone: <a href="tel:\+18332734667">1 833 273-4667<\/a>/)
  assert.match(res.body, /<a href="\/fr\/nous-joindre" lang="fr" hreflang="fr">Français<\/a>/)
  assert.match(section(res.body, '09'), /Côte-Nord regional directorate \(test\)/)
  const notice = res.body.match(
    /<div class="qc-notice qc-information contact-others">[\s\S]*<\/div><\/div><\/div>/,
  )?.[0]
  assert.match(notice ?? '', /<h2>Regions with no contact information listed<\/h2>/)
  assert.match(
    notice ?? '',
    /For any question about the services offered in these regions, contact the services of the Ministère de l’Immigration/,
  )
  assert.doesNotMatch(notice ?? '', /above/)
})

test('a region with only a phone or only a service point has its own section; the others are grouped in one notice', async () => {
  const body = (await page('/fr/nous-joindre')).body
  const coteNord = section(body, '09')
  assert.match(coteNord, /<a href="tel:\+18005550199">1 800 555-0199<\/a>/)
  assert.doesNotMatch(coteNord, /mailto:|Points de services/)
  const laval = section(body, '13')
  assert.match(laval, /<h3>Points de services<\/h3>/)
  assert.match(laval, /Hôtel de ville, 1, place du Souvenir, <strong>Laval<\/strong>/)
  assert.doesNotMatch(laval, /contact-list/)
  const notice =
    body.match(/<div class="qc-notice qc-information contact-others">[\s\S]*<\/div><\/div><\/div>/)?.[0] ?? ''
  assert.match(notice, /<h2>Régions sans coordonnées inscrites<\/h2>/)
  assert.match(notice, /<a href="\/fr\/regions\/montreal">Montréal<\/a>/)
  assert.equal((notice.match(/href="\/fr\/regions\//g) ?? []).length, 17 - 4, 'every region but 01, 09, 11 and 13')
  assert.match(
    notice,
    /<p>Pour toute question sur les services offerts dans ces régions, communiquez avec les services du ministère de l'Immigration, de la Francisation et de l'Intégration \(MIFI\)\.<\/p>/,
  )
  assert.doesNotMatch(notice, /ci-dessus/, 'the regions above are other regions')
  for (const code of ['01', '09', '11', '13']) assert.ok(section(body, code), `region ${code} has a section`)
  assert.equal(section(body, '06'), '', 'Montréal has nothing to list')
})

test('the header and footer links of every public page lead to the contact page', async () => {
  for (const [home, contact] of [
    ['/fr', '/fr/nous-joindre'],
    ['/en', '/en/contact-us'],
  ] as const) {
    const body = (await page(home)).body
    assert.match(body, new RegExp(`<header[\\s\\S]*href="${contact}"[\\s\\S]*</header>`))
    assert.match(body, new RegExp(`<footer[\\s\\S]*href="${contact}"[\\s\\S]*</footer>`))
    assert.equal((await page(contact)).statusCode, 200)
  }
})
