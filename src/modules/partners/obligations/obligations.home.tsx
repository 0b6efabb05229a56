import type { FastifyRequest } from 'fastify'
import { can, ctxOf, type HomeSection, type ModuleDeps } from '../../access/index.js'
import { formatDate, formatMoney, formatNumber, type Lang } from '../../../platform/views/i18n.js'
import { Table } from '../../../platform/views/table.js'
import { AGING } from './aging.pages.js'
import { getFollowUp } from './aging.service.js'
import type { AgingItem } from './obligation.contracts.js'
import { fill, obligationText as m } from './obligation.messages.js'
import { agreementPath } from './obligations.section.js'

/** How many items of each list the home shows before the link to the aging view. */
const FIRST = 3

function FirstItems(p: { lang: Lang; items: AgingItem[] }) {
  if (p.items.length === 0) return null
  return (
    <ul>
      {p.items.map((i) => (
        <li key={i.id}>
          <a href={agreementPath(i.agreementId)}>{i.reference}</a> · {i.organizationName} ·{' '}
          {i.number === null
            ? i.label
            : `${fill(m.instalmentN[p.lang], { n: i.number })} (${formatMoney(i.amountCents ?? 0, p.lang)})`}{' '}
          · {formatDate(i.dueOn, p.lang)}
        </li>
      ))}
    </ul>
  )
}

/**
 * The director's reminders on the staff home (`partners.manage`): overdue deliverables, deliverables due within 30
 * days, instalments to pay (planned within 7 days or overdue), with counts, the first few and a link to the aging view.
 */
export const obligationsHomeSection: HomeSection = async (request: FastifyRequest, deps: ModuleDeps) => {
  if (!request.actor || !can(request.actor, 'partners.manage')) return null
  const followUp = await getFollowUp(ctxOf(request, deps), FIRST)
  const lang = request.lang
  const lists = [
    { id: 'home-overdue-deliverables', title: m.overdueDeliverables, list: followUp.overdueDeliverables },
    { id: 'home-due-soon-deliverables', title: m.dueSoonDeliverables, list: followUp.dueSoonDeliverables },
    { id: 'home-instalments-to-pay', title: m.toPay, list: followUp.instalmentsToPay },
  ]
  return (
    <section aria-labelledby="agreement-follow-up">
      <h2 id="agreement-follow-up">{m.homeTitle[lang]}</h2>
      <Table label={m.homeCounts[lang]}>
        <caption>{m.homeCounts[lang]}</caption>
        <tbody>
          {lists.map((l) => (
            <tr key={l.id}>
              <th scope="row">{l.title[lang]}</th>
              <td>{formatNumber(l.list.total, lang)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {lists.map((l) =>
        l.list.total > 0 ? (
          <div key={l.id}>
            <h3 id={l.id}>{l.title[lang]}</h3>
            <FirstItems lang={lang} items={l.list.first} />
          </div>
        ) : null,
      )}
      <p>
        <a href={AGING}>{m.seeAging[lang]}</a>
      </p>
    </section>
  )
}
