import type { RegionProfile } from '../../territory/index.js'
import { SdgNotice } from '../../../platform/views/form.js'
import { type Lang, localName } from '../../../platform/views/i18n.js'
import { contactText as c, regionText as m } from '../public-site.messages.js'
import { ContactList, ServicePointList } from '../regions/region-contacts.js'

/** Whether a region has something to show on the contact page: an email, a phone number or a service point. */
const isReachable = (p: RegionProfile) => p.contacts.length > 0 || p.servicePoints.length > 0

/** One region's ways to reach the ministry: its directorate, its email and phone links, its service points. */
function RegionContacts(p: { lang: Lang; profile: RegionProfile }) {
  const { lang, profile } = p
  const { region } = profile
  const headingId = `region-${region.code}`
  return (
    <section aria-labelledby={headingId} class="contact-region">
      <h2 id={headingId}>
        <a href={`/${lang}/regions/${region.slug}`}>{localName(lang, region)}</a>
      </h2>
      {profile.directorate ? (
        <p>
          {c.directorate[lang]}
          {lang === 'fr' ? ' : ' : ': '}
          {localName(lang, profile.directorate)}
        </p>
      ) : null}
      {profile.contacts.length > 0 ? <ContactList lang={lang} contacts={profile.contacts} /> : null}
      {profile.servicePoints.length > 0 ? (
        <>
          <h3>{m.pointsTitle[lang]}</h3>
          <ServicePointList lang={lang} points={profile.servicePoints} />
        </>
      ) : null}
    </section>
  )
}

/**
 * "Nous joindre": every region that can be reached (email, phone, service points), then, in one notice, the regions
 * with nothing listed yet, each linking to its page.
 */
export function ContactPage(p: { lang: Lang; profiles: RegionProfile[] }) {
  const { lang } = p
  const reachable = p.profiles.filter(isReachable)
  const others = p.profiles.filter((r) => !isReachable(r))
  return (
    <>
      <p class="lead">{c.intro[lang]}</p>
      {reachable.length === 0 ? <p>{c.none[lang]}</p> : null}
      {reachable.map((profile) => (
        <RegionContacts key={profile.region.code} lang={lang} profile={profile} />
      ))}
      {others.length > 0 ? (
        <SdgNotice lang={lang} type="information" title={c.othersTitle[lang]} class="contact-others">
          <p>{c.othersIntro[lang]}</p>
          <ul>
            {others.map(({ region }) => (
              <li key={region.code}>
                <a href={`/${lang}/regions/${region.slug}`}>{localName(lang, region)}</a>
              </li>
            ))}
          </ul>
          {reachable.length > 0 ? <p>{c.othersMeanwhile[lang]}</p> : null}
        </SdgNotice>
      ) : null}
    </>
  )
}
