import type { FastifyRequest } from 'fastify'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { formatDate, formatMoney, type Lang } from '../../../platform/views/i18n.js'
import { Notice, SdgNotice } from '../../../platform/views/notice.js'
import { Table } from '../../../platform/views/table.js'
import type { AgreementSection, AgreementSummary } from '../agreements/agreement-sections.js'
import { listDeliverables } from './deliverable.service.js'
import { getSchedule } from './instalment.service.js'
import type { DeliverableOutput, ScheduleOutput } from './obligation.contracts.js'
import {
  deliverableKindLabels,
  deliverableStatusLabels,
  fill,
  instalmentStatusLabels,
  obligationText as m,
} from './obligation.messages.js'
import { canManageObligations } from './obligation.policy.js'

/** The staff page of an agreement, and of its obligations under it. */
export const agreementPath = (id: string) => `/app/ententes/${id}`

/** What an obligation form just did, shown as a notice on the agreement page it returns to (post/redirect/get). */
const doneNotices = {
  calendrier: m.scheduleSaved,
  paiement: m.paymentSaved,
  'paiement-annule': m.paymentCancelled,
  livrable: m.deliverableAdded,
} as const
export type ObligationDone = keyof typeof doneNotices

/** The agreement page after an obligation form succeeded, at the section it changed. */
export function agreementAfter(id: string, done: ObligationDone): string {
  return `${agreementPath(id)}?obligation=${done}#${done === 'livrable' ? 'deliverables' : 'schedule'}`
}

/** The agreements feature validates its own query; this section reads its parameter from the raw address. */
function doneOf(request: FastifyRequest): ObligationDone | undefined {
  const value = new URL(request.url, 'http://x').searchParams.get('obligation') ?? ''
  return value in doneNotices ? (value as ObligationDone) : undefined
}

const date = (value: string | null, lang: Lang) => (value ? formatDate(value, lang) : '')

/** One instalment of the schedule, with the link that pays it or cancels its payment for those who manage. */
function InstalmentRow(p: {
  lang: Lang
  agreementId: string
  i: ScheduleOutput['instalments'][number]
  manage: boolean
}) {
  const { lang, i } = p
  return (
    <tr>
      <td>{i.number}</td>
      <td class="nowrap">{date(i.plannedOn, lang)}</td>
      <td class="nowrap">{formatMoney(i.amountCents, lang)}</td>
      <td>{i.condition}</td>
      <td class="nowrap">{date(i.paidOn, lang)}</td>
      <td>
        {i.status === 'overdue' ? (
          <strong>{instalmentStatusLabels.overdue[lang]}</strong>
        ) : (
          instalmentStatusLabels[i.status][lang]
        )}
      </td>
      {p.manage ? (
        <td>
          <a href={`${agreementPath(p.agreementId)}/versements/${i.id}/payer`}>
            {i.paidOn ? m.cancelPayment[lang] : m.pay[lang]}
            <span class="qc-sr-only"> ({fill(m.instalmentN[lang], { n: i.number })})</span>
          </a>
        </td>
      ) : null}
    </tr>
  )
}

function ScheduleTable(p: { lang: Lang; agreementId: string; schedule: ScheduleOutput; manage: boolean }) {
  const { lang, schedule } = p
  if (schedule.instalments.length === 0) return <p>{m.noSchedule[lang]}</p>
  return (
    <Table label={m.schedule[lang]}>
      <thead>
        <tr>
          <th scope="col">{m.number[lang]}</th>
          <th scope="col">{m.plannedOn[lang]}</th>
          <th scope="col">{m.amountShown[lang]}</th>
          <th scope="col">{m.condition[lang]}</th>
          <th scope="col">{m.paidOn[lang]}</th>
          <th scope="col">{m.status[lang]}</th>
          {p.manage ? <th scope="col">{m.actions[lang]}</th> : null}
        </tr>
      </thead>
      <tbody>
        {schedule.instalments.map((i) => (
          <InstalmentRow key={i.id} lang={lang} agreementId={p.agreementId} i={i} manage={p.manage} />
        ))}
      </tbody>
    </Table>
  )
}

function DeliverableTable(p: { lang: Lang; agreementId: string; deliverables: DeliverableOutput[] }) {
  const { lang } = p
  if (p.deliverables.length === 0) return <p>{m.noDeliverables[lang]}</p>
  return (
    <Table label={m.deliverables[lang]}>
      <thead>
        <tr>
          <th scope="col">{m.title[lang]}</th>
          <th scope="col">{m.dueOn[lang]}</th>
          <th scope="col">{m.status[lang]}</th>
          <th scope="col">{m.receivedOn[lang]}</th>
          <th scope="col">{m.reviewComment[lang]}</th>
        </tr>
      </thead>
      <tbody>
        {p.deliverables.map((d) => (
          <tr key={d.id}>
            <td>
              <a href={`${agreementPath(p.agreementId)}/livrables/${d.id}`}>{d.title}</a>
              <br />
              {deliverableKindLabels[d.kind][lang]}
            </td>
            <td class="nowrap">{date(d.dueOn, lang)}</td>
            <td>
              {deliverableStatusLabels[d.status][lang]}
              {d.overdue ? <strong> · {instalmentStatusLabels.overdue[lang]}</strong> : null}
            </td>
            <td class="nowrap">{date(d.receivedOn, lang)}</td>
            <td>{d.reviewComment}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

async function drawObligations(request: FastifyRequest, deps: ModuleDeps, agreement: AgreementSummary) {
  const ctx = ctxOf(request, deps)
  const [schedule, deliverables] = [await getSchedule(ctx, agreement.id), await listDeliverables(ctx, agreement.id)]
  const manage = canManageObligations(ctx.actor, ctx.scope, agreement.regionCode)
  const lang = request.lang
  const base = agreementPath(agreement.id)
  const money = (cents: number) => formatMoney(cents, lang)
  const done = doneOf(request)
  return (
    <>
      {done ? <Notice lang={lang}>{doneNotices[done][lang]}</Notice> : null}
      <section>
        <h2 id="schedule">{m.schedule[lang]}</h2>
        <p>
          {fill(m.totals[lang], {
            paid: money(schedule.paidCents),
            scheduled: money(schedule.scheduledCents),
            total: money(schedule.totalCents),
          })}
        </p>
        {schedule.instalments.length > 0 && schedule.scheduledCents !== schedule.totalCents ? (
          // An amendment changed the total after the schedule was set: the instalments no longer add up.
          <SdgNotice lang={lang} type="warning">
            <p>
              {fill(m.scheduleMismatch[lang], {
                scheduled: money(schedule.scheduledCents),
                total: money(schedule.totalCents),
              })}
            </p>
          </SdgNotice>
        ) : null}
        <ScheduleTable lang={lang} agreementId={agreement.id} schedule={schedule} manage={manage} />
        {manage ? (
          <p>
            <a href={`${base}/versements`}>{m.scheduleEdit[lang]}</a>
          </p>
        ) : null}
      </section>
      <section>
        <h2 id="deliverables">{m.deliverables[lang]}</h2>
        <DeliverableTable lang={lang} agreementId={agreement.id} deliverables={deliverables} />
        {manage ? (
          <p>
            <a href={`${base}/livrables/nouveau`}>{m.newDeliverable[lang]}</a>
          </p>
        ) : null}
      </section>
    </>
  )
}

/** The agreement page's payment schedule and deliverables, with the actions of those who may manage them. */
export const obligationsSection: AgreementSection = drawObligations
