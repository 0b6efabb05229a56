import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { sdgBase } from '../src/platform/http/assets.js'
import { buildTestApp } from './build-test-app.js'

const app = await buildTestApp()
const named = await buildTestApp({
  env: { ESCALE_ORGANIZATION_NAME: 'Direction <régionale> & Côte-Nord', ESCALE_ORGANIZATION_NAME_EN: 'North Shore' },
})

/** The PIV header's title (the organization or the service), as the page shows it. */
const titleOf = (body: string) => /<div class="title"><a class="page-title" href="[^"]*">([^<]*)<\/a>/.exec(body)?.[1]

describe('the PIV header and footer of the Québec government design system', () => {
  test('public pages carry the government signature, the organization, the language link and "Nous joindre"', async () => {
    for (const [url, other, contact] of [
      ['/fr', '/en', '/fr/nous-joindre'],
      ['/en/regions/laval', '/fr/regions/laval', '/en/contact-us'],
      ['/fr/accessibilite', '/en/accessibility', '/fr/nous-joindre'],
    ] as const) {
      const res = await app.app.inject({ method: 'GET', url })
      assert.equal(res.statusCode, 200, url)
      assert.match(res.body, /<header class="qc-piv-header"/, url)
      assert.match(res.body, new RegExp(`<img src="${sdgBase}/img/QUEBEC_blanc\\.svg\\?v=[0-9a-f]{10}" alt="Logo`), url)
      assert.equal(titleOf(res.body), 'Immigration, Francisation et Intégration', url)
      assert.match(res.body, new RegExp(`<a href="${other}" lang="(en|fr)" hreflang="(en|fr)">`), url)
      assert.match(
        res.body,
        new RegExp(`<nav aria-label="[^"]+"><ul><li><a href="${other}"[\\s\\S]*href="${contact}"`),
        url,
      )
      assert.match(res.body, /<footer class="qc-piv-footer[\s\S]*© Gouvernement du Québec, \d{4}/, url)
      assert.match(res.body, /<qc-to-top text="(Retour en haut|Back to top)"><\/qc-to-top>/, url)
      assert.match(res.body, /<li class="to-top-link"><a href="#top">/, `${url}: the way back up without JavaScript`)
    }
  })

  test('the organization is configurable, escaped, in each language', async () => {
    const fr = await named.app.inject({ method: 'GET', url: '/fr' })
    // Text is escaped where it matters: no "<" opens a tag, no "&" starts an entity (">" in text is harmless).
    assert.equal(titleOf(fr.body), 'Direction &lt;régionale> &amp; Côte-Nord')
    assert.doesNotMatch(fr.body, /<régionale>/)
    assert.match(fr.body, /<title>[^<]* \| Direction &lt;régionale> &amp; Côte-Nord<\/title>/)
    const en = await named.app.inject({ method: 'GET', url: '/en' })
    assert.equal(titleOf(en.body), 'North Shore')
  })

  test('the staff app and the portal show the service, the signed-in person, language and sign-out', async () => {
    const director = await app.userOf('director', 'region', '11')
    const res = await app.injectAs(director, { method: 'GET', url: '/app' })
    assert.equal(res.statusCode, 200)
    assert.equal(titleOf(res.body), 'Escale')
    assert.match(
      res.body,
      /<a href="\/app\/compte"><span class="qc-sr-only">Connecté en tant que <\/span>Test director/,
    )
    assert.match(res.body, /<form method="post" action="\/app\/deconnexion" class="piv-sign-out">/)
    assert.match(res.body, /<nav aria-label="Navigation principale" class="app-nav"/)
    const headerLinks = /<header class="qc-piv-header"[\s\S]*?<\/header>/.exec(res.body)?.[0] ?? ''
    assert.match(headerLinks, /Se déconnecter/)
    assert.doesNotMatch(headerLinks, /Nous joindre/, 'no public contact link in the app header')
    assert.match(res.body, /<footer[\s\S]*Nous joindre/, 'the contact page stays in the footer')
    const signIn = await app.app.inject({ method: 'GET', url: '/app/connexion' })
    assert.equal(titleOf(signIn.body), 'Escale')
  })
})

describe('SDG components in forms', () => {
  test('a form with errors shows the SDG error summary, required asterisks and field errors tied to their fields', async () => {
    const admin = await app.userOf('admin', 'all')
    const res = await app.injectAs(admin, {
      method: 'POST',
      url: '/app/admin/jetons',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=&email=',
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /<div class="qc-notice qc-error error-summary" role="alert" tabindex="-1" autofocus/)
    assert.match(
      res.body,
      /<span class="qc-required" aria-hidden="true">\*<\/span><span class="qc-sr-only"> \(obligatoire\)/,
    )
    assert.match(res.body, /<div class="qc-textfield field-invalid">/)
    assert.match(
      res.body,
      /aria-describedby="f-email-error"[^>]*>|aria-invalid="true" aria-describedby="f-email-error"/,
    )
    assert.match(
      res.body,
      /<div class="qc-form-error"><span class="qc-icon" data-img-type="warning"[^>]*><\/span><span id="f-email-error">/,
    )
    assert.match(res.body, /<button class="qc-button qc-primary" type="submit">/)
  })

  test('no page has an inline style or script the content security policy would block', async () => {
    const admin = await app.userOf('admin', 'all')
    for (const url of [
      '/fr',
      '/en/regions/gaspesie-iles-de-la-madeleine',
      '/app',
      '/app/connexion',
      '/app/admin/jetons',
    ]) {
      const res = await app.injectAs(url.startsWith('/app') && url !== '/app/connexion' ? admin : null, {
        method: 'GET',
        url,
      })
      assert.equal(res.statusCode, 200, url)
      assert.doesNotMatch(res.body, /\sstyle="/, `${url}: no style attribute`)
      assert.doesNotMatch(res.body, /<style/, `${url}: no style element`)
      assert.doesNotMatch(res.body, /<script(?![^>]*\ssrc=)[^>]*>/, `${url}: every script is a file`)
      assert.doesNotMatch(res.body, /https?:\/\/(?!www\.quebec\.ca)/, `${url}: nothing from another site`)
    }
  })
})
