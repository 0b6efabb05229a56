import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { listRegionsInScope } from '../../territory/index.js'
import { formatMoney, type Lang, localName } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table } from '../../../platform/views/table.js'
import { listPrograms } from '../programs/program.service.js'
import { agreementFields as f, agreementText as m } from './agreement.messages.js'
import { getAgreementTotals } from './agreement.service.js'
import { AGREEMENTS } from './agreement-form.pages.js'
import { fiscalYearLabel } from './fiscal-years.js'

type Cell = { key: string; fiscalYear: number; amountCents: number }

/** One row of the cross table: a heading, then the sum of the cells of each year picked by `inRow`, then their total. */
function SumRow(p: { lang: Lang; heading: string; years: number[]; cells: Cell[]; inRow: (c: Cell) => boolean }) {
  const sum = (pick: (c: Cell) => boolean) => p.cells.filter(pick).reduce((s, c) => s + c.amountCents, 0)
  return (
    <tr>
      <th scope="row">{p.heading}</th>
      {p.years.map((y) => (
        <td>
          {formatMoney(
            sum((c) => p.inRow(c) && c.fiscalYear === y),
            p.lang,
          )}
        </td>
      ))}
      <td>{formatMoney(sum(p.inRow), p.lang)}</td>
    </tr>
  )
}

/** A cross table: one row per key (program or region), one column per fiscal year, totals on both edges. */
function CrossTable(p: {
  lang: Lang
  caption: string
  keyLabel: string
  cells: Cell[]
  nameOf: (key: string) => string
}) {
  const { lang, cells } = p
  // Every fiscal year from the first to the last, so a year with nothing reads as 0 rather than silently missing.
  const first = Math.min(...cells.map((c) => c.fiscalYear))
  const last = Math.max(...cells.map((c) => c.fiscalYear))
  const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i)
  const keys = [...new Set(cells.map((c) => c.key))]
  if (cells.length === 0) return <p>{m.none[lang]}</p>
  return (
    <Table label={p.caption}>
      <caption>{p.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{p.keyLabel}</th>
          {years.map((y) => (
            <th scope="col">{fiscalYearLabel(y)}</th>
          ))}
          <th scope="col">{m.total[lang]}</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <SumRow lang={lang} heading={p.nameOf(key)} years={years} cells={cells} inRow={(c) => c.key === key} />
        ))}
        <SumRow lang={lang} heading={m.total[lang]} years={years} cells={cells} inRow={() => true} />
      </tbody>
    </Table>
  )
}

const nameIn =
  <T extends { nameFr: string; nameEn: string }>(lang: Lang, map: Map<string, T>) =>
  (key: string) => {
    const found = map.get(key)
    return found ? localName(lang, found) : key
  }

async function totalsPage(request: FastifyRequest, deps: ModuleDeps) {
  const ctx = ctxOf(request, deps)
  const totals = await getAgreementTotals(ctx)
  const programs = new Map((await listPrograms(ctx)).map((x) => [x.code, x]))
  const regions = new Map((await listRegionsInScope(ctx)).map((r) => [r.code, r]))
  const lang = request.lang
  return (
    <AppPage request={request} nav={deps.nav} title={m.totalsTitle[lang]}>
      <h1>{m.totalsTitle[lang]}</h1>
      <p>{m.totalsIntro[lang]}</p>
      <h2>{m.byProgram[lang]}</h2>
      <CrossTable
        lang={lang}
        caption={m.byProgram[lang]}
        keyLabel={f.program[lang]}
        cells={totals.byProgram.map((r) => ({ ...r, key: r.programCode }))}
        nameOf={nameIn(lang, programs)}
      />
      <h2>{m.byRegion[lang]}</h2>
      <CrossTable
        lang={lang}
        caption={m.byRegion[lang]}
        keyLabel={f.region[lang]}
        cells={totals.byRegion.map((r) => ({ ...r, key: r.regionCode }))}
        nameOf={nameIn(lang, regions)}
      />
      <p>
        <a href={AGREEMENTS}>{m.listTitle[lang]}</a>
      </p>
    </AppPage>
  )
}

/** Totals of the caller's agreements by program × fiscal year and by region × fiscal year. */
export function registerAgreementTotalsPage(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(`${AGREEMENTS}/totaux`, { schema: { hide: true } }, async (request, reply) =>
    sendPage(reply, await totalsPage(request, deps)),
  )
}
