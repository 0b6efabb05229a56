import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildServicePoint } from '../../../../test/factories/territory.js'

const app = await buildTestApp()
// Two service points in force in Gaspésie–Îles-de-la-Madeleine, one closed; one in force on the Côte-Nord.
await buildServicePoint(app.system, { regionCode: '11' })
await buildServicePoint(app.system, { regionCode: '11' })
await buildServicePoint(app.system, { regionCode: '11', validFrom: '2019-01-01', validTo: '2020-06-30' })
await buildServicePoint(app.system, { regionCode: '09', city: 'Sept-Îles' })

const page = (url: string) => app.injectAs(null, { method: 'GET', url })
const search = (lang: 'fr' | 'en', q: string) => page(`/${lang}?q=${encodeURIComponent(q)}`)
const tiles = (body: string) => [...body.matchAll(/<a class="link-tile" href="([^"]+)"/g)].map((m) => m[1])
const nb = '\u00a0'

test('the home shows the 17 regions as link tiles to their pages, with their number and service points in force', async () => {
  const res = await page('/fr')
  assert.equal(res.statusCode, 200)
  const links = tiles(res.body)
  assert.equal(links.length, 17)
  assert.ok(
    links.every((href) => /^\/fr\/regions\/[a-z-]+$/.test(href!)),
    'each tile links to a region page',
  )
  assert.ok(links.includes('/fr/regions/laval') && links.includes('/fr/regions/gaspesie-iles-de-la-madeleine'))
  assert.match(res.body, /<ul class="tile-list">/)
  assert.match(res.body, /<span class="tile-title">Laval<\/span><span class="tile-meta">Région 13<\/span>/)
  assert.match(
    res.body,
    /Gaspésie–Îles-de-la-Madeleine<\/span><span class="tile-meta">Région 11 · 2 points de services</,
  )
  assert.match(res.body, /Côte-Nord<\/span><span class="tile-meta">Région 09 · 1 point de services</)
  assert.match(res.body, /17 régions/)
  assert.match(res.body, /<a href="\/app\/connexion\?lang=fr">Espace du personnel<\/a>/)
  const en = await page('/en')
  assert.equal(tiles(en.body).length, 17)
  assert.match(en.body, /Region 11 · 2 service points/)
  // The staff area opens in the reader's language (a public page sets no language cookie).
  const staffLink = /<a href="(\/app\/connexion\?lang=en)">Staff area<\/a>/.exec(en.body)?.[1]
  assert.ok(staffLink, 'the English staff-area link asks for English')
  const signIn = await page(staffLink)
  assert.match(signIn.body, /<html lang="en-CA">/)
})

test("the search bar is the kit's, in a labelled GET form that works without JavaScript", async () => {
  const body = (await page('/fr')).body
  const form = body.match(/<form role="search"[^>]*>[\s\S]*?<\/form>/)?.[0] ?? ''
  assert.match(form, /method="get"/)
  assert.match(form, /action="\/fr"/)
  assert.match(form, /aria-label="Recherche de régions"/)
  assert.match(form, /<label class="qc-label" for="region-q"><span class="qc-label-text">Rechercher une région</)
  assert.match(
    form,
    /<div class="qc-search-bar"><div class="qc-search-input"><input type="search" id="region-q" name="q" value[^>]*\/><\/div><button type="submit" class="qc-icon-button"[^>]*><span class="qc-icon" data-img-type="search-thin"[^>]*><\/span><span class="qc-sr-only">Lancer la recherche<\/span><\/button><\/div>/,
  )
  assert.match(form, /aria-describedby="region-q-hint"/)
  const en = (await page('/en')).body
  assert.match(en, /<form role="search" method="get" action="\/en" aria-label="Region search"/)
  assert.match(en, /<span class="qc-sr-only">Submit search<\/span>/)
})

test('a search finds regions by name whatever the accents and the case, and says how many', async () => {
  const cote = await search('fr', 'cote')
  assert.equal(cote.statusCode, 200)
  assert.deepEqual(tiles(cote.body), ['/fr/regions/cote-nord'])
  assert.ok(cote.body.includes(`1 région correspond à «${nb}cote${nb}»`))
  assert.match(cote.body, /id="region-q" name="q" value="cote"/, 'the search stays in the bar')
  assert.match(cote.body, /<a href="\/en\?q=cote" lang="en" hreflang="en">English<\/a>/)
  assert.match(cote.body, /<a href="\/fr#regions">Afficher toutes les régions<\/a>/)

  assert.deepEqual(tiles((await search('fr', 'ILES')).body), ['/fr/regions/gaspesie-iles-de-la-madeleine'])
  assert.deepEqual(tiles((await search('fr', '  îles de la MADELEINE ')).body), [
    '/fr/regions/gaspesie-iles-de-la-madeleine',
  ])

  const saint = await search('fr', 'saint')
  assert.deepEqual(tiles(saint.body), ['/fr/regions/bas-saint-laurent', '/fr/regions/saguenay-lac-saint-jean'])
  assert.ok(saint.body.includes(`2 régions correspondent à «${nb}saint${nb}»`))
})

