import type { FastifyRequest } from 'fastify'
import { z } from 'zod'
import { ctxOf, type ModuleDeps } from '../../access/index.js'
import { formatDate, formatDateTime, type Lang } from '../../../platform/views/i18n.js'
import { PostForm } from '../../../platform/views/form.js'
import { Notice } from '../../../platform/views/notice.js'
import { Table, TableHead } from '../../../platform/views/table.js'
import type { EnterpriseSection } from '../enterprises/enterprise-sections.js'
import { ENTERPRISES, SERVICES } from './advisor-service-form.pages.js'
import type { AdvisorServiceOutput } from './advisor-service.contracts.js'
import {
  serviceFieldLabels as f,
  followUpNames,
  serviceKindNames,
  serviceText as m,
} from './advisor-service.messages.js'
import { canRecordAdvisorServices } from './advisor-service.policy.js'
import { listAdvisorServices } from './advisor-service.service.js'

/** « Suivi en retard (prévu le 14 oct. 2020) », « Suivi fait (le 2 nov. 2020) », « Aucun suivi prévu ». */
export function followUpOf(s: AdvisorServiceOutput, lang: Lang): string {
  const name = followUpNames[s.followUpStatus][lang]
  if (s.followUpStatus === 'done' && s.followUpDoneAt) return `${name} (${formatDateTime(s.followUpDoneAt, lang)})`
  if (s.followUpOn) return `${name} (${m.due[lang]} ${formatDate(s.followUpOn, lang)})`
  return name
}

function Actions(p: { request: FastifyRequest; service: AdvisorServiceOutput }) {
  const { lang } = p.request
  const s = p.service
  return (
    <td>
      <a href={`${SERVICES}/${s.id}/modifier`} aria-label={`${m.edit[lang]} — ${formatDate(s.servedOn, lang)}`}>
        {m.edit[lang]}
      </a>
      {s.followUpStatus === 'due' || s.followUpStatus === 'overdue' ? (
        <PostForm action={`${SERVICES}/${s.id}/suivi-fait`} csrfToken={p.request.csrfToken}>
          <button class="qc-button qc-tertiary qc-compact" type="submit">
            {m.markDone[lang]}
          </button>
        </PostForm>
      ) : null}
    </td>
  )
}

function Timeline(p: { request: FastifyRequest; services: AdvisorServiceOutput[]; canRecord: boolean }) {
  const { lang } = p.request
  if (p.services.length === 0) return <p>{m.timelineNone[lang]}</p>
  const heads = [f.servedOn, f.kind, f.advisorId, f.outcome, f.followUp, ...(p.canRecord ? [m.actions] : [])]
  return (
    <Table label={m.timeline[lang]}>
      <TableHead lang={lang} heads={heads} />
      <tbody>
        {p.services.map((s) => (
          <tr key={s.id}>
            <td>{formatDate(s.servedOn, lang)}</td>
            <td>{serviceKindNames[s.kind][lang]}</td>
            <td>{s.advisorName ?? m.noAdvisor[lang]}</td>
            <td>{s.outcome ?? '—'}</td>
            <td>{followUpOf(s, lang)}</td>
            {p.canRecord ? <Actions request={p.request} service={s} /> : null}
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

const notices = { saved: m.saved, 'follow-up-done': m.followUpDone } as const
const noticeParam = z.enum(['saved', 'follow-up-done'])

/**
 * What the service pages just did (`?service=` of their redirect), read from the address itself: the enterprise
 * page's own query schema need not know this section's parameter.
 */
function noticeOf(request: FastifyRequest) {
  const value = new URL(request.url, 'http://localhost').searchParams.get('service')
  const parsed = noticeParam.safeParse(value)
  return parsed.success ? parsed.data : undefined
}

/** The enterprise's one timeline of advisor services, newest first, with their follow-ups (a section of its page). */
export const servicesSection: EnterpriseSection = async (request, deps: ModuleDeps, enterprise) => {
  const ctx = ctxOf(request, deps)
  const { lang } = request
  const page = await listAdvisorServices(ctx, { enterpriseId: enterprise.id })
  const canRecord = canRecordAdvisorServices(ctx.actor, ctx.scope, enterprise.regionCode)
  const notice = noticeOf(request)
  return (
    <section id="services">
      <h2 id="services-title">{m.timeline[lang]}</h2>
      {notice ? <Notice lang={lang}>{notices[notice][lang]}</Notice> : null}
      {canRecord ? (
        <p>
          <a class="qc-button qc-secondary" href={`${ENTERPRISES}/${enterprise.id}/services/nouveau`}>
            {m.add[lang]}
          </a>
        </p>
      ) : null}
      <Timeline request={request} services={page.data} canRecord={canRecord} />
      {page.next ? (
        <p>
          <a href={`${SERVICES}?enterpriseId=${enterprise.id}`}>{m.allOfEnterprise[lang]}</a>
        </p>
      ) : null}
    </section>
  )
}
