import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { Localized } from '../../../platform/errors.js'
import { DetailsList } from '../../../platform/views/form.js'
import { formatDateTime, formatNumber, type Lang } from '../../../platform/views/i18n.js'
import { SdgNotice } from '../../../platform/views/notice.js'
import { sendPage } from '../../../platform/views/render.js'
import { Table } from '../../../platform/views/table.js'
import { ctxOf, type ModuleDeps } from '../deps.js'
import { AppPage } from '../shell/app-page.js'
import { listOutbox, type OutboxEntry, type OutboxMessage, readOutboxMessage } from './outbox.service.js'

export const OUTBOX_PAGE = '/app/admin/courriels'

const m = {
  title: { fr: 'Courriels', en: 'Mail' },
  intro: {
    fr: 'Les courriels de l’application (rappels, liens de réinitialisation), du plus récent au plus ancien. La tâche « mail.send » les envoie chaque minute par le serveur SMTP configuré (SMTP_URL), en cinq essais au plus ; sans serveur SMTP, ils restent ici.',
    en: 'The application’s mail (reminders, reset links), newest first. The “mail.send” job sends it every minute through the configured SMTP server (SMTP_URL), in five attempts at most; without an SMTP server, it stays here.',
  },
  cols: { fr: ['Date', 'Type', 'Destinataire', 'Objet', 'État'], en: ['Date', 'Type', 'To', 'Subject', 'Status'] },
  none: { fr: 'Aucun courriel.', en: 'No mail.' },
  older: { fr: 'Courriels plus anciens', en: 'Older mail' },
  newer: { fr: 'Courriels plus récents', en: 'Newer mail' },
  pending: { fr: 'Dans la boîte d’envoi', en: 'In the outbox' },
  retrying: { fr: 'Dans la boîte d’envoi ({n} essais échoués)', en: 'In the outbox ({n} failed attempts)' },
  sent: { fr: 'Envoyé', en: 'Sent' },
  failed: { fr: 'Échec après {n} essais', en: 'Failed after {n} attempts' },
  secretTitle: { fr: 'Contenu confidentiel', en: 'Confidential content' },
  secret: {
    fr: 'Un lien de réinitialisation de mot de passe est un secret : tant qu’il est valide, il donne accès au compte. Ne le copiez pas et ne le transmettez à personne d’autre que la personne concernée. Cette consultation est inscrite au journal d’audit.',
    en: 'A password reset link is a secret: while it is valid, it gives access to the account. Do not copy it or pass it to anyone but the person concerned. This reading is recorded in the audit log.',
  },
  fields: {
    fr: ['Date', 'Type', 'Destinataire', 'Objet', 'État', 'Envoyé le', 'Dernière erreur'],
    en: ['Date', 'Type', 'To', 'Subject', 'Status', 'Sent', 'Last error'],
  },
  text: { fr: 'Texte du courriel', en: 'Text of the message' },
  back: { fr: 'Retour aux courriels', en: 'Back to the mail' },
} satisfies Record<string, Localized | Record<Lang, string[]>>

/** The known kinds of mail by name; another topic shows as its code. */
const topicLabels: Record<string, Localized> = {
  'password.reset': { fr: 'Réinitialisation du mot de passe', en: 'Password reset' },
  'partners.reminder': { fr: 'Rappel d’échéances', en: 'Due-date reminder' },
}

/** Only a reset message carries a secret link (the warning elsewhere would teach admins to ignore it). */
const SECRET_TOPIC = 'password.reset'

function topicText(topic: string, lang: Lang): string {
  return topicLabels[topic]?.[lang] ?? topic
}

function statusText(e: OutboxEntry, lang: Lang): string {
  const n = formatNumber(e.attempts, lang)
  if (e.status === 'sent') return m.sent[lang]
  if (e.status === 'failed') return m.failed[lang].replace('{n}', n)
  return e.attempts > 0 ? m.retrying[lang].replace('{n}', n) : m.pending[lang]
}

