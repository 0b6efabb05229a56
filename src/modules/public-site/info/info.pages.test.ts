import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'

const app = await buildTestApp()
const page = (url: string) => app.injectAs(null, { method: 'GET', url })

test('the accessibility statement and the privacy policy exist in both languages, the switch mapping one to the other', async () => {
  const cases: [url: string, other: string, title: RegExp, lang: string][] = [
    [
      '/fr/accessibilite',
      '/en/accessibility',
      /<h1>Déclaration d&#39;accessibilité<\/h1>|<h1>Déclaration d'accessibilité<\/h1>/,
      'fr-CA',
    ],
    ['/en/accessibility', '/fr/accessibilite', /<h1>Accessibility statement<\/h1>/, 'en-CA'],
    ['/fr/confidentialite', '/en/privacy', /<h1>Politique de confidentialité<\/h1>/, 'fr-CA'],
    ['/en/privacy', '/fr/confidentialite', /<h1>Privacy policy<\/h1>/, 'en-CA'],
  ]
  for (const [url, other, title, lang] of cases) {
    const res = await page(url)
    assert.equal(res.statusCode, 200, url)
    assert.match(res.body, title, url)
    assert.match(res.body, new RegExp(`<html lang="${lang}">`))
    const otherLang = lang === 'fr-CA' ? 'en' : 'fr'
    assert.match(res.body, new RegExp(`<a href="${other}" lang="${otherLang}" hreflang="${otherLang}">`), url)
  }
})

test('the privacy policy says what is held, why, for how long, who to contact, and the rights of access and rectification', async () => {
  const fr = (await page('/fr/confidentialite')).body
  for (const text of [
    /droit d'accès|droit d&#39;accès/,
    /droit de rectification/,
    /7 jours/,
    /calendrier de conservation/,
    /Commission d.accès à l.information/,
    /escale_csrf/,
    /escale_lang/,
    /coordonnées sur la page <a href="\/fr\/nous-joindre">Nous joindre<\/a>/,
  ]) {
    assert.match(fr, text)
  }
  const en = (await page('/en/privacy')).body
  for (const text of [
    /right of access/,
    /right of rectification/,
    /7 days/,
    /retention schedule/,
    /Commission d.accès à l.information/,
    /on the <a href="\/en\/contact-us">Contact us<\/a> page/,
  ]) {
    assert.match(en, text)
  }
})

test('the accessibility statement names the standard and how to report a barrier', async () => {
  const fr = (await page('/fr/accessibilite')).body
  assert.match(fr, /WCAG\) 2\.1, niveau AA/)
  assert.match(fr, /Signaler un obstacle/)
  assert.match(fr, /ses coordonnées sont sur la page <a href="\/fr\/nous-joindre">Nous joindre<\/a>/)
  const en = (await page('/en/accessibility')).body
  assert.match(en, /WCAG\) 2\.1, level AA/)
  assert.match(en, /Tell us about a barrier/)
  assert.match(en, /its contact information is on the <a href="\/en\/contact-us">Contact us<\/a> page/)
})
