import type { RegionContacts } from '../../territory/index.js'
import { SdgNotice } from '../../../platform/views/notice.js'
import { colon, type Lang, localName } from '../../../platform/views/i18n.js'
import { contactText as c, regionText as m } from '../public-site.messages.js'
import { ContactList, ServicePointList } from '../regions/region-contacts.js'
import { regionHref } from '../regions/region-paths.js'

/** Whether a region has something to show on the contact page: an email, a phone number or a service point. */
const isReachable = (r: RegionContacts) => r.contacts.length > 0 || r.servicePoints.length > 0

/** One region's ways to reach the ministry: its directorate, its email and phone links, its service points. */
function RegionSection(p: { lang: Lang; region: RegionContacts }) {
  const { lang } = p
  const { region, directorate, contacts, servicePoints } = p.region
  const headingId = `region-${region.code}`
  return (
    <section aria-labelledby={headingId} class="contact-region">
      <h2 id={headingId}>
        <a href={regionHref(lang, region.slug)}>{localName(lang, region)}</a>
      </h2>
      {directorate ? (
        <p>
          {c.directorate[lang]}
          {colon(lang)}
          {localName(lang, directorate)}
        </p>
      ) : null}
      {contacts.length > 0 ? <ContactList lang={lang} contacts={contacts} /> : null}
      {servicePoints.length > 0 ? (
        <>
          <h3>{m.pointsTitle[lang]}</h3>
          <ServicePointList lang={lang} points={servicePoints} />
        </>
      ) : null}
    </section>
  )
}

/** The regions with nothing listed yet, in one notice, each linking to its page, and whom to ask meanwhile. */
function OtherRegions(p: { lang: Lang; regions: RegionContacts[] }) {
  const { lang } = p
  return (
    <SdgNotice lang={lang} type="information" title={c.othersTitle[lang]} class="contact-others">
      <p>{c.othersIntro[lang]}</p>
      <ul>
        {p.regions.map(({ region }) => (
          <li key={region.code}>
            <a href={regionHref(lang, region.slug)}>{localName(lang, region)}</a>
          </li>
        ))}
      </ul>
      <p>{c.othersAsk[lang]}</p>
    </SdgNotice>
  )
}

/**
 * "Nous joindre": every region that can be reached (email, phone, service points), then, in one notice, the regions
 * with nothing listed yet, each linking to its page.
 */
export function ContactPage(p: { lang: Lang; regions: RegionContacts[] }) {
  const { lang } = p
  const reachable = p.regions.filter(isReachable)
  const others = p.regions.filter((r) => !isReachable(r))
  return (
    <>
      <p class="lead">{c.intro[lang]}</p>
      {reachable.length === 0 ? <p>{c.none[lang]}</p> : null}
      {reachable.map((r) => (
        <RegionSection key={r.region.code} lang={lang} region={r} />
      ))}
      {others.length > 0 ? <OtherRegions lang={lang} regions={others} /> : null}
    </>
  )
}
