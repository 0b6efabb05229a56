import { type PublicOrganization, serviceCatalogue } from '../../partners/index.js'
import { employerFormText } from '../../employers/index.js'
import { publicRequestText } from '../../people/index.js'
import type { RegionProfile, RegionRow } from '../../territory/index.js'
import type { Localized } from '../../../platform/errors.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import { SdgNotice } from '../../../platform/views/notice.js'
import { colon, type Lang, localName, otherLang } from '../../../platform/views/i18n.js'
import { Layout } from '../../../platform/views/layout.js'
import type { Site } from '../../../platform/views/site.js'
import { infoPaths } from '../info/info-paths.js'
import { contactPagePointer, contactText, ministry, regionText as m } from '../public-site.messages.js'
import { ContactList, ServicePointList } from './region-contacts.js'
import { allRegionsHref, regionHref } from './region-paths.js'
import { regionTeamParagraphs } from './region-team.js'
import { employerFormPaths } from '../requests/employer-form.page.js'
import { requestFormPaths } from '../requests/request-form.page.js'
import { type PointCounts, RegionTiles } from './region-tiles.js'
import { PublishedBilans } from '../bilans/bilan-list.js'
import type { PublishedBilan } from '../../reports/index.js'

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

/** The link to the contact page, in its sentence. */
function ContactPagePointer(p: { lang: Lang }) {
  const { lang } = p
  return (
    <p>
      {contactPagePointer[lang][0]}
      <a href={infoPaths.contact[lang]}>{contactText.title[lang]}</a>
      {contactPagePointer[lang][1]}
    </p>
  )
}

/** What is missing to write to or call the region's directorate: the directorate itself, or its channels. */
function missingContact(profile: RegionProfile): Localized | undefined {
  if (!profile.directorate) return m.noDirectorate
  if (profile.contacts.length === 0) return m.noContacts
  return undefined
}

/** Who answers the region's channels: the service points, else the directorate, else the region's services. */
function contactIntro(profile: RegionProfile): Localized {
  if (profile.servicePoints.length > 0) return m.contactIntro
  return profile.directorate ? m.contactIntroEmpty : m.contactIntroRegion
}

/**
 * The region's email addresses and phone numbers, after a sentence saying who answers them; where the directorate or
 * its channels are missing, says so, points to the service points above if any and to the contact page. Nothing for a
 * region with no team (its notice says all that) and no channel.
 */
function Contacts(p: { lang: Lang; profile: RegionProfile; hasTeam: boolean }) {
  const { lang, profile } = p
  const missing = p.hasTeam ? missingContact(profile) : undefined
  if (profile.contacts.length === 0 && !missing) return null
  return (
    <section aria-labelledby="contact">
      <h2 id="contact">{m.contactTitle[lang]}</h2>
      {profile.contacts.length > 0 ? (
        <>
          <p>{contactIntro(profile)[lang]}</p>
          <ContactList lang={lang} contacts={profile.contacts} />
        </>
      ) : null}
      {missing ? (
        <>
          <p>
            {missing[lang]}
            {profile.servicePoints.length > 0 ? ` ${m.visitPoints[lang]}` : null}
          </p>
          <ContactPagePointer lang={lang} />
        </>
      ) : null}
    </section>
  )
}

/** The services an organization offers, after its name ("Nom : Logement, Cours de français"); nothing when none. */
function servicesOf(lang: Lang, o: PublicOrganization): string {
  if (o.services.length === 0) return ''
  return `${colon(lang)}${o.services.map((s) => serviceCatalogue[s].label[lang]).join(', ')}`
}

/**
 * Organizations serving immigrants in the region (its own and those of other regions that serve it), each linked to its
 * website when it has one, with the services it offers.
 */
function Resources(p: { lang: Lang; orgs: PublicOrganization[] }) {
  const { lang } = p
  return (
    <section aria-labelledby="resources">
      <h2 id="resources">{m.resourcesTitle[lang]}</h2>
      <p>{m.resourcesIntro[lang]}</p>
      <ul>
        {p.orgs.map((o) => (
          <li key={o.id}>
            {o.website ? <a href={o.website}>{o.name}</a> : o.name}
            {servicesOf(lang, o)}
          </li>
        ))}
      </ul>
    </section>
  )
}

/**
 * An SDG information notice in place of the team and service-point sections of a region with nobody listed yet: it
 * says so plainly, then, once, who can still help: the directorate serving the region, whose contacts follow, or,
 * when it or its channels are missing, the contact page.
 */
function EmptyRegionNotice(p: { lang: Lang; profile: RegionProfile; hasOrgs: boolean }) {
  const { lang, profile } = p
  const missing = missingContact(profile)
  return (
    <SdgNotice lang={lang} type="information" title={m.emptyTitle[lang]} class="empty-region">
      <p>
        {m.empty[lang]}
        {p.hasOrgs ? null : ` ${m.emptyOrganizations[lang]}`}
      </p>
      {missing ? (
        <>
          <p>{missing[lang]}</p>
          <ContactPagePointer lang={lang} />
        </>
      ) : (
        <p>{m.emptyDirectorate[lang]}</p>
      )}
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

/** The team in a sentence or two (advisors, agents, service points); nothing, not even the heading, without staff. */
function Team(p: { lang: Lang; profile: RegionProfile }) {
  const { lang } = p
  const paragraphs = regionTeamParagraphs(lang, p.profile)
  if (paragraphs.length === 0) return null
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
  /** The region's published Bilans, newest first. */
  bilans: PublishedBilan[]
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
      <p>
        <a href={`${requestFormPaths[lang]}?region=${region.code}`}>{publicRequestText.regionLink[lang]}</a>
      </p>
      <p>
        <a href={`${employerFormPaths[lang]}?region=${region.code}`}>{employerFormText.regionLink[lang]}</a>
      </p>
      {hasTeam ? (
        <Team lang={lang} profile={profile} />
      ) : (
        <EmptyRegionNotice lang={lang} profile={profile} hasOrgs={p.orgs.length > 0} />
      )}
      {profile.servicePoints.length > 0 ? <ServicePoints lang={lang} points={profile.servicePoints} /> : null}
      <Contacts lang={lang} profile={profile} hasTeam={hasTeam} />
      {p.orgs.length > 0 ? <Resources lang={lang} orgs={p.orgs} /> : null}
      <PublishedBilans lang={lang} slug={region.slug} bilans={p.bilans} />
      <RegionNav lang={lang} hasTeam={hasTeam} current={region.slug} regions={p.regions} points={p.points} />
    </Layout>
  )
}
