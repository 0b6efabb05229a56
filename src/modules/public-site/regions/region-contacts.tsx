import type { ContactChannel, RegionContacts } from '../../territory/index.js'
import { colon, type Lang } from '../../../platform/views/i18n.js'
import { regionText as m } from '../public-site.messages.js'

/** A phone number as a tel: link target (the digits, with the country code the numbers are written with). */
const telHref = (phone: string) => `tel:+${phone.replace(/\D/g, '')}`

/** The service points of a region: host, address, city in bold, opening hours in the page's language. */
export function ServicePointList(p: { lang: Lang; points: RegionContacts['servicePoints'] }) {
  return (
    <ul>
      {p.points.map((sp) => {
        const hours = p.lang === 'fr' ? sp.hoursFr : sp.hoursEn
        return (
          <li key={sp.id}>
            {sp.hostName}, {sp.streetAddress}, <strong>{sp.city}</strong>
            {hours ? (
              <>
                <br />
                {hours}
              </>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}

/** A region's contact channels: each email a mailto: link, each phone number a tel: link. */
export function ContactList(p: { lang: Lang; contacts: ContactChannel[] }) {
  const { lang } = p
  return (
    <ul class="contact-list">
      {p.contacts.map((c) => (
        <li key={c.value}>
          {c.kind === 'email' ? m.email[lang] : m.phone[lang]}
          {colon(lang)}
          <a href={c.kind === 'email' ? `mailto:${c.value}` : telHref(c.value)}>{c.value}</a>
        </li>
      ))}
    </ul>
  )
}