test('the English home searches too and answers in English', async () => {
  const res = await search('en', 'SAINT')
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /<html lang="en-CA">/)
  assert.deepEqual(tiles(res.body), ['/en/regions/bas-saint-laurent', '/en/regions/saguenay-lac-saint-jean'])
  assert.ok(res.body.includes('2 regions match “SAINT”'))
  assert.ok((await search('en', 'laval')).body.includes('1 region matches “laval”'))
  assert.match((await search('en', 'laval')).body, /<a href="\/fr\?q=laval" lang="fr" hreflang="fr">Français<\/a>/)
})

test('when no region matches, an information notice names the search and links back to every region', async () => {
  const res = await search('fr', 'atlantide')
  assert.equal(res.statusCode, 200)
  assert.deepEqual(tiles(res.body), [])
  const notice = res.body.match(/<div class="qc-notice qc-information">[\s\S]*?<\/div><\/div><\/div>/)?.[0] ?? ''
  assert.ok(notice.includes(`<h2>Aucune région ne correspond à «${nb}atlantide${nb}»</h2>`), notice)
  assert.match(notice, /<a href="\/fr#regions">Afficher toutes les régions<\/a>/)
  const en = await search('en', 'atlantide')
  assert.match(en.body, /<h2>No region matches “atlantide”<\/h2>/)
  assert.match(en.body, /<a href="\/en#regions">Show all regions<\/a>/)
})

test('a hostile search is shown as text, never as markup', async () => {
  const baseline = (await page('/fr')).body.match(/<script/g)?.length ?? 0
  for (const payload of ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>']) {
    const res = await search('fr', payload)
    assert.equal(res.statusCode, 200, payload)
    assert.ok(!res.body.includes(payload), `${payload} is not in the page as is`)
    assert.equal(res.body.match(/<script/g)?.length ?? 0, baseline, 'no script element added')
    assert.doesNotMatch(res.body, /<img src=x/)
    assert.doesNotMatch(res.body, /value=""><img/)
  }
  const script = (await search('fr', '<script>alert(1)</script>')).body
  assert.ok(script.includes('name="q" value="&lt;script>alert(1)&lt;/script>"'), 'escaped in the search bar')
  assert.ok(script.includes(`«${nb}&lt;script>alert(1)&lt;/script>${nb}»</h2>`), 'escaped in the notice')
  assert.ok(script.includes('href="/en?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"'), 'encoded in the language link')
  const img = (await search('fr', '"><img src=x onerror=alert(1)>')).body
  assert.ok(img.includes('name="q" value="&quot;>&lt;img src=x onerror=alert(1)>"'), 'the quote cannot close the value')
})

test('an over-long search answers 400 with a message in the language of the page, and still lists every region', async () => {
  const fr = await search('fr', 'a'.repeat(101))
  assert.equal(fr.statusCode, 400)
  assert.match(
    fr.body,
    /<span id="region-q-error">La recherche compte au plus 100 caractères\. Raccourcissez-la\.<\/span>/,
  )
  assert.match(fr.body, /aria-invalid="true"/)
  assert.match(fr.body, /aria-describedby="region-q-hint region-q-error"/)
  assert.match(fr.body, /<title>Erreur – /)
  assert.equal(tiles(fr.body).length, 17)
  const en = await search('en', 'a'.repeat(101))
  assert.equal(en.statusCode, 400)
  assert.match(en.body, /A search has at most 100 characters\. Shorten it\./)
  const padded = await search('fr', `  ${'a'.repeat(100)}  `)
  assert.equal(padded.statusCode, 200, 'the limit applies to the trimmed search')
})

test('a search holding a NUL character or given twice is refused with a 400, never a 500', async () => {
  const nul = await page('/fr?q=a%00b')
  assert.equal(nul.statusCode, 400)
  assert.match(nul.body, /caractère nul/)
  const twice = await page('/fr?q=aaa&q=bbb')
  assert.equal(twice.statusCode, 400)
  assert.match(twice.body, /<span id="region-q-error">Une seule recherche à la fois\.<\/span>/)
  assert.doesNotMatch(twice.body, /Ce champ est obligatoire/)
  assert.equal(tiles(twice.body).length, 17, 'every region is still listed')
  const en = await page('/en?q=aaa&q=bbb')
  assert.equal(en.statusCode, 400)
  assert.match(en.body, /<span id="region-q-error">One search at a time\.<\/span>/)
})

test("a region's number, or St for Saint, finds it from the home page", async () => {
  for (const [lang, q, expected] of [
    ['fr', '06', ['/fr/regions/montreal']],
    ['fr', '6', ['/fr/regions/montreal']],
    ['fr', 'région 11', ['/fr/regions/gaspesie-iles-de-la-madeleine']],
    ['en', 'region 11', ['/en/regions/gaspesie-iles-de-la-madeleine']],
    ['fr', 'st-laurent', ['/fr/regions/bas-saint-laurent']],
    ['en', 'st laurent', ['/en/regions/bas-saint-laurent']],
    ['fr', "l'", []],
  ] as const) {
    const res = await search(lang, q)
    assert.equal(res.statusCode, 200, q)
    assert.deepEqual(tiles(res.body), expected, q)
  }
  assert.match((await page('/fr')).body, /ou le numéro de la région \(par exemple : cote, 09\)/, 'the hint says so')
})
