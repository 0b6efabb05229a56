import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { AppPage, ctxOf, type ModuleDeps } from '../../access/index.js'
import { idParams } from '../../../platform/http/schemas.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import { DetailsList } from '../../../platform/views/form.js'
import { formatDate, formatMoney, formatNumber, type Lang, localName } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table, TableHead } from '../../../platform/views/table.js'
import { fiscalYearLabel } from '../agreements/fiscal-years.js'
import { instalmentStatusLabels } from '../obligations/obligation.messages.js'
import { getOwnAgreement, listOwnAgreements, type OwnAgreement } from './portal-agreement.service.js'
import { type OrganizationAgreement, PORTAL_AGREEMENT_LIMIT } from './portal-agreement.queries.js'
import { agreementStatusLabels, deliverableStatusLabels, listLimitText, reportText as m } from './report.messages.js'
import { ReportTable } from './report-views.js'

/** The portal's agreements of the partner's organization. */
export const PORTAL_AGREEMENTS = '/partenaires/ententes'
const program = (a: OrganizationAgreement, lang: Lang) => localName(lang, { nameFr: a.programFr, nameEn: a.programEn })
const period = (a: { startOn: string; endOn: string }, lang: Lang) =>
  `${formatDate(a.startOn, lang)} – ${formatDate(a.endOn, lang)}`

