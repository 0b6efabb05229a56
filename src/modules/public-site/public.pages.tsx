import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../access/index.js'
import { listPublicOrganizations } from '../partners/index.js'
import { civilDate, findRegionProfile, listRegions, type RegionProfile, type RegionRow } from '../territory/index.js'
import { notFound } from '../../platform/errors.js'
import type { Lang } from '../../platform/views/i18n.js'
import { Layout } from '../../platform/views/layout.js'
import { sendPage } from '../../platform/views/render.js'
import { teamParagraphs } from './regions/team-sentence.js'

const m = {
  homeTitle: { fr: 'Immigration dans les régions du Québec', en: 'Immigration in the regions of Québec' },
  homeIntro: {
    fr: "Chaque région du Québec compte sur une direction régionale du ministère de l'Immigration, de la Francisation et de l'Intégration. Choisissez une région.",
    en: 'Each region of Québec is served by a regional directorate of the Ministère de l’Immigration, de la Francisation et de l’Intégration. Choose a region.',
  },
  regions: { fr: 'Régions', en: 'Regions' },
  staffTitle: { fr: 'Personnel du MIFI dans la région', en: 'MIFI staff in the region' },
  pointsTitle: { fr: 'Points de services', en: 'Service points' },
  pointsIntro: { fr: 'Les bureaux sont situés :', en: 'The offices are located at:' },
  contactTitle: { fr: 'Pour nous joindre', en: 'Contact us' },
  contactIntro: {
    fr: "Pour communiquer avec l'un ou l'autre des points de services, on peut le faire par courriel ou par téléphone :",
    en: 'You can reach any of the service points by email or by phone:',
  },
  email: { fr: 'Courriel', en: 'Email' },
  phone: { fr: 'Téléphone', en: 'Phone' },
  resourcesTitle: { fr: 'Des ressources disponibles', en: 'Available resources' },
  resourcesIntro: {
    fr: "Des ressources offrent des services d'intégration et d'accompagnement aux personnes immigrantes qui souhaitent s'établir dans la région :",
    en: 'These organizations offer integration and support services to immigrants who wish to settle in the region:',
  },
  empty: {
    fr: "Aucun point de services ni membre du personnel n'est inscrit pour cette région pour le moment.",
    en: 'No service point or staff member is listed for this region at the moment.',
  },
  staffSignIn: { fr: 'Espace du personnel', en: 'Staff area' },
}

const sep = (lang: Lang) => (lang === 'fr' ? ' : ' : ': ')

type Organization = Awaited<ReturnType<typeof listPublicOrganizations>>[number]

function RegionsIndex(p: { lang: Lang; regions: RegionRow[] }) {
  const { lang } = p
  return (
    <Layout lang={lang} title={m.homeTitle[lang]} otherLangHref={`/${lang === 'fr' ? 'en' : 'fr'}`}>
      <h1>{m.homeTitle[lang]}</h1>
      <p>{m.homeIntro[lang]}</p>
      <h2>{m.regions[lang]}</h2>
      <ul class="region-list">
        {p.regions.map((r) => (
          <li key={r.code}>
            <a href={`/${lang}/regions/${r.slug}`}>{lang === 'fr' ? r.nameFr : r.nameEn}</a>
          </li>
        ))}
      </ul>
      <p><a href="/app/connexion">{m.staffSignIn[lang]}</a></p>
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
              {hours ? <><br />{hours}</> : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function Contacts(p: { lang: Lang; contacts: RegionProfile['contacts'] }) {
  const { lang } = p
  return (
    <section aria-labelledby="contact">
      <h2 id="contact">{m.contactTitle[lang]}</h2>
      <p>{m.contactIntro[lang]}</p>
      <ul class="contact-list">
        {p.contacts.map((c) =>
          c.kind === 'email' ? (
            <li>{m.email[lang]}{sep(lang)}<a href={`mailto:${c.value}`}>{c.value}</a></li>
          ) : (
            <li>{m.phone[lang]}{sep(lang)}<a href={`tel:+${c.value.replace(/\D/g, '')}`}>{c.value}</a></li>
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
        {p.orgs.map((o) => <li key={o.id}>{o.website ? <a href={o.website}>{o.name}</a> : o.name}</li>)}
      </ul>
    </section>
  )
}

/** A region's public page, in the order of the Bilan: team, service points, contact, resources. */
function RegionPage(p: { lang: Lang; profile: RegionProfile; orgs: Organization[] }) {
  const { lang, profile } = p
  const { region } = profile
  const name = lang === 'fr' ? region.nameFr : region.nameEn
  const hasTeam = profile.advisors + profile.agents + profile.servicePoints.length > 0
  const counts = { advisors: profile.advisors, agents: profile.agents, points: profile.servicePoints.length }
  return (
    <Layout lang={lang} title={name} otherLangHref={`/${lang === 'fr' ? 'en' : 'fr'}/regions/${region.slug}`}>
      <h1>{name}</h1>
      {profile.directorate ? <p class="lead">{lang === 'fr' ? profile.directorate.nameFr : profile.directorate.nameEn}</p> : null}
      <h2>{m.staffTitle[lang]}</h2>
      {hasTeam ? teamParagraphs({ lang, locative: region.locativeFr, regionName: name, ...counts }).map((t) => <p>{t}</p>) : <p>{m.empty[lang]}</p>}
      {profile.servicePoints.length > 0 ? <ServicePoints lang={lang} points={profile.servicePoints} /> : null}
      {profile.contacts.length > 0 ? <Contacts lang={lang} contacts={profile.contacts} /> : null}
      {p.orgs.length > 0 ? <Resources lang={lang} orgs={p.orgs} /> : null}
    </Layout>
  )
}

/** Public pages: the list of regions and each region's page, generated from the database, in French and English. */
export function registerPublicPages(app: FastifyInstance, deps: ModuleDeps): void {
  for (const lang of ['fr', 'en'] as const) {
    app.get(`/${lang}`, async (_request, reply) => sendPage(reply, <RegionsIndex lang={lang} regions={await listRegions(deps.db)} />))

    app.get<{ Params: { slug: string } }>(`/${lang}/regions/:slug`, async (request, reply) => {
      const profile = await findRegionProfile(deps.db, request.params.slug, civilDate(deps.now()))
      if (!profile) throw notFound('region')
      const orgs = await listPublicOrganizations(deps.db, profile.region.code)
      return sendPage(reply, <RegionPage lang={lang} profile={profile} orgs={orgs} />)
    })
  }
}