function OutboxTable(p: { entries: OutboxEntry[]; lang: Lang }) {
  const { lang } = p
  return (
    <Table label={m.title[lang]}>
      <thead>
        <tr>
          {m.cols[lang].map((c) => (
            <th scope="col">{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {p.entries.map((e) => (
          <tr key={e.id}>
            <td>{formatDateTime(e.createdAt, lang)}</td>
            <td>{topicText(e.topic, lang)}</td>
            <td>{e.to}</td>
            <th scope="row">
              <a href={`${OUTBOX_PAGE}/${e.id}`}>{e.subject}</a>
            </th>
            <td>{statusText(e, lang)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}

function Paging(p: { page: number; more: boolean; lang: Lang }) {
  const { page, lang } = p
  if (page === 1 && !p.more) return null
  return (
    <nav aria-label={m.title[lang]} class="pagination">
      {page > 1 ? <a href={`${OUTBOX_PAGE}?page=${page - 1}`}>{m.newer[lang]}</a> : null}{' '}
      {p.more ? <a href={`${OUTBOX_PAGE}?page=${page + 1}`}>{m.older[lang]}</a> : null}
    </nav>
  )
}

/** A message's details as label and value rows, in the order of `m.fields`. */
function detailRows(mail: OutboxMessage, lang: Lang): [string, string | null][] {
  const f = m.fields[lang]
  return [
    [f[0]!, formatDateTime(mail.createdAt, lang)],
    [f[1]!, topicText(mail.topic, lang)],
    [f[2]!, mail.to],
    [f[3]!, mail.subject],
    [f[4]!, statusText(mail, lang)],
    [f[5]!, mail.sentAt ? formatDateTime(mail.sentAt, lang) : null],
    [f[6]!, mail.lastError],
  ]
}

const listQuery = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1) })
const messageParams = z.object({ id: z.string().max(100) })

/** The admins' outbox: every message the application sent or holds, and one message's text (audited). */
export function registerOutboxPages(root: FastifyInstance, deps: ModuleDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>()
  app.get(OUTBOX_PAGE, { schema: { hide: true, querystring: listQuery } }, async (request, reply) => {
    const { entries, more } = await listOutbox(ctxOf(request, deps), request.query.page)
    const lang = request.lang
    const page = (
      <AppPage request={request} nav={deps.nav} title={m.title[lang]}>
        <h1>{m.title[lang]}</h1>
        <p>{m.intro[lang]}</p>
        {entries.length === 0 ? <p>{m.none[lang]}</p> : <OutboxTable entries={entries} lang={lang} />}
        <Paging page={request.query.page} more={more} lang={lang} />
      </AppPage>
    )
    return sendPage(reply, page)
  })

  app.get(`${OUTBOX_PAGE}/:id`, { schema: { hide: true, params: messageParams } }, async (request, reply) => {
    const mail = await readOutboxMessage(ctxOf(request, deps), request.params.id)
    const rows = detailRows(mail, request.lang)
    return sendPage(
      reply,
      <MessagePage
        request={request}
        deps={deps}
        subject={mail.subject}
        rows={rows}
        text={mail.text}
        secret={mail.topic === SECRET_TOPIC}
      />,
    )
  })
}

/** A plain-text message as paragraphs (blank lines) and line breaks, wrapped to the page's width. */
function MailText(p: { text: string }) {
  return (
    <div class="mail-text">
      {p.text
        .split(/\n{2,}/)
        .filter((para) => para.trim() !== '')
        .map((para) => (
          <p>{para.split('\n').flatMap((line, i) => (i === 0 ? [line] : [<br />, line]))}</p>
        ))}
    </div>
  )
}

function MessagePage(p: {
  request: Parameters<typeof AppPage>[0]['request']
  deps: ModuleDeps
  subject: string
  rows: [string, string | null][]
  text: string
  secret: boolean
}) {
  const lang = p.request.lang
  return (
    <AppPage request={p.request} nav={p.deps.nav} title={p.subject}>
      <h1>{p.subject}</h1>
      {p.secret ? (
        <SdgNotice lang={lang} type="warning" title={m.secretTitle[lang]}>
          <p>{m.secret[lang]}</p>
        </SdgNotice>
      ) : null}
      <DetailsList rows={p.rows} />
      <h2>{m.text[lang]}</h2>
      <MailText text={p.text} />
      <p>
        <a href={OUTBOX_PAGE}>{m.back[lang]}</a>
      </p>
    </AppPage>
  )
}
