import type { FastifyRequest } from 'fastify'
import { AppPage, can, type NavEntry } from '../modules/access/index.js'
import type { FieldErrors, Localized } from '../platform/errors.js'
import { otherLangUrl } from '../platform/http/lang.js'
import type { Lang } from '../platform/views/i18n.js'
import { Layout } from '../platform/views/layout.js'
import type { Site } from '../platform/views/site.js'

/** The title of an error page by status; the message says what happened. */
const titles: Record<number, Localized> = {
  400: { fr: 'Requête invalide', en: 'Invalid request' },
  401: { fr: 'Connexion requise', en: 'Sign-in required' },
  403: { fr: 'Accès refusé', en: 'Access denied' },
  404: { fr: 'Page introuvable', en: 'Page not found' },
  409: { fr: 'Conflit', en: 'Conflict' },
  413: { fr: 'Données trop volumineuses', en: 'Data too large' },
  414: { fr: 'Adresse trop longue', en: 'Address too long' },
  415: { fr: 'Type de contenu non pris en charge', en: 'Unsupported content type' },
  429: { fr: 'Trop de requêtes', en: 'Too many requests' },
  500: { fr: 'Erreur du système', en: 'System error' },
}

export const pageMessages = {
  notFound: {
    fr: "La page demandée n'existe pas ou n'est plus accessible.",
    en: 'The page you asked for does not exist or is no longer available.',
  },
  internal: {
    fr: "Une erreur imprévue s'est produite. Réessayez plus tard ; si elle persiste, donnez ce numéro au soutien :",
    en: 'An unexpected error occurred. Try again later; if it persists, give this number to support:',
  },
  home: { fr: "Retour à l'accueil", en: 'Back to home' },
  back: {
    fr: 'Revenez à la page précédente pour corriger ces champs.',
    en: 'Go back to the previous page to correct these fields.',
  },
} satisfies Record<string, Localized>

/** The page a user comes back to: the staff app, the partner portal, or the public site of their language. */
export function homeOf(request: FastifyRequest): string {
  const actor = request.actor
  if (actor?.kind === 'user') {
    if (can(actor, 'app.use')) return '/app'
    if (can(actor, 'portal.use')) return '/partenaires'
  }
  return /^\/(app|partenaires)(?:[/?]|$)/.test(request.url) ? '/app' : `/${request.lang}`
}

/**
 * The language switch of an error page: the same address in the other language for a page that exists or could
 * (403, 404), the other language's home otherwise, so an address that could not be read (or holds a control
 * character) is never echoed.
 */
function otherLangHref(request: FastifyRequest, status: number, home: string): string {
  const readable = !/%(?:[01][0-9a-f]|7f)/i.test(request.url)
  if ((status === 403 || status === 404) && readable) return otherLangUrl(request)
  const other: Lang = request.lang === 'fr' ? 'en' : 'fr'
  return home.startsWith('/app') || home.startsWith('/partenaires') ? `${home}?lang=${other}` : `/${other}`
}

/** What an error page is drawn in: the app shell's navigation, and the public site's organization. */
export type Shell = { nav: readonly NavEntry[]; site: Site }

type ErrorPageProps = {
  request: FastifyRequest
  shell: Shell
  status: number
  message: string
  fields?: FieldErrors
  withId?: boolean
}

/** An error page: inside the app shell (header, navigation, sign-out) for a signed-in user, the public frame otherwise. */
export function ErrorPage(p: ErrorPageProps) {
  const { request } = p
  const lang = request.lang ?? 'fr'
  const title = (titles[p.status] ?? titles[400]!)[lang]
  const home = homeOf(request)
  const fields = Object.values(p.fields ?? {}).filter((m, i, all) => all.findIndex((o) => o[lang] === m[lang]) === i)
  const body = (
    <>
      <h1>{title}</h1>
      <p>
        {p.message} {p.withId ? <code>{request.id}</code> : null}
      </p>
      {fields.length > 0 ? (
        <>
          <ul>
            {fields.map((m) => (
              <li key={m[lang]}>{m[lang]}</li>
            ))}
          </ul>
          <p>{pageMessages.back[lang]}</p>
        </>
      ) : null}
      <p>
        <a href={home}>{pageMessages.home[lang]}</a>
      </p>
    </>
  )
  if (request.actor?.kind === 'user') {
    return (
      <AppPage request={request} nav={p.shell.nav} title={title} homeHref={home}>
        {body}
      </AppPage>
    )
  }
  const frame = { lang, title, otherLangHref: otherLangHref(request, p.status, home), homeHref: home }
  return home === `/${lang}` ? (
    <Layout {...frame} site={p.shell.site}>
      {body}
    </Layout>
  ) : (
    <Layout {...frame} app>
      {body}
    </Layout>
  )
}
