import type { Localized } from '../../../platform/errors.js'
import { colon, formatDate, formatDateTime, type Lang } from '../../../platform/views/i18n.js'
import { modeLabels } from '../interventions/intervention.messages.js'
import { priorityLabels } from '../needs/need.messages.js'
import { statusLabels as referralStatusLabels } from '../referrals/referral.messages.js'
import { dossierText as m, statusLabels } from './dossier.messages.js'
import type { TimelineEntry } from './dossier-view.service.js'

const words = {
  opened: { fr: 'Dossier ouvert', en: 'Dossier opened' },
  status_changed: { fr: 'Changement de statut', en: 'Status changed' },
  closed: { fr: 'Dossier fermé', en: 'Dossier closed' },
  reopened: { fr: 'Dossier rouvert', en: 'Dossier reopened' },
  assigned: { fr: 'Dossier assigné', en: 'Dossier assigned' },
  transferred: { fr: 'Transfert', en: 'Transfer' },
  intervention: { fr: 'Intervention', en: 'Intervention' },
  need: { fr: 'Besoin évalué', en: 'Need assessed' },
  stepCreated: { fr: 'Étape du plan ajoutée', en: 'Plan step added' },
  stepDone: { fr: 'Étape du plan réalisée', en: 'Plan step done' },
  referral: { fr: 'Référence', en: 'Referral' },
  comment: { fr: 'Commentaire', en: 'Comment' },
  organizationComment: { fr: 'Commentaire de l’organisme', en: 'Comment from the organization' },
  staffComment: { fr: 'Commentaire de l’agente ou de l’agent', en: 'Comment from the agent' },
  to: { fr: 'vers', en: 'to' },
  from: { fr: 'de', en: 'from' },
  priority: { fr: 'priorité', en: 'priority' },
  minutes: { fr: 'min', en: 'min' },
} satisfies Record<string, Localized>

const label = <K extends string>(labels: Record<K, Localized>, key: string | null, lang: Lang) =>
  key && key in labels ? labels[key as K][lang] : (key ?? '')

/** A referral event whose status did not change is a comment: said as such, with who wrote it when known. */
function commentLabel(author: string | null): Localized {
  if (author === 'organization') return words.organizationComment
  return author === 'staff' ? words.staffComment : words.comment
}

/** The heading and the line of one entry, in the reader's language. */
function describe(e: TimelineEntry, lang: Lang): [title: string, line: string | null] {
  const pick = (fr: string | null, en: string | null) => (lang === 'fr' ? fr : en) ?? ''
  switch (e.source) {
    case 'dossier': {
      const moved = e.a && e.b ? `${label(statusLabels, e.a, lang)} → ${label(statusLabels, e.b, lang)}` : null
      return [label(words, e.kind, lang), moved]
    }
    case 'transfer':
      return [words.transferred[lang], `${words.from[lang]} ${pick(e.a, e.b)} ${words.to[lang]} ${pick(e.c, e.d)}`]
    case 'intervention':
      return [
        `${words.intervention[lang]}${colon(lang)}${label(modeLabels, e.kind, lang)}`,
        `${e.a} ${words.minutes[lang]}`,
      ]
    case 'need':
      return [
        `${words.need[lang]}${colon(lang)}${pick(e.a, e.b)}`,
        `${words.priority[lang]} ${label(priorityLabels, e.c, lang)}`,
      ]
    case 'step':
      return [e.kind === 'done' ? words.stepDone[lang] : words.stepCreated[lang], null]
    case 'referral':
      return [
        `${words.referral[lang]}${colon(lang)}${e.organizationName ?? ''}`,
        `${e.c ?? ''} — ${e.a === e.b ? commentLabel(e.d)[lang] : label(referralStatusLabels, e.b, lang)}`,
      ]
  }
}

/** When it happened: the date, and the time in Québec for what has one. */
function when(e: TimelineEntry, lang: Lang): string {
  return e.dateOnly ? formatDate(e.at, lang) : formatDateTime(e.at, lang)
}

/** Everything that happened in the dossier, oldest first, as one ordered list. */
export function Timeline(p: { lang: Lang; entries: TimelineEntry[] }) {
  const { lang } = p
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{m.timeline[lang]}</h2>
      {p.entries.length === 0 ? (
        <p>{m.noEvents[lang]}</p>
      ) : (
        <ol>
          {p.entries.map((e, i) => {
            const [title, line] = describe(e, lang)
            return (
              <li key={`${e.source}-${i}`}>
                <p>
                  <time datetime={e.at.toISOString()}>{when(e, lang)}</time>
                  {colon(lang)}
                  <strong>{title}</strong>
                  {line ? ` (${line})` : null}
                </p>
                {e.detail ? <p>{e.detail}</p> : null}
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
