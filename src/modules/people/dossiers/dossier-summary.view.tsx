import { colon, formatDate, type Lang } from '../../../platform/views/i18n.js'
import type { DossierOutput } from './dossier.contracts.js'
import {
  channelLabels,
  closureReasonLabels,
  dossierFields as f,
  dossierText as m,
  statusLabels,
} from './dossier.messages.js'
import type { DossierNames } from './dossier.queries.js'

/** The first meeting in words: held on a date, or due by a date and late when it has passed (not only a colour). */
function firstMeeting(d: DossierOutput, lang: Lang): string {
  if (d.firstMeetingOn) return `${m.doneOn[lang]} ${formatDate(d.firstMeetingOn, lang)}`
  const due = `${m.dueOn[lang]} ${formatDate(d.firstMeetingDueOn, lang)}`
  return d.firstMeetingOverdue ? `${due}${colon(lang)}${m.overdue[lang]}` : due
}

/**
 * The dossier's summary as a description list (the shared `DetailsList` takes text only; the person is a link here).
 * Empty values are left out.
 */
export function DossierSummary(p: { lang: Lang; dossier: DossierOutput; names: DossierNames }) {
  const { lang, dossier: d, names } = p
  const rows: [string, string | null][] = [
    [f.number![lang], d.number],
    [f.status![lang], statusLabels[d.status][lang]],
    [f.intakeChannel![lang], channelLabels[d.intakeChannel][lang]],
    [f.agentId![lang], names.agentName ?? m.noAgent[lang]],
    [f.servicePointId![lang], names.servicePointName],
    [f.region![lang], lang === 'fr' ? names.regionNameFr : names.regionNameEn],
    [f.openedOn![lang], formatDate(d.openedOn, lang)],
    [f.startsOn![lang], formatDate(d.startsOn, lang)],
    [f.firstMeeting![lang], firstMeeting(d, lang)],
    // A closed dossier has no follow-up to come (its last planned date may linger); it says when and why it closed.
    [f.nextFollowUpOn![lang], d.status !== 'closed' && d.nextFollowUpOn ? formatDate(d.nextFollowUpOn, lang) : null],
    [f.closedOn![lang], d.status === 'closed' && d.closedOn ? formatDate(d.closedOn, lang) : null],
    [f.closureReason![lang], d.closureReason ? closureReasonLabels[d.closureReason][lang] : null],
    [f.note![lang], d.closureNote],
  ]
  return (
    <section aria-labelledby="summary-title">
      <h2 id="summary-title">{m.summary[lang]}</h2>
      <dl class="details">
        <dt>{f.person![lang]}</dt>
        <dd>
          <a href={`/app/personnes/${d.personId}`}>{names.personName}</a>
        </dd>
        {rows
          .filter(([, v]) => v)
          .map(([label, v]) => (
            <>
              <dt>{label}</dt>
              <dd>{v}</dd>
            </>
          ))}
      </dl>
    </section>
  )
}
