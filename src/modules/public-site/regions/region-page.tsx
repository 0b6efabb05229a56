import type { listPublicOrganizations } from '../../partners/index.js'
import { teamParagraphs } from '../../reports/index.js'
import type { RegionProfile, RegionRow } from '../../territory/index.js'
import { Breadcrumb } from '../../../platform/views/breadcrumb.js'
import { type Lang, localName } from '../../../platform/views/i18n.js'
import { Layout } from '../../../platform/views/layout.js'
import { ministry, regionText as m } from '../public-site.messages.js'

type Organization = Awaited<ReturnType<typeof listPublicOrganizations>>[number]

const sep = (lang: Lang) => (lang === 'fr' ? ' : ' : ': ')
const other = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr')

/** The list of regions, by name in the page's language; `id` lets the breadcrumb and back links point at it. */
export function RegionList(p: { lang: Lang; regions: RegionRow[]; current?: string }) {
  return (
    <ul class="region-list">
      {p.regions.map((r) => (
        <li key={r.code}>
          <a href={`/${p.lang}/regions/${r.slug}`} aria-current={r.slug === p.current ? 'page' : undefined}>
            {localName(p.lang, r)}
          </a>
        </li>
      ))}
    </ul>
  )
}

/** The public home: every region of Québec. */
export function RegionsIndex(p: { lang: Lang; regions: RegionRow[] }) {
  const { lang } = p
  return (
    <Layout lang={lang} title={m.homeTitle[lang]} otherLangHref={`/${other(lang)}`}>
      <h1>{m.homeTitle[lang]}</h1>
      <p>{m.homeIntro[lang]}</p>
      <h2 id="regions">{m.regions[lang]}</h2>
      <RegionList lang={lang} regions={p.regions} />
      <p>
        <a href="/app/connexion">{m.staffSignIn[lang]}</a>
      </p>
    </Layout>
  )
}

function ServicePoints(p: { lang: Lang; points: RegionProfile['servicePoints'] }) {
  const { lang } = p
  return (
    <section aria-labelledby="points">
      <h2 id="points">{m.pointsTitle[lang]}</h2>
      <p>{m.pointsIntro[lang]}</p>
      <ul>
        {p.points.map((sp) => {
          const hours = lang === 'fr' ? sp.hoursFr : sp.hoursEn
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
    </section>
  )
}

function Contacts(p: { lang: Lang; contacts: RegionProfile['contacts']; intro: string }) {
  const { lang } = p
  return (
    <section aria-labelledby="contact">
      <h2 id="contact">{m.contactTitle[lang]}</h2>
      <p>{p.intro}</p>
      <ul class="contact-list">
        {p.contacts.map((c) =>
          c.kind === 'email' ? (
            <li key={c.value}>
              {m.email[lang]}
              {sep(lang)}
              <a href={`mailto:${c.value}`}>{c.value}</a>
            </li>
          ) : (
            <li key={c.value}>
              {m.phone[lang]}
              {sep(lang)}
              <a href={`tel:+${c.value.replace(/\D/g, '')}`}>{c.value}</a>
            </li>
          ),
        )}
      </ul>
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

/** What an empty region still offers: the directorate serving it (if recorded) or the way to another region. */
function EmptyRegion(p: { lang: Lang; profile: RegionProfile }) {
  const { lang, profile } = p
  return (
    <>
      <p>{m.empty[lang]}</p>
      <p>{profile.directorate ? m.emptyDirectorate[lang] : m.noDirectorate[lang]}</p>
    </>
  )
}

type RegionPageProps = { lang: Lang; profile: RegionProfile; orgs: Organization[]; regions: RegionRow[] }

/**
 * A region's public page, in the order of the Bilan: team, service points, contact, resources; a region with nobody
 * listed yet shows the directorate serving it and its contacts, and the list of regions.
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
    <Layout lang={lang} title={name} otherLangHref={`/${other(lang)}/regions/${region.slug}`}>
      <Breadcrumb lang={lang} trail={trail} current={name} />
      <h1>{name}</h1>
      {profile.directorate ? (
        <p class="lead">
          {m.servedBy[lang]}
          {sep(lang)}
          <strong>{localName(lang, profile.directorate)}</strong> — {ministry[lang]}
        </p>
      ) : null}
      <h2>{m.staffTitle[lang]}</h2>
      {hasTeam ? (
        teamParagraphs({ lang, locative: region.locativeFr, regionName: name, ...counts }).map((t) => (
          <p key={t}>{t}</p>
        ))
      ) : (
        <EmptyRegion lang={lang} profile={profile} />
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
          <RegionList lang={lang} regions={p.regions} current={region.slug} />
        </section>
      )}
    </Layout>
  )
}
