import type { listPublicOrganizations } from '../../partners/index.js'
import { teamParagraphs } from '../../reports/index.js'
import type { RegionProfile, RegionRow } from '../../territory/index.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import { SdgNotice } from '../../../platform/views/form.js'
import { type Lang, localName } from '../../../platform/views/i18n.js'
import { Layout } from '../../../platform/views/layout.js'
import type { Site } from '../../../platform/views/site.js'
import { infoPaths } from '../info/info-paths.js'
import { contactText, emptyContact, ministry, regionText as m } from '../public-site.messages.js'
import { ContactList, ServicePointList } from './region-contacts.js'
import { type PointCounts, RegionTiles } from './region-tiles.js'

type Organization = Awaited<ReturnType<typeof listPublicOrganizations>>[number]

const sep = (lang: Lang) => (lang === 'fr' ? ' : ' : ': ')
const other = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr')

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

function Contacts(p: { lang: Lang; contacts: RegionProfile['contacts']; intro: string }) {
  const { lang } = p
  return (
    <section aria-labelledby="contact">
      <h2 id="contact">{m.contactTitle[lang]}</h2>
      <p>{p.intro}</p>
      <ContactList lang={lang} contacts={p.contacts} />
    </section>
  )
}

function Resources(p: { lang: Lang; orgs: Organization[] }) {
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

type RegionPageProps = {
  site: Site
  lang: Lang
  profile: RegionProfile
  orgs: Organization[]
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
  const counts = { advisors: profile.advisors, agents: profile.agents, points: profile.servicePoints.length }
  const trail = [
    { href: `/${lang}`, label: m.home[lang] },
    { href: `/${lang}#regions`, label: m.regions[lang] },
  ]
  return (
    <Layout site={p.site} lang={lang} title={name} otherLangHref={`/${other(lang)}/regions/${region.slug}`}>
      <Breadcrumb lang={lang} trail={trail} current={name} />
      <h1>{name}</h1>
      {profile.directorate ? (
        <p class="lead">
          {m.servedBy[lang]}
          {sep(lang)}
          <strong>{localName(lang, profile.directorate)}</strong> — {ministry[lang]}
        </p>
      ) : null}
      {hasTeam ? (
        <>
          <h2>{m.staffTitle[lang]}</h2>
          {teamParagraphs({ lang, locative: region.locativeFr, regionName: name, ...counts }).map((t) => (
            <p key={t}>{t}</p>
          ))}
        </>
      ) : (
        <EmptyRegionNotice lang={lang} profile={profile} hasOrgs={p.orgs.length > 0} />
      )}
      {profile.servicePoints.length > 0 ? <ServicePoints lang={lang} points={profile.servicePoints} /> : null}
      {profile.contacts.length > 0 ? (
        <Contacts
          lang={lang}
          contacts={profile.contacts}
          intro={hasTeam ? m.contactIntro[lang] : m.contactIntroEmpty[lang]}
        />
      ) : null}
      {p.orgs.length > 0 ? <Resources lang={lang} orgs={p.orgs} /> : null}
      {hasTeam ? (
        <p class="region-nav">
          <a href={`/${lang}#regions`}>{m.allRegions[lang]}</a>
        </p>
      ) : (
        <section aria-labelledby="all-regions" class="region-nav">
          <h2 id="all-regions">{m.otherRegions[lang]}</h2>
          <RegionTiles lang={lang} regions={p.regions} points={p.points} current={region.slug} />
        </section>
      )}
    </Layout>
  )
}
