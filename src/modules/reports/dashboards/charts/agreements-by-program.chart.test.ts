import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTestApp } from '../../../../../test/build-test-app.js'
import { buildAgreement, buildInstalment, buildOrganization } from '../../../../../test/factories/partners.js'
import { committedAmountsByProgramAndYear, fiscalYearLabel } from '../../../partners/index.js'
import { renderChartSvg } from '../plot-svg.js'
import { agreementsByProgramChart as chart } from './agreements-by-program.chart.js'

const app = await buildTestApp()
const db = app.system.db
const period = { from: '2019-08-01', to: '2021-06-30' }

async function organizationOf(regionCode: string) {
  return buildOrganization(app.system, { regionCode, city: 'Ailleurs' })
}

/** Region 02's agreements: in force or not, with instalments paid inside, on and outside the period's bounds. */
async function arrangeRegion02() {
  const org = await organizationOf('02')
  const pac = await buildAgreement(app.system, org) // 2020-04-01 … 2022-03-31, 50 000 $ in 2020 and 2021
  await buildInstalment(app.system, pac.id, { number: 1, amountCents: 1_000_000, paidOn: '2020-03-31' })
  await buildInstalment(app.system, pac.id, { number: 2, amountCents: 2_500_000, paidOn: '2021-06-30' })
  await buildInstalment(app.system, pac.id, { number: 3, amountCents: 700_000, paidOn: '2021-07-01' }) // after
  await buildInstalment(app.system, pac.id, { number: 4, amountCents: 900_000 }) // not paid
  // Ended the day before the period: its amounts are not committed, but its instalment paid on day one counts.
  const ended = await buildAgreement(app.system, org, {
    programCode: 'PASI',
    startOn: '2018-04-01',
    endOn: '2019-07-31',
    signedOn: '2018-03-01',
    amounts: { 2018: 1_000_000, 2019: 2_000_000 },
  })
  await buildInstalment(app.system, ended.id, { amountCents: 1_500_000, paidOn: '2019-08-01' })
  // Signed and started on the period's last day: its fiscal year 2022 is beyond the period.
  await buildAgreement(app.system, org, {
    programCode: 'PASI',
    startOn: '2021-06-30',
    endOn: '2022-06-30',
    signedOn: '2021-06-30',
    amounts: { 2021: 3_000_000, 2022: 1_000_000 },
  })
  await buildAgreement(app.system, org, { status: 'preparation', signedOn: null, amounts: { 2020: 9_900_000 } })
}

test('sums the amounts committed and paid by program and fiscal year, bounds included', async () => {
  await arrangeRegion02()
  const elsewhere = await buildAgreement(app.system, await organizationOf('03'))
  await buildInstalment(app.system, elsewhere.id, { amountCents: 4_400_000, paidOn: '2020-06-01' })
  const rows = await chart.rows(db, { regionCodes: ['02'], ...period })
  assert.deepEqual(
    rows.map((r) => [r.programCode, r.fiscalYear, r.committedCents, r.paidCents]),
    [
      ['PAC', '2019-2020', 0, 1_000_000],
      ['PAC', '2020-2021', 5_000_000, 0],
      ['PAC', '2021-2022', 5_000_000, 2_500_000],
      ['PASI', '2019-2020', 0, 1_500_000],
      ['PASI', '2021-2022', 3_000_000, 0],
    ],
  )
  assert.equal(rows[0]!.programFr, 'Programme d’appui aux collectivités')
  assert.equal(rows[0]!.programEn, 'Community Support Program')
  // The committed amounts are the partners module's rule, to the cent.
  const committed = await committedAmountsByProgramAndYear(db, ['02'], period.from, period.to)
  assert.deepEqual(
    rows.filter((r) => Number(r.committedCents) > 0).map((r) => [r.programCode, r.fiscalYear, r.committedCents]),
    committed.map((c) => [c.programCode, fiscalYearLabel(c.fiscalYear), c.amountCents]),
  )
})

test('keeps the regions asked for: several, all, none; zero rows without agreements', async () => {
  const paidIn = async (regionCode: string, cents: number) => {
    const agreement = await buildAgreement(app.system, await organizationOf(regionCode), {
      programCode: 'SAM',
      amounts: {},
    })
    await buildInstalment(app.system, agreement.id, { amountCents: cents, paidOn: '2020-09-09' })
  }
  await paidIn('04', 100_00)
  await paidIn('05', 200_00)
  const paid = async (regionCodes: 'all' | string[]) =>
    (await chart.rows(db, { regionCodes, ...period })).find((r) => r.programCode === 'SAM')?.paidCents
  assert.equal(await paid(['04', '05']), 300_00)
  assert.equal(await paid(['05']), 200_00)
  assert.equal(await paid('all'), 300_00)
  assert.deepEqual(await chart.rows(db, { regionCodes: [], ...period }), [])
  assert.deepEqual(await chart.rows(db, { regionCodes: ['17'], ...period }), [])
})

test('draws the amounts in dollars with their words, in French and English', async () => {
  const agreement = await buildAgreement(app.system, await organizationOf('07'), { amounts: { 2020: 1_234_567 } })
  await buildInstalment(app.system, agreement.id, { amountCents: 500_000, paidOn: '2020-05-05' })
  const rows = await chart.rows(db, { regionCodes: ['07'], ...period })
  const svgOf = (lang: 'fr' | 'en') =>
    renderChartSvg(chart.plot(rows, lang), { title: chart.title[lang], description: chart.description[lang] })
  const fr = svgOf('fr')
  assert.match(fr, /<svg[^>]*role="img"/)
  // fr-CA groups digits and sets the dollar sign apart with no-break spaces (&#160; in the markup).
  assert.match(fr, /12&#160;345,67&#160;\$ engagés/)
  assert.match(fr, /5&#160;000,00&#160;\$ versés/)
  assert.match(fr, /Programme d’appui aux collectivités \(2020-2021\)/)
  const en = svgOf('en')
  assert.match(en, /\$12,345\.67 committed/)
  assert.match(en, /\$5,000\.00 paid/)
  assert.match(en, /Community Support Program \(2020-2021\)/)
})
