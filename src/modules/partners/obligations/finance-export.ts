import type { Writable } from 'node:stream'
import type ExcelJS from 'exceljs'
import { excelJs } from '../../../platform/documents/excel.js'
import { type Ctx, recordAudit } from '../../access/index.js'
import { listRegions } from '../../territory/index.js'
import type { Localized } from '../../../platform/errors.js'
import { type Lang, localName } from '../../../platform/views/i18n.js'
import { statusLabels } from '../agreements/agreement-lifecycle.js'
import { fiscalYearLabel } from '../agreements/fiscal-years.js'
import {
  type FinanceAgreementRow,
  type FinanceInstalmentRow,
  listAgreementsForFinance,
  listInstalmentsForFinance,
} from './finance-export.queries.js'
import { assertCanRead } from './obligation-access.js'

// The finance workbook: two sheets, "Ententes" and "Versements", money as numbers in a dollar format and dates as
// dates. Written with exceljs' streaming writer: each row goes to the response as it is committed.

const MONEY = '#,##0.00 [$$-C0C]'
const DATE = 'yyyy-mm-dd'

/** The workbook's sheets, named in the requester's language. */
const sheetNames = {
  agreements: { fr: 'Ententes', en: 'Agreements' },
  instalments: { fr: 'Versements', en: 'Payments' },
} satisfies Record<string, Localized>

const h: Record<string, Localized> = {
  reference: { fr: 'Référence', en: 'Reference' },
  organization: { fr: 'Organisme', en: 'Organization' },
  program: { fr: 'Programme', en: 'Program' },
  volet: { fr: 'Volet', en: 'Component' },
  region: { fr: 'Région', en: 'Region' },
  start: { fr: 'Début', en: 'Start' },
  end: { fr: 'Fin', en: 'End' },
  status: { fr: 'Statut', en: 'Status' },
  total: { fr: 'Total', en: 'Total' },
  number: { fr: 'No', en: 'No.' },
  planned: { fr: 'Date prévue', en: 'Planned date' },
  amount: { fr: 'Montant', en: 'Amount' },
  condition: { fr: 'Condition', en: 'Condition' },
  paid: { fr: 'Date de paiement', en: 'Payment date' },
}

/** What the export holds, read before anything is written (three queries); regions by code, for their names. */
export type FinanceData = {
  agreements: FinanceAgreementRow[]
  instalments: FinanceInstalmentRow[]
  regions?: ReadonlyMap<string, { nameFr: string; nameEn: string }>
}

/** A civil date as a spreadsheet date (midnight UTC, which exceljs writes as that day). */
const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null)
const dollars = (cents: number) => Number(cents) / 100

/** Reads the caller's regions' agreements and instalments for finance, and audits the export. */
export async function readFinanceExport(ctx: Ctx): Promise<FinanceData> {
  assertCanRead(ctx)
  const regions = ctx.scope.regionCodes
  const data = {
    agreements: await listAgreementsForFinance(ctx.db, regions),
    instalments: await listInstalmentsForFinance(ctx.db, regions),
    regions: new Map((await listRegions(ctx.db)).map((r) => [r.code, r])),
  }
  await recordAudit(ctx, {
    action: 'agreements.exported',
    entityType: 'agreement',
    regionCode: regions !== 'all' && regions.length === 1 ? regions[0] : null,
    details: { format: 'xlsx', agreements: data.agreements.length, instalments: data.instalments.length },
  })
  return data
}

function agreementSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, data: FinanceData, lang: Lang) {
  const rows = data.agreements
  // Finance reads the region's name; the code stays only when the region is unknown.
  const regionName = (code: string) => {
    const region = data.regions?.get(code)
    return region ? localName(lang, region) : code
  }
  const years = [...new Set(rows.flatMap((r) => r.amounts.map((a) => a.fiscalYear)))].sort()
  const sheet = book.addWorksheet(sheetNames.agreements[lang])
  sheet.columns = [
    { header: h.reference![lang], key: 'reference', width: 18 },
    { header: h.organization![lang], key: 'organization', width: 36 },
    { header: h.program![lang], key: 'program', width: 30 },
    { header: h.volet![lang], key: 'volet', width: 30 },
    { header: h.region![lang], key: 'region', width: 28 },
    { header: h.start![lang], key: 'start', width: 12, style: { numFmt: DATE } },
    { header: h.end![lang], key: 'end', width: 12, style: { numFmt: DATE } },
    { header: h.status![lang], key: 'status', width: 16 },
    { header: h.total![lang], key: 'total', width: 16, style: { numFmt: MONEY } },
    ...years.map((y) => ({ header: fiscalYearLabel(y), key: `fy${y}`, width: 16, style: { numFmt: MONEY } })),
  ]
  for (const r of rows) {
    const amounts = Object.fromEntries(r.amounts.map((a) => [`fy${a.fiscalYear}`, dollars(a.cents)]))
    sheet
      .addRow({
        reference: r.reference,
        organization: r.organization,
        program: localName(lang, { nameFr: r.programFr, nameEn: r.programEn }),
        volet: localName(lang, { nameFr: r.voletFr ?? '', nameEn: r.voletEn ?? '' }),
        region: regionName(r.regionCode),
        start: asDate(r.startOn),
        end: asDate(r.endOn),
        status: statusLabels[r.status][lang],
        total: dollars(r.totalCents),
        ...amounts,
      })
      .commit()
  }
  sheet.commit()
}

function instalmentSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, rows: FinanceInstalmentRow[], lang: Lang) {
  const sheet = book.addWorksheet(sheetNames.instalments[lang])
  sheet.columns = [
    { header: h.reference![lang], key: 'reference', width: 18 },
    { header: h.number![lang], key: 'number', width: 6 },
    { header: h.planned![lang], key: 'planned', width: 12, style: { numFmt: DATE } },
    { header: h.amount![lang], key: 'amount', width: 16, style: { numFmt: MONEY } },
    { header: h.condition![lang], key: 'condition', width: 40 },
    { header: h.paid![lang], key: 'paid', width: 12, style: { numFmt: DATE } },
  ]
  for (const r of rows) {
    sheet
      .addRow({
        reference: r.reference,
        number: r.number,
        planned: asDate(r.plannedOn),
        amount: dollars(r.amountCents),
        condition: r.condition ?? '',
        paid: asDate(r.paidOn),
      })
      .commit()
  }
  sheet.commit()
}

/** Writes the finance workbook to a stream (the HTTP response) and ends it. */
export async function writeFinanceWorkbook(stream: Writable, data: FinanceData, lang: Lang): Promise<void> {
  const book = new (excelJs().stream.xlsx.WorkbookWriter)({ stream, useStyles: true, useSharedStrings: false })
  book.creator = 'Escale'
  agreementSheet(book, data, lang)
  instalmentSheet(book, data.instalments, lang)
  await book.commit()
}
