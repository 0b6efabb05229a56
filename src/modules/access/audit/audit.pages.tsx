import type { FastifyInstance } from 'fastify'
import { sendPage } from '../../../platform/views/render.js'
import { assertCan } from '../policy.js'
import { ctxOf, type ModuleDeps } from '../deps.js'
import { AppPage } from '../shell/app-page.js'
import { listAuditEntries } from './audit.queries.js'

const PAGE = 100
const m = {
  title: { fr: "Journal d'audit", en: 'Audit log' },
  intro: {
    fr: 'Qui a fait quoi, sur quel enregistrement et quand. Le journal est en ajout seulement : il ne peut être ni modifié ni effacé.',
    en: 'Who did what to which record, and when. The log is append-only: it cannot be changed or erased.',
  },
  cols: { fr: ['Moment', 'Par', 'Action', 'Enregistrement', 'Motif'], en: ['When', 'By', 'Action', 'Record', 'Reason'] },
  system: { fr: 'système', en: 'system' },
  older: { fr: 'Événements plus anciens', en: 'Older events' },
  none: { fr: 'Aucun événement.', en: 'No events.' },
}

/** The audit log, newest first, 100 events a page. */
export function registerAuditPages(app: FastifyInstance, deps: ModuleDeps): void {
  app.get('/app/admin/journal', async (request, reply) => {
    const ctx = ctxOf(request, deps)
    assertCan(ctx.actor, 'audit.read')
    const before = Number((request.query as Record<string, unknown>).avant)
    const entries = await listAuditEntries(ctx.db, { limit: PAGE, before: Number.isInteger(before) && before > 0 ? before : undefined })
    const lang = request.lang
    const fmt = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'America/Toronto' })
    return sendPage(
      reply,
      <AppPage request={request} nav={deps.nav} title={m.title[lang]}>
        <h1>{m.title[lang]}</h1>
        <p>{m.intro[lang]}</p>
        {entries.length === 0 ? <p>{m.none[lang]}</p> : (
          <table>
            <thead><tr>{m.cols[lang].map((c) => <th scope="col">{c}</th>)}</tr></thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{fmt.format(e.occurredAt)}</td>
                  <td>{e.actorEmail ?? m.system[lang]}</td>
                  <td><code>{e.action}</code></td>
                  <td>{e.entityType} <code>{e.entityId ?? ''}</code></td>
                  <td>{e.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {entries.length === PAGE ? <p><a href={`/app/admin/journal?avant=${entries[entries.length - 1]!.id}`}>{m.older[lang]}</a></p> : null}
      </AppPage>,
    )
  })
}
