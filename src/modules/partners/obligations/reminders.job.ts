import {
  type Ctx,
  enqueueMail,
  inTransaction,
  type Job,
  listUsersWithRole,
  type Mail,
  type RoleRecipient,
  type Scope,
} from '../../access/index.js'
import { civilDate } from '../../../platform/clock.js'
import { formatDate, formatMoney, type Lang } from '../../../platform/views/i18n.js'
import { listOpenDeliverables, listUnpaidInstalments, type OpenObligationRow } from './aging.queries.js'
import { DUE_SOON_DAYS, INSTALMENT_NOTICE_DAYS } from './aging.service.js'
import { addDays } from '../../../platform/civil-date.js'
import { fill } from './obligation.messages.js'
import { remindersSent } from './obligation.schema.js'
import { reminderText as m } from './reminders.messages.js'

type Kind = (typeof remindersSent.$inferInsert)['kind']
type Reminder = OpenObligationRow & { kind: Kind }

async function candidates(ctx: Ctx, today: string): Promise<Reminder[]> {
  const deliverables = await listOpenDeliverables(ctx.db, 'all', { until: addDays(today, DUE_SOON_DAYS) })
  const instalments = await listUnpaidInstalments(ctx.db, 'all', { until: addDays(today, INSTALMENT_NOTICE_DAYS) })
  return [
    ...deliverables.map((d) => ({
      ...d,
      kind: d.dueOn < today ? ('deliverable_overdue' as const) : ('deliverable_due' as const),
    })),
    ...instalments.map((i) => ({ ...i, kind: 'instalment_due' as const })),
  ]
}

/** Records the reminders as sent; only those not sent before (same kind, record and due date) come back. */
async function claim(tx: Ctx, reminders: Reminder[]): Promise<Reminder[]> {
  const claimed = new Set<string>()
  for (let at = 0; at < reminders.length; at += 1000) {
    const batch = reminders.slice(at, at + 1000)
    const rows = await tx.db
      .insert(remindersSent)
      .values(batch.map((r) => ({ kind: r.kind, recordId: r.id, dueOn: r.dueOn, sentAt: tx.now })))
      .onConflictDoNothing()
      .returning({ kind: remindersSent.kind, recordId: remindersSent.recordId })
    for (const row of rows) claimed.add(`${row.kind}:${row.recordId}`)
  }
  return reminders.filter((r) => claimed.has(`${r.kind}:${r.id}`))
}

function line(r: Reminder, lang: Lang): string {
  const what =
    r.number === null
      ? (r.label ?? '')
      : `${fill(m.instalment[lang], { n: r.number })} (${formatMoney(r.amountCents ?? 0, lang)})`
  return `- ${formatDate(r.dueOn, lang)} · ${r.reference} · ${r.organizationName} · ${what}`
}

/** The due-dates page as an absolute link when the public address is known (a mail has no page to be relative to). */
function dueDatesUrl(publicUrl: string | undefined, lang: Lang): string {
  const path = lang === 'fr' ? '/app/ententes/echeances' : '/app/ententes/echeances?lang=en'
  return publicUrl ? `${publicUrl.replace(/\/+$/, '')}${path}` : path
}

/** One director's digest in their language: a section per kind of reminder, each item on a line. */
export function digest(to: string, items: Reminder[], lang: Lang, publicUrl?: string): Mail {
  const sections = (['deliverable_overdue', 'deliverable_due', 'instalment_due'] as const)
    .map((kind) => ({ kind, list: items.filter((i) => i.kind === kind) }))
    .filter((s) => s.list.length > 0)
    .map((s) => [m[s.kind][lang], ...s.list.map((i) => line(i, lang))].join('\n'))
  return {
    topic: 'partners.reminder',
    to,
    subject: fill((items.length === 1 ? m.subject : m.subjectMany)[lang], { n: items.length }),
    text: [m.intro[lang], ...sections, fill(m.outro[lang], { url: dueDatesUrl(publicUrl, lang) })].join('\n\n'),
  }
}

/** Each distinct grant (scope kind and reference) resolved once: many directors share a region. */
async function scopesOf(tx: Ctx, directors: readonly RoleRecipient[], today: string) {
  const key = (d: RoleRecipient) => `${d.scopeKind}:${d.scopeRef ?? ''}`
  const scopes = new Map<string, Scope | undefined>()
  for (const d of directors) {
    if (!scopes.has(key(d)))
      scopes.set(key(d), await tx.resolveScope(tx.db, { kind: d.scopeKind, ref: d.scopeRef }, today))
  }
  return (director: RoleRecipient) => scopes.get(key(director))
}

/**
 * Mails each director one digest of what is new since the last run in the regions their scope covers: deliverables due
 * within 30 days or overdue, instalments planned within 7 days or overdue and unpaid. Each reminder is claimed once in
 * `reminders_sent`, so a second run sends nothing; a reminder no director covers is claimed all the same.
 */
export async function sendReminders(ctx: Ctx, publicUrl?: string) {
  const today = civilDate(ctx.now)
  return inTransaction(ctx, async (tx) => {
    const fresh = await claim(tx, await candidates(tx, today))
    const mails: Mail[] = []
    if (fresh.length > 0) {
      const directors = await listUsersWithRole(tx.db, 'director')
      const scopeOf = await scopesOf(tx, directors, today)
      for (const director of directors) {
        const scope = scopeOf(director)
        const items = fresh.filter((r) => scope?.coversRegion(r.regionCode))
        if (items.length > 0) mails.push(digest(director.email, items, director.locale, publicUrl))
      }
      await enqueueMail(tx.db, mails, tx.now)
    }
    const count = (kind: Kind) => fresh.filter((r) => r.kind === kind).length
    return {
      deliverablesDue: count('deliverable_due'),
      deliverablesOverdue: count('deliverable_overdue'),
      instalmentsDue: count('instalment_due'),
      mails: mails.length,
    }
  })
}

/** The daily reminder job; its mails link to the site's public address (`ESCALE_PUBLIC_URL`). */
export function remindersJob(publicUrl?: string): Job {
  return { name: 'partners.reminders', everySeconds: 86_400, run: (ctx) => sendReminders(ctx, publicUrl) }
}