function AgreementList(p: { request: FastifyRequest; deps: ModuleDeps; agreements: OrganizationAgreement[] }) {
  const lang = p.request.lang
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.agreements[lang]} homeHref="/partenaires">
      <Breadcrumb lang={lang} trail={[{ href: '/partenaires', label: m.portal[lang] }]} current={m.agreements[lang]} />
      <h1>{m.agreements[lang]}</h1>
      {p.agreements.length >= PORTAL_AGREEMENT_LIMIT && (
        <p>{listLimitText.firstAgreements(formatNumber(PORTAL_AGREEMENT_LIMIT, lang))[lang]}</p>
      )}
      {p.agreements.length === 0 ? (
        <p>{m.noAgreements[lang]}</p>
      ) : (
        <Table label={m.agreements[lang]}>
          <TableHead lang={lang} heads={[m.reference, m.title, m.program, m.period, m.total, m.status]} />
          <tbody>
            {p.agreements.map((a) => (
              <tr key={a.id}>
                <td>
                  <a href={`${PORTAL_AGREEMENTS}/${a.id}`}>{a.reference}</a>
                </td>
                <td>{a.title}</td>
                <td>{program(a, lang)}</td>
                <td>{period(a, lang)}</td>
                <td>{formatMoney(a.totalCents, lang)}</td>
                <td>{agreementStatusLabels[a.status][lang]}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </AppPage>
  )
}

function Schedule(p: { lang: Lang; view: OwnAgreement }) {
  const { lang } = p
  if (p.view.schedule.length === 0) return <p>{m.noSchedule[lang]}</p>
  return (
    <Table label={m.schedule[lang]}>
      <TableHead lang={lang} heads={[m.plannedOn, m.amount, m.condition, m.paid, m.paidOn]} />
      <tbody>
        {p.view.schedule.map((i) => (
          <tr key={i.number}>
            <td>{formatDate(i.plannedOn, lang)}</td>
            <td>{formatMoney(i.amountCents, lang)}</td>
            <td>{i.condition ?? ''}</td>
            <td>{(i.paidOn ? m.yes : m.no)[lang]}</td>
            <td>{i.paidOn ? formatDate(i.paidOn, lang) : ''}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

function Deliverables(p: { lang: Lang; view: OwnAgreement; canReport: boolean }) {
  const { lang } = p
  if (p.view.deliverables.length === 0) return <p>{m.noDeliverables[lang]}</p>
  const newReport = `${PORTAL_AGREEMENTS}/${p.view.agreement.id}/rapports/nouveau`
  return (
    <Table label={m.deliverables[lang]}>
      <TableHead lang={lang} heads={[m.deliverable, m.dueOn, m.status, m.reviewComment]} />
      <tbody>
        {p.view.deliverables.map((d) => (
          <tr key={d.id}>
            <td>
              {p.canReport && (d.status === 'due' || d.status === 'returned') ? (
                <a href={`${newReport}?livrable=${d.id}`}>{d.title}</a>
              ) : (
                d.title
              )}
            </td>
            <td>{formatDate(d.dueOn, lang)}</td>
            <td>
              {deliverableStatusLabels[d.status][lang]}
              {d.overdue ? <strong> · {instalmentStatusLabels.overdue[lang]}</strong> : null}
            </td>
            <td>{d.status === 'returned' ? (d.reviewComment ?? '') : ''}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

function AgreementFacts(p: { lang: Lang; view: OwnAgreement }) {
  const { lang } = p
  const a = p.view.agreement
  const volet = a.voletFr && a.voletEn ? localName(lang, { nameFr: a.voletFr, nameEn: a.voletEn }) : null
  return (
    <>
      <DetailsList
        rows={[
          [m.reference[lang], a.reference],
          [m.program[lang], volet ? `${program(a, lang)} — ${volet}` : program(a, lang)],
          [m.period[lang], period(a, lang)],
          [m.total[lang], formatMoney(a.totalCents, lang)],
          [m.status[lang], agreementStatusLabels[a.status][lang]],
          [m.objectives[lang], a.objectives],
        ]}
      />
      <h2>{m.amounts[lang]}</h2>
      <Table label={m.amounts[lang]}>
        <TableHead lang={lang} heads={[m.fiscalYear, m.amount]} />
        <tbody>
          {p.view.amounts.map((y) => (
            <tr key={y.fiscalYear}>
              <td>{fiscalYearLabel(y.fiscalYear)}</td>
              <td>{formatMoney(y.amountCents, lang)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  )
}

function AgreementDetails(p: { request: FastifyRequest; deps: ModuleDeps; view: OwnAgreement }) {
  const lang = p.request.lang
  const a = p.view.agreement
  const canReport = a.status !== 'preparation'
  const base = `${PORTAL_AGREEMENTS}/${a.id}`
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={`${a.reference} — ${a.title}`} homeHref="/partenaires">
      <Breadcrumb
        lang={lang}
        trail={[
          { href: '/partenaires', label: m.portal[lang] },
          { href: PORTAL_AGREEMENTS, label: m.agreements[lang] },
        ]}
        current={a.reference}
      />
      <h1>{a.title}</h1>
      <AgreementFacts lang={lang} view={p.view} />
      <h2>{m.schedule[lang]}</h2>
      <Schedule lang={lang} view={p.view} />
      <h2>{m.deliverables[lang]}</h2>
      <Deliverables lang={lang} view={p.view} canReport={canReport} />
      <h2>{m.reports[lang]}</h2>
      {canReport ? (
        <p>
          <a class="qc-button qc-primary" href={`${base}/rapports/nouveau`}>
            {m.newReport[lang]}
          </a>
        </p>
      ) : (
        <p>{m.cannotReportYet[lang]}</p>
      )}
      <ReportTable lang={lang} reports={p.view.reports} hrefOf={(r) => `${base}/rapports/${r.id}`} />
    </AppPage>
  )
}

/** The portal's agreement pages: the organization's agreements, and one with its payments, deliverables, reports. */
export function registerPortalAgreementPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(PORTAL_AGREEMENTS, { schema: { hide: true } }, async (request, reply) => {
    const agreements = await listOwnAgreements(ctxOf(request, deps))
    return sendPage(reply, <AgreementList request={request} deps={deps} agreements={agreements} />)
  })
  app.get(`${PORTAL_AGREEMENTS}/:id`, { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const view = await getOwnAgreement(ctxOf(request, deps), request.params.id)
    return sendPage(reply, <AgreementDetails request={request} deps={deps} view={view} />)
  })
}
