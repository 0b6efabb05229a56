import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AppPage, can, ctxOf, type ModuleDeps } from '../../access/index.js'
import { formatDate, formatNumber, type Lang } from '../../../platform/views/i18n.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table } from '../../../platform/views/table.js'
import { workKindLabels, workText as m } from './work.messages.js'
import { type WorkKind, workKinds } from './work.queries.js'
import { getMyWork, type Work, type WorkCounts, type WorkItem } from './work.service.js'

/** The agent's work queue. */
export const MY_WORK = '/app/mon-travail'

/** The items of one kind, soonest first, each linked to where it is handled; overdue ones say so. */
function KindTable(p: { lang: Lang; kind: WorkKind; items: WorkItem[] }) {
  const { lang } = p
  return (
    <Table label={workKindLabels[p.kind][lang]}>
      <thead>
        <tr>
          {[m.due, m.who, m.dossier, m.detail].map((h) => (
            <th scope="col" key={h.en}>
              {h[lang]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {p.items.map((item) => (
          <tr key={`${item.href}-${item.dueOn}-${item.detail ?? ''}`}>
            <td>
              {formatDate(item.dueOn, lang)}
              {item.overdue ? <strong> — {m.overdue[lang]}</strong> : null}
            </td>
            <td>
              <a href={item.href}>{item.name}</a>
            </td>
            <td class="nowrap">{item.dossierNumber ?? ''}</td>
            <td>{item.detail ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

/** One kind of work: its heading with the count, and its items (or a line saying there are none). */
function KindSection(p: { lang: Lang; kind: WorkKind; items: WorkItem[] }) {
  const { lang, kind } = p
  const id = `work-${kind}`
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {workKindLabels[kind][lang]} ({formatNumber(p.items.length, lang)})
      </h2>
      {p.items.length === 0 ? <p>{m.none[lang]}</p> : <KindTable lang={lang} kind={kind} items={p.items} />}
    </section>
  )
}

/** The counts per kind of work (directors' totals, and the staff home), each linked to its list. */
export function WorkCountsTable(p: { lang: Lang; counts: WorkCounts; caption: string; linked: boolean }) {
  const { lang } = p
  return (
    <Table label={p.caption}>
      <thead>
        <tr>
          <th scope="col">{m.kind[lang]}</th>
          <th scope="col">{m.total[lang]}</th>
          <th scope="col">{m.late[lang]}</th>
        </tr>
      </thead>
      <tbody>
        {workKinds.map((k) => (
          <tr key={k}>
            <th scope="row">
              {p.linked ? <a href={`${MY_WORK}#work-${k}`}>{workKindLabels[k][lang]}</a> : workKindLabels[k][lang]}
            </th>
            <td>{formatNumber(p.counts[k].total, lang)}</td>
            <td>{formatNumber(p.counts[k].overdue, lang)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

const intro = { agent: m.introAgent, unassigned: m.introUnassigned, region: m.introRegion } as const

function WorkPage(p: { request: FastifyRequest; deps: ModuleDeps; work: Work }) {
  const lang = p.request.lang
  const { work } = p
  const kinds = workKinds.filter((k) => k !== 'request' || (p.request.actor && can(p.request.actor, 'requests.triage')))
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={m.title[lang]}>
      <h1>{m.title[lang]}</h1>
      <p>{intro[work.owner][lang]}</p>
      {work.owner === 'region' ? (
        <WorkCountsTable lang={lang} counts={work.counts} caption={m.countsLabel[lang]} linked={false} />
      ) : (
        kinds.map((k) => <KindSection key={k} lang={lang} kind={k} items={work.items.filter((i) => i.kind === k)} />)
      )}
    </AppPage>
  )
}

/** "Mon travail": the signed-in agent's queue (first meetings, follow-ups, referrals, consents, requests). */
export function registerWorkPage(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(MY_WORK, { schema: { hide: true } }, async (request, reply) => {
    const work = await getMyWork(ctxOf(request, deps))
    return sendPage(reply, <WorkPage request={request} deps={deps} work={work} />)
  })
}
