import type { Actor } from '../../access/index.js'
import type { PersonSection } from '../../people/index.js'
import { civilDate } from '../../territory/index.js'
import type { Lang } from '../../../platform/views/i18n.js'
import { canSeeProfile } from './candidate.access.js'
import { CANDIDATES } from './candidate-list.pages.js'
import { personSectionText as s, candidateText as t } from './candidate.messages.js'
import { canReadProfiles, canWriteProfiles } from './candidate.policy.js'
import type { ProfileRow } from './candidate.queries.js'
import { findProfileOfPerson, hasJobMatchingConsent } from './candidate.queries.js'

type Facts = { personId: string; profile: ProfileRow | undefined; consent: boolean; seen: boolean }

function Body(p: { facts: Facts; actor: Actor; lang: Lang }) {
  const { facts, lang } = p
  const { profile } = facts
  if (profile && facts.seen) {
    return (
      <p>
        {s.hasProfile[lang]} ({profile.closedAt ? t.closed[lang] : t.open[lang]}).{' '}
        <a href={`${CANDIDATES}/${profile.id}`}>{t.seeProfile[lang]}</a>
      </p>
    )
  }
  if (!facts.consent) {
    return <p>{profile ? t.consentWithdrawn[lang] : `${t.consentMissing[lang]} ${s.consentFirst[lang]}`}</p>
  }
  if (profile) return <p>{t.profileExists[lang]}</p>
  return (
    <>
      <p>{s.noProfile[lang]}</p>
      {canWriteProfiles(p.actor) ? (
        <p>
          <a class="qc-button qc-secondary" href={`${CANDIDATES}/nouveau?personne=${facts.personId}`}>
            {s.create[lang]}
          </a>
        </p>
      ) : null}
    </>
  )
}

/**
 * The person's page's section on job matching (drawn by the people module through `PersonSection`): the person's
 * candidate profile if the caller reaches it, else the way to create one, or what is missing first (the consent).
 */
export const candidateProfileSection: PersonSection = async (request, deps, person) => {
  const actor = request.actor
  if (!actor || !canReadProfiles(actor)) return null
  const [profile, consent] = await Promise.all([
    findProfileOfPerson(deps.db, person.id),
    hasJobMatchingConsent(deps.db, person.id, civilDate(deps.now())),
  ])
  const seen = !!profile && consent && canSeeProfile(request.scope, profile)
  return (
    <section>
      <h2>{s.title[request.lang]}</h2>
      <Body facts={{ personId: person.id, profile, consent, seen }} actor={actor} lang={request.lang} />
    </section>
  )
}
