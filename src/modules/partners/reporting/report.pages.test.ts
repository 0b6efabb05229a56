import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eq } from 'drizzle-orm'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import {
  buildAgreement,
  buildDeliverable,
  buildInstalment,
  buildOrganization,
} from '../../../../test/factories/partners.js'
import { deliverables } from '../obligations/obligation.schema.js'
import { partnerReports, reportFiles } from './report.schema.js'

const app = await buildTestApp()
const org = await buildOrganization(app.system, { name: 'Accueil Gaspé' })
const otherOrg = await buildOrganization(app.system)
const agreement = await buildAgreement(app.system, org, { title: 'Soupers interculturels' })
const otherAgreement = await buildAgreement(app.system, otherOrg)
await buildInstalment(app.system, agreement.id, { condition: 'Signature', paidOn: '2020-05-04' })
await buildInstalment(app.system, agreement.id, { number: 2, plannedOn: '2021-05-01', condition: 'Rapport d’étape' })
const partner = await app.userOf('partner', 'organization', org.id)
const otherPartner = await app.userOf('partner', 'organization', otherOrg.id)

type Part = { name: string; value: string | Buffer; fileName?: string; type?: string }
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 0x20)])

/** A multipart form as a browser sends it (the token in the form, no CSRF header). */
function multipart(fields: Record<string, string>, files: Part[] = [], token = csrfToken) {
  const boundary = '----escale-report-test'
  const chunks: Buffer[] = []
  const all: Part[] = [
    { name: '_csrf', value: token },
    ...Object.entries(fields).map(([name, value]) => ({ name, value })),
    ...files,
  ]
  for (const p of all) {
    const file =
      p.fileName !== undefined
        ? `; filename="${p.fileName}"\r\nContent-Type: ${p.type ?? 'application/octet-stream'}`
        : ''
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${file}\r\n\r\n`))
    chunks.push(Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value))
    chunks.push(Buffer.from('\r\n'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-csrf-token': '' },
  }
}

const newReport = (id: string) => `/partenaires/ententes/${id}/rapports/nouveau`
const submit = (user: TestUser, id: string, fields: Record<string, string>, files: Part[] = []) =>
  app.injectAs(user, { method: 'POST', url: newReport(id), ...multipart(fields, files) })
const page = (user: TestUser, url: string) => app.injectAs(user, { method: 'GET', url })

test('the portal lists the organization’s agreements, in French and English, and links them from its home', async () => {
  const fr = await page(partner, '/partenaires/ententes')
  assert.equal(fr.statusCode, 200)
  assert.match(fr.body, /<h1>Vos ententes<\/h1>/)
  assert.match(fr.body, new RegExp(agreement.reference))
  assert.doesNotMatch(fr.body, new RegExp(otherAgreement.reference))
  assert.match(fr.body, /100[\s\u00a0\u202f]000,00[\s\u00a0\u202f]\$/)
  const en = await page(partner, '/partenaires/ententes?lang=en')
  assert.match(en.body, /<h1>Your agreements<\/h1>/)
  assert.match(en.body, /\$100,000\.00/)
  const home = await page(partner, '/partenaires')
  assert.match(home.body, /href="\/partenaires\/ententes"/)
})

test('an agreement’s page shows amounts, payments, deliverables with the comment of one sent back, and reports', async () => {
  await buildDeliverable(app.system, agreement.id, {
    title: 'Bilan à revoir',
    status: 'returned',
    reviewComment: 'Chiffres manquants',
  })
  const res = await page(partner, `/partenaires/ententes/${agreement.id}`)
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /Soupers interculturels/)
  assert.match(res.body, /2020-2021|2020–2021/)
  assert.match(res.body, /Rapport d’étape/)
  assert.match(res.body, /Chiffres manquants/)
  assert.match(res.body, /Soumettre un rapport/)
  await buildDeliverable(app.system, agreement.id, { title: 'Bilan futur', dueOn: '2099-03-31' })
  const later = await page(partner, `/partenaires/ententes/${agreement.id}`)
  assert.match(
    later.body,
    /Bilan à revoir(?:(?!<\/tr>).)*Renvoyé(?:(?!<\/tr>).)*En retard/s,
    'overdue, as staff see it',
  )
  assert.doesNotMatch(later.body.split('Bilan futur')[1]!.split('</tr>')[0]!, /En retard/)
  const en = await page(partner, `/partenaires/ententes/${agreement.id}?lang=en`)
  assert.match(en.body, /Payment schedule/)
  assert.match(en.body, /Sent back(?:(?!<\/tr>).)*Overdue/s)
})

test("another organization's agreement, report and file answer 404 to a partner; staff get 403 on the portal", async () => {
  assert.equal((await page(partner, `/partenaires/ententes/${otherAgreement.id}`)).statusCode, 404)
  assert.equal((await page(partner, newReport(otherAgreement.id))).statusCode, 404)
  assert.equal((await submit(partner, otherAgreement.id, { narrative: 'x' })).statusCode, 404)
  const mine = await submit(partner, agreement.id, { narrative: 'Le mien' }, [
    { name: 'files', value: PDF, fileName: 'preuve.pdf' },
  ])
  assert.equal(mine.statusCode, 303, mine.body)
  const url = String(mine.headers.location).replace(/\?.*$/, '')
  const [file] = await app.system.db
    .select()
    .from(reportFiles)
    .innerJoin(partnerReports, eq(partnerReports.id, reportFiles.reportId))
    .where(eq(partnerReports.narrative, 'Le mien'))
  assert.equal((await page(otherPartner, url)).statusCode, 404)
  assert.equal((await page(otherPartner, `${url}/fichiers/${file!.report_files.id}`)).statusCode, 404)
  const otherUrl = url.replace(agreement.id, otherAgreement.id)
  assert.equal((await page(partner, otherUrl)).statusCode, 404, 'a report through another agreement’s address')
  const agent = await app.userOf('agent', 'region', '11')
  assert.equal((await page(agent, '/partenaires/ententes')).statusCode, 403)
})

test('a report with figures, actions and files is submitted; the deliverable is received; the partner downloads it', async () => {
  const deliverable = await buildDeliverable(app.system, agreement.id, { title: 'Rapport annuel' })
  const form = await page(partner, `${newReport(agreement.id)}?livrable=${deliverable.id}`)
  assert.equal(form.statusCode, 200)
  assert.match(form.body, new RegExp(`<option value="${deliverable.id}" selected`))
  assert.match(form.body, /enctype="multipart\/form-data"/)
  const res = await submit(
    partner,
    agreement.id,
    {
      deliverableId: deliverable.id,
      narrative: 'Trois soupers.',
      immigrantParticipants: '30',
      totalParticipants: '80',
      activitiesHeld: '3',
      spent: '12 500,50',
      'actions.0.kindCode': '',
      'actions.1.kindCode': 'intercultural_meals',
      'actions.1.title': 'Souper des nations',
      'actions.1.startOn': '2020-11-14',
      'actions.2.title': '',
    },
    [
      { name: 'files', value: PDF, fileName: 'Bilan été.pdf', type: 'application/pdf' },
      {
        name: 'files',
        value: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
        fileName: 'photo.PNG',
        type: 'image/png',
      },
      { name: 'files', value: Buffer.alloc(0), fileName: '' },
    ],
  )
  assert.equal(res.statusCode, 303, res.body)
  const shown = await app.injectAs(partner, { method: 'GET', url: String(res.headers.location) })
  assert.match(shown.body, /Votre rapport a été soumis/)
  assert.match(shown.body, /Souper des nations/)
  assert.match(shown.body, /12[\s\u00a0\u202f]500,50/)
  const [stored] = await app.system.db
    .select()
    .from(partnerReports)
    .where(eq(partnerReports.narrative, 'Trois soupers.'))
  assert.equal(stored!.spentCents, 1_250_050)
  const files = await app.system.db.select().from(reportFiles).where(eq(reportFiles.reportId, stored!.id))
  assert.deepEqual(files.map((f) => f.fileName).sort(), ['Bilan été.pdf', 'photo.PNG'])
  const [d] = await app.system.db.select().from(deliverables).where(eq(deliverables.id, deliverable.id))
  assert.equal(d!.status, 'received')
  const pdf = files.find((f) => f.fileName === 'Bilan été.pdf')!
  const download = await page(partner, `${String(res.headers.location).replace(/\?.*$/, '')}/fichiers/${pdf.id}`)
  assert.equal(download.statusCode, 200)
  assert.equal(download.headers['content-type'], 'application/pdf')
  assert.match(String(download.headers['content-disposition']), /filename\*=UTF-8''Bilan%20%C3%A9t%C3%A9\.pdf/)
  assert.equal(download.rawPayload.length, PDF.length)
})

test('bad input shows the form again with a message on the field, never a 500', async () => {
  const foreign = await buildDeliverable(app.system, otherAgreement.id)
  const cases: [string, Record<string, string>, Part[], string][] = [
    ['no narrative', {}, [], 'Ce champ est obligatoire'],
    [
      'immigrants over total',
      { narrative: 'x', immigrantParticipants: '9', totalParticipants: '3' },
      [],
      'ne peuvent dépasser',
    ],
    ['a negative count', { narrative: 'x', activitiesHeld: '-1' }, [], 'Un nombre entier'],
    ['a count in exponent form', { narrative: 'x', totalParticipants: '1e3' }, [], 'Un nombre entier'],
    [
      'an action’s count that is not a number',
      {
        narrative: 'x',
        'actions.1.kindCode': 'intercultural_meals',
        'actions.1.title': 'Souper',
        'actions.1.startOn': '2020-11-14',
        'actions.1.totalParticipants': 'douze',
      },
      [],
      'Un nombre entier',
    ],
    ['a negative amount', { narrative: 'x', spent: '-5' }, [], 'Un montant en dollars'],
    ['another agreement’s deliverable', { narrative: 'x', deliverableId: foreign.id }, [], 'Choisissez un livrable'],
    [
      'an action without a title',
      { narrative: 'x', 'actions.3.kindCode': 'intercultural_meals', 'actions.3.startOn': '2020-11-14' },
      [],
      'Ce champ est obligatoire',
    ],
    [
      'a text file',
      { narrative: 'x' },
      [{ name: 'files', value: 'bonjour', fileName: 'notes.txt' }],
      'n’est pas un PDF',
    ],
    ['a fake PDF', { narrative: 'x' }, [{ name: 'files', value: 'MZ', fileName: 'virus.pdf' }], 'n’est pas un PDF'],
    [
      'six files',
      { narrative: 'x' },
      Array(6).fill({ name: 'files', value: PDF, fileName: 'a.pdf' }),
      'Au plus cinq fichiers',
    ],
  ]
  for (const [label, fields, files, message] of cases) {
    const res = await submit(partner, agreement.id, fields, files)
    assert.equal(res.statusCode, 400, `${label}: ${res.statusCode}`)
    assert.match(res.body, new RegExp(message), label)
    assert.match(res.body, /qc-notice qc-error/, `${label}: the error summary`)
  }
  const row = await submit(partner, agreement.id, {
    narrative: 'x',
    'actions.3.kindCode': 'intercultural_meals',
    'actions.3.startOn': '2020-11-14',
  })
  assert.match(row.body, /id="f-actions\.3\.title-error"/, 'the error is on the row it was typed in')
  const big = await submit(partner, agreement.id, { narrative: 'x' }, [
    { name: 'files', value: Buffer.alloc(10 * 1024 * 1024 + 10, 0x25), fileName: 'gros.pdf' },
  ])
  assert.equal(big.statusCode, 400)
  assert.match(big.body, /dépasse 10 Mo/)
  const en = await app.injectAs(partner, {
    method: 'POST',
    url: `${newReport(agreement.id)}?lang=en`,
    ...multipart({ narrative: 'x', spent: 'abc' }),
  })
  assert.match(en.body, /An amount in dollars/)
})

test('an agreement in preparation is hidden from its partner (list, page, report form: 404); a forged form is refused (403)', async () => {
  const draft = await buildAgreement(app.system, org, {
    title: 'Projet encore en discussion',
    status: 'preparation',
    signedOn: null,
  })
  assert.equal((await page(partner, newReport(draft.id))).statusCode, 404)
  assert.equal((await submit(partner, draft.id, { narrative: 'x' })).statusCode, 404)
  assert.equal((await page(partner, `/partenaires/ententes/${draft.id}`)).statusCode, 404)
  const list = await page(partner, '/partenaires/ententes')
  assert.equal(list.statusCode, 200)
  assert.doesNotMatch(list.body, /Projet encore en discussion/)
  assert.match(list.body, /Soupers interculturels/)
  const forged = await app.injectAs(partner, {
    method: 'POST',
    url: newReport(agreement.id),
    ...multipart({ narrative: 'Forgé' }, [], 'forged'),
  })
  assert.equal(forged.statusCode, 403)
})

test('the report form shows every error at once; a blank optional end date is no error', async () => {
  const res = await submit(partner, agreement.id, {
    narrative: 'x',
    spent: 'abc',
    immigrantParticipants: '90',
    totalParticipants: '10',
    activitiesHeld: '-2',
    'actions.0.title': 'Souper seulement titré',
    'actions.1.kindCode': 'intercultural_meals',
    'actions.1.startOn': '2020-11-14',
    'actions.1.immigrantParticipants': '9',
    'actions.1.totalParticipants': '3',
  })
  assert.equal(res.statusCode, 400)
  for (const field of [
    'spent',
    'immigrantParticipants',
    'activitiesHeld',
    'actions.0.kindCode',
    'actions.0.startOn',
    'actions.1.title',
    'actions.1.immigrantParticipants',
  ]) {
    assert.match(res.body, new RegExp(`id="f-${field.replaceAll('.', '\\.')}-error"`), field)
  }
  assert.doesNotMatch(res.body, /id="f-actions\.\d\.endOn-error"/, 'the blank end dates are fine')
  assert.match(res.body, /Les participants immigrants ne peuvent dépasser/)
})
