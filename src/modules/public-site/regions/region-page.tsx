import type { PublicOrganization } from '../../partners/index.js'
import { teamParagraphs } from '../../reports/index.js'
import type { ContactChannel, RegionProfile, RegionRow } from '../../territory/index.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import { SdgNotice } from '../../../platform/views/notice.js'
import { colon, type Lang, localName, otherLang } from '../../../platform/views/i18n.js'
import { Layout } from '../../../platform/views/layout.js'
import type { Site } from '../../../platform/views/site.js'
import { infoPaths } from '../info/info-paths.js'
import { contactText, emptyContact, ministry, regionText as m } from '../public-site.messages.js'
import { ContactList, ServicePointList } from './region-contacts.js'
import { allRegionsHref, regionHref } from './region-paths.js'
import { type PointCounts, RegionTiles } from './region-tiles.js'

/** Where the team receives people. */
function ServicePoints(p: { lang: Lang; points: RegionProfile['servicePoints'] }) {
  const { lang } = p
  return (
    <section aria-labelledby="points">
      <h2 id="points">{m.pointsTitle[lang]}</h2>
      <p>{m.pointsIntro[lang]}</p>
      <ServicePointList lang={lang} points={p.points} />
    </section>
  )
}

/** The region's email addresses and phone numbers, after a sentence saying who answers them. */
function Contacts(p: { lang: Lang; contacts: ContactChannel[]; intro: string }) {
  const { lang } = p
  return (
    <section aria-labelledby="contact">
      <h2 id="contact">{m.contactTitle[lang]}</h2>
      <p>{p.intro}</p>
      <ContactList lang={lang} contacts={p.contacts} />
    </section>
  )
}

/** Organizations of the region serving immigrants, each linked to its website when it has one. */
function Resources(p: { lang: Lang; orgs: PublicOrganization[] }) {
  const { lang } = p
  return (
    <section aria-labelledby="resources">
      <h2 id="resources">{m.resourcesTitle[lang]}</h2>
      <p>{m.resourcesIntro[lang]}</p>
      <ul>
        {p.orgs.map((o) => (
          <li key={o.id}>{o.website ? <a href={o.website}>{o.name}</a> : o.name}</li>
        ))}
      </ul>
    </section>
  )
}

/**
 * An SDG information notice in place of the team and service-point sections of a region with nobody listed yet: it
 * says so plainly, names who can still help (the directorate serving the region, whose contacts follow) and points to
 * the contact page.
 */
function EmptyRegionNotice(p: { lang: Lang; profile: RegionProfile; hasOrgs: boolean }) {
  const { lang, profile } = p
  const directorateHelps = profile.directorate && profile.contacts.length > 0
  return (
    <SdgNotice lang={lang} type="information" title={m.emptyTitle[lang]} class="empty-region">
      <p>
        {m.empty[lang]}
        {p.hasOrgs ? null : ` ${m.emptyOrganizations[lang]}`}
      </p>
      {directorateHelps ? <p>{m.emptyDirectorate[lang]}</p> : null}
      {profile.directorate ? null : <p>{m.noDirectorate[lang]}</p>}
      <p>
        {emptyContact[lang][0]}
        <a href={infoPaths.contact[lang]}>{contactText.title[lang]}</a>
        {emptyContact[lang][1]}
      </p>
    </SdgNotice>
  )
}

/** The directorate serving the region, named in full with the ministry (nothing when none is listed). */
function ServedBy(p: { lang: Lang; directorate: RegionProfile['directorate'] }) {
  const { lang, directorate } = p
  if (!directorate) return null
  return (
    <p class="lead">
      {m.servedBy[lang]}
      {colon(lang)}
      <strong>{localName(lang, directorate)}</strong> — {ministry[lang]}
    </p>
  )
}

/** The team in a sentence or two (advisors, agents, service points), from the Bilan's wording. */
function Team(p: { lang: Lang; profile: RegionProfile }) {
  const { lang, profile } = p
  const { region, advisors, agents } = profile
  const counts = { advisors, agents, points: profile.servicePoints.length }
  const paragraphs = teamParagraphs({
    lang,
    locative: region.locativeFr,
    regionName: localName(lang, region),
    ...counts,
  })
  return (
    <>
      <h2>{m.staffTitle[lang]}</h2>
      {paragraphs.map((t) => (
        <p key={t}>{t}</p>
      ))}
    </>
  )
}

/** The way on to other regions: a link back to the list, or, for a region with nobody listed, every region's tile. */
function RegionNav(p: { lang: Lang; hasTeam: boolean; current: string; regions: RegionRow[]; points: PointCounts }) {
  const { lang } = p
  if (p.hasTeam) {
    return (
      <p class="region-nav">
        <a href={allRegionsHref(lang)}>{m.allRegions[lang]}</a>
      </p>
    )
  }
  return (
    <section aria-labelledby="all-regions" class="region-nav">
      <h2 id="all-regions">{m.otherRegions[lang]}</h2>
      <RegionTiles lang={lang} regions={p.regions} points={p.points} current={p.current} />
    </section>
  )
}

type RegionPageProps = {
  site: Site
  lang: Lang
  profile: RegionProfile
  orgs: PublicOrganization[]
  regions: RegionRow[]
  points: PointCounts
}

/**
 * A region's public page, in the order of the Bilan: team, service points, contact, resources; a region with nobody
 * listed yet shows a notice instead, the directorate serving it and its contacts, and the tiles of every region.
 */
export function RegionPage(p: RegionPageProps) {
  const { lang, profile } = p
  const { region } = profile
  const name = localName(lang, region)
  const hasTeam = profile.advisors + profile.agents + profile.servicePoints.length > 0
  const trail = [
    { href: `/${lang}`, label: m.home[lang] },
    { href: allRegionsHref(lang), label: m.regions[lang] },
  ]
  return (
    <Layout site={p.site} lang={lang} title={name} otherLangHref={regionHref(otherLang(lang), region.slug)}>
      <Breadcrumb lang={lang} trail={trail} current={name} />
      <h1>{name}</h1>
      <ServedBy lang={lang} directorate={profile.directorate} />
      {hasTeam ? (
        <Team lang={lang} profile={profile} />
      ) : (
        <EmptyRegionNotice lang={lang} profile={profile} hasOrgs={p.orgs.length > 0} />
      )}
      {profile.servicePoints.length > 0 ? <ServicePoints lang={lang} points={profile.servicePoints} /> : null}
      {profile.contacts.length > 0 ? (
        <Contacts
          lang={lang}
          contacts={profile.contacts}
          intro={(hasTeam ? m.contactIntro : m.contactIntroEmpty)[lang]}
        />
      ) : null}
      {p.orgs.length > 0 ? <Resources lang={lang} orgs={p.orgs} /> : null}
      <RegionNav lang={lang} hasTeam={hasTeam} current={region.slug} regions={p.regions} points={p.points} />
    </Layout>
  )
}
