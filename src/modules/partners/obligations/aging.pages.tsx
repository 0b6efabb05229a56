import type { Localized } from '../../../platform/errors.js'
import type { FastifyInstance } from 'fastify'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { formatDate, formatMoney, formatNumber, type Lang } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table } from '../../../platform/views/table.js'
import { getAging } from './aging.service.js'
import type { AgingItem, AgingOutput } from './obligation.contracts.js'
import { bucketLabels, fill, obligationText as m } from './obligation.messages.js'
import { agreementPath } from './obligations.section.js'

/** The aging view of the caller's regions. */
export const AGING = '/app/ententes/echeances'
/** The finance export of the caller's regions' agreements and payments. */
export const EXPORT_XLSX = '/app/ententes/export.xlsx'

function BucketTable(p: { lang: Lang; caption: string; buckets: AgingOutput['deliverableBuckets']; money: boolean }) {
  const { lang } = p
  return (
    <Table label={p.caption}>
      <caption>{p.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.bucket[lang]}</th>
          <th scope="col">{m.count[lang]}</th>
          {p.money ? <th scope="col">{m.amountShown[lang]}</th> : null}
        </tr>
      </thead>
      <tbody>
        {p.buckets.map((b) => (
          <tr key={b.bucket}>
            <th scope="row">{bucketLabels[b.bucket][lang]}</th>
            <td>{formatNumber(b.count, lang)}</td>
            {p.money ? <td class="nowrap">{formatMoney(b.amountCents, lang)}</td> : null}
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

/** A list of obligations: agreement (linked), organization, what, date, days late, amount (instalments). */
export function ItemTable(p: { lang: Lang; caption: string; items: AgingItem[]; late: boolean; money: boolean }) {
  const { lang } = p
  if (p.items.length === 0) return <p>{m.none[lang]}</p>
  return (
    <Table label={p.caption}>
      <thead>
        <tr>
          <th scope="col">{m.agreement[lang]}</th>
          <th scope="col">{m.organization[lang]}</th>
          <th scope="col">{m.title[lang]}</th>
          <th scope="col">{p.money ? m.plannedOn[lang] : m.dueOn[lang]}</th>
          {p.late ? <th scope="col">{m.daysLate[lang]}</th> : null}
          {p.money ? <th scope="col">{m.amountShown[lang]}</th> : null}
        </tr>
      </thead>
      <tbody>
        {p.items.map((i) => (
          <tr key={i.id}>
            <td>
              <a href={agreementPath(i.agreementId)}>{i.reference}</a>
            </td>
            <td>{i.organizationName}</td>
            <td>
              {i.number === null ? i.label : fill(m.instalmentN[lang], { n: i.number })}
              {i.number !== null && i.label ? ` · ${i.label}` : ''}
            </td>
            <td class="nowrap">{formatDate(i.dueOn, lang)}</td>
            {p.late ? <td>{formatNumber(i.daysLate, lang)}</td> : null}
            {p.money ? <td class="nowrap">{formatMoney(i.amountCents ?? 0, lang)}</td> : null}
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

type AgingSection = {
  id: string
  title: Localized
  items: AgingOutput['overdueDeliverables']
  late: boolean
  money: boolean
  buckets?: AgingOutput['deliverableBuckets']
}

/** The view's four lists in order: overdue (with their age buckets), then due soon. */
function sectionsOf(aging: AgingOutput): AgingSection[] {
  return [
    {
      id: 'overdue-deliverables',
      title: m.overdueDeliverables,
      items: aging.overdueDeliverables,
      late: true,
      money: false,
      buckets: aging.deliverableBuckets,
    },
    {
      id: 'unpaid-instalments',
      title: m.unpaidInstalments,
      items: aging.unpaidInstalments,
      late: true,
      money: true,
      buckets: aging.instalmentBuckets,
    },
    {
      id: 'due-soon-deliverables',
      title: m.dueSoonDeliverables,
      items: aging.dueSoonDeliverables,
      late: false,
      money: false,
    },
    {
      id: 'due-soon-instalments',
      title: m.dueSoonInstalments,
      items: aging.dueSoonInstalments,
      late: false,
      money: true,
    },
  ]
}

function AgingSections(p: { lang: Lang; aging: AgingOutput }) {
  const { lang } = p
  return (
    <>
      {sectionsOf(p.aging).map((s) => (
        <section key={s.id}>
          <h2 id={s.id}>{s.title[lang]}</h2>
          {s.buckets ? (
            <BucketTable
              lang={lang}
              caption={`${s.title[lang]} — ${m.byAge[lang]}`}
              buckets={s.buckets}
              money={s.money}
            />
          ) : null}
          <ItemTable lang={lang} caption={s.title[lang]} items={s.items} late={s.late} money={s.money} />
        </section>
      ))}
    </>
  )
}

/** The aging view (`partners.read`): overdue obligations by age with totals, and what falls due within 30 days. */
export function registerAgingPage(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(AGING, { schema: { hide: true } }, async (request, reply) => {
    const aging = await getAging(ctxOf(request, deps))
    const lang = request.lang
    return sendPage(
      reply,
      <AppPage request={request} nav={deps.nav} title={m.aging[lang]}>
        <h1>{m.aging[lang]}</h1>
        <p class="lead">{fill(m.agingLead[lang], { today: formatDate(aging.today, lang) })}</p>
        <p>
          <a href={EXPORT_XLSX}>{m.export[lang]}</a>
        </p>
        <AgingSections lang={lang} aging={aging} />
      </AppPage>,
    )
  })
}
