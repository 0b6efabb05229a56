import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../test/build-test-app.js'
import { buildServicePoint, buildStaff } from '../../../../test/factories/territory.js'
import { addContactChannel, createDirectorate } from '../../territory/index.js'

// Regions with a gap on their page: no directorate (Laval, Laurentides, Montérégie), or a directorate without any
// contact channel (Estrie, Outaouais).
const app = await buildTestApp()
await buildServicePoint(app.system, { regionCode: '13', hostName: 'Hôtel de ville', city: 'Laval' })
for (const code of ['05', '07']) {
  await createDirectorate(app.system, {
    nameFr: `Direction régionale ${code} (essai)`,
    nameEn: `Regional directorate ${code} (test)`,
    regionCodes: [code],
    validFrom: '2020-01-01',
  })
}
await buildServicePoint(app.system, { regionCode: '05', city: 'Sherbrooke' })
await addContactChannel(app.system, {
  regionCode: '16',
  kind: 'email',
  value: 'monteregie@example.org',
  validFrom: '2020-01-01',
})

const body = async (url: string) => {
  const res = await app.injectAs(null, { method: 'GET', url })
  assert.equal(res.statusCode, 200, url)
  return res.body
}
const main = (html: string) => html.match(/<main[\s\S]*<\/main>/)?.[0] ?? ''
/** The section of the page whose heading has this id ('' when there is none). */
const section = (html: string, id: string) =>
  html.match(new RegExp(`<section aria-labelledby="${id}">[\\s\\S]*?</section>`))?.[0] ?? ''
/** Headings directly followed by another heading, a section's end or the end of the page: headings over nothing. */
const emptyHeadings = (html: string) =>
  [...main(html).matchAll(/<h2[^>]*>([^<]*)<\/h2>(?=<h2|<section|<\/section>|<\/main>)/g)].map((m) => m[1])
const pointer = {
  fr: 'Pour toute question, voyez comment joindre le ministère sur la page <a href="/fr/nous-joindre">Nous joindre</a>.',
  en: 'For any question, see how to reach the ministry on the <a href="/en/contact-us">Contact us</a> page.',
}

test('a region with a service point but no directorate and no staff has no empty heading and points to the contact page', async () => {
  const fr = await body('/fr/regions/laval')
  assert.deepEqual(emptyHeadings(fr), [])
  assert.doesNotMatch(fr, /Personnel du ministère dans la région/)
  assert.match(section(fr, 'points'), /Hôtel de ville, .*<strong>Laval<\/strong>/)
  const contact = section(fr, 'contact')
  assert.match(contact, /<h2 id="contact">Pour nous joindre<\/h2>/)
  assert.ok(
    contact.includes(
      "Aucune direction régionale n'est encore inscrite pour cette région. Vous pouvez vous présenter à l'un des points de services ci-dessus.",
    ),
    contact,
  )
  assert.ok(contact.includes(pointer.fr), contact)
  const en = await body('/en/regions/laval')
  assert.deepEqual(emptyHeadings(en), [])
  assert.doesNotMatch(en, /Ministry staff in the region/)
  assert.ok(section(en, 'contact').includes('No regional directorate is listed for this region yet. You can visit'))
  assert.ok(section(en, 'contact').includes(pointer.en))
})

test('the team sentence of a region without a directorate names the ministry, not a directorate', async () => {
  await buildStaff(app.system, { role: 'agent', regionCode: '13' })
  const fr = await body('/fr/regions/laval')
  assert.match(fr, /<h2>Personnel du ministère dans la région<\/h2>/)
  assert.ok(
    fr.includes(
      "<p>Le ministère peut compter, à Laval, sur une équipe d’une agente ou un agent d'aide à l'intégration. L'équipe est déployée dans un point de services.</p>",
    ),
  )
  assert.doesNotMatch(fr, /La direction régionale peut compter/)
  assert.ok(section(fr, 'contact').includes(pointer.fr), 'still no directorate: the pointer stays')
  const en = await body('/en/regions/laval')
  assert.ok(
    en.includes(
      '<p>In Laval, the ministry has a team of one integration support agent. The team works from one service point.</p>',
    ),
  )
  assert.doesNotMatch(en, /regional directorate has/)
})

test('advisors and agents without a directorate: every sentence names the ministry, in both languages', async () => {
  await buildStaff(app.system, { role: 'advisor', regionCode: '15' })
  await buildStaff(app.system, { role: 'agent', regionCode: '15' })
  const fr = await body('/fr/regions/laurentides')
  assert.match(
    fr,
    /<p>Le ministère peut compter, dans les Laurentides, sur une équipe d’une conseillère ou un conseiller/,
  )
  assert.match(fr, /À ceux-ci, s'ajoute une agente ou un agent d'aide à l'intégration\.<\/p>/)
  assert.doesNotMatch(fr, /direction régionale peut compter/)
  assert.deepEqual(emptyHeadings(fr), [])
  assert.ok(section(fr, 'contact').includes(pointer.fr), 'no service point: only the pointer')
  assert.doesNotMatch(section(fr, 'contact'), /points de services ci-dessus/)
  const en = await body('/en/regions/laurentides')
  assert.match(en, /<p>In Laurentides, the ministry has a team of one regional immigration advisor offering/)
  assert.doesNotMatch(en, /regional directorate has/)
})

test('a directorate without any channel: the page says so and points to the contact page', async () => {
  const estrie = await body('/fr/regions/estrie')
  const contact = section(estrie, 'contact')
  assert.ok(
    contact.includes(
      "Aucun courriel ni numéro de téléphone n'est encore inscrit pour la direction régionale qui dessert la région. Vous pouvez vous présenter",
    ),
    contact,
  )
  assert.ok(contact.includes(pointer.fr))
  assert.doesNotMatch(contact, /contact-list/)
  const notice =
    (await body('/en/regions/outaouais')).match(
      /<div class="qc-notice qc-information empty-region">[\s\S]*?<\/div><\/div><\/div>/,
    )?.[0] ?? ''
  assert.match(
    notice,
    /No email address or phone number is listed yet for the regional directorate serving the region\./,
  )
  assert.ok(notice.includes(pointer.en))
  assert.doesNotMatch(notice, /below/)
})

test("an empty region's own channels, without a directorate, are not presented as a directorate's", async () => {
  const fr = await body('/fr/regions/monteregie')
  const notice = fr.match(/<div class="qc-notice qc-information empty-region">[\s\S]*?<\/div><\/div><\/div>/)?.[0] ?? ''
  assert.match(notice, /Aucune direction régionale n'est encore inscrite/)
  assert.ok(notice.includes(pointer.fr))
  const contact = section(fr, 'contact')
  assert.match(contact, /<p>Pour toute question sur les services offerts dans la région, écrivez ou téléphonez :<\/p>/)
  assert.match(contact, /href="mailto:monteregie@example\.org"/)
  assert.doesNotMatch(contact, /direction régionale/)
  assert.deepEqual(emptyHeadings(fr), [])
})
