import { ctxOf } from '../../access/index.js'
import type { AgreementSection } from '../../partners/index.js'
import { DetailsList } from '../../../platform/views/form.js'
import { referralResponseTime } from './referral-response.queries.js'

const m = {
  title: { fr: 'Délai de réponse aux références', en: 'Referral response time' },
  median: { fr: 'Délai médian (jours)', en: 'Median delay (days)' },
  answered: { fr: 'Références répondues', en: 'Referrals answered' },
  unanswered: { fr: 'Références sans réponse', en: 'Referrals unanswered' },
  help: {
    fr: 'Références envoyées à l’organisme pendant la période de l’entente : jours entre l’envoi et la réponse.',
    en: 'Referrals sent to the organization during the agreement’s period: days between sending and answer.',
  },
}

/**
 * The organization's referral response time over the agreement's period, drawn on the agreement page (partners may not
 * import people, so the root hands this section to the partners plugin) only when the agreement funds referral work.
 * The agreement is already read and scope-checked by the page.
 */
export const referralResponseSection: AgreementSection = async (request, deps, agreement) => {
  if (!agreement.fundsReferrals) return null
  const { db } = ctxOf(request, deps)
  const to = agreement.terminatedOn ?? agreement.endOn
  const time = await referralResponseTime(db, agreement.organizationId, agreement.startOn, to)
  const lang = request.lang
  return (
    <section aria-labelledby="referral-time">
      <h2 id="referral-time">{m.title[lang]}</h2>
      <p>{m.help[lang]}</p>
      <DetailsList
        rows={[
          [m.median[lang], time.medianDays === null ? '—' : String(time.medianDays)],
          [m.answered[lang], String(time.answered)],
          [m.unanswered[lang], String(time.unanswered)],
        ]}
      />
    </section>
  )
}
