import type { ComponentChildren } from 'preact'
import { assetHref, sdgBase } from '../http/assets.js'
import type { Lang } from './i18n.js'
import type { Site } from './site.js'

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      /** The kit's "back to top" web component (it appears when the reader scrolls back up). */
      'qc-to-top': { text: string }
    }
  }
}

export type NavItem = { href: string; label: string; current?: boolean }

export type LayoutProps = {
  lang: Lang
  title: string
  /** The same page in the other language. */
  otherLangHref: string
  nav?: NavItem[]
  /**
   * The signed-in person: their name (a link to their account page) and a sign-out button (a POST with the CSRF
   * token); the access module knows both addresses.
   */
  user?: {
    displayName: string
    roleLabel: string
    accountHref: string
    signOutAction: string
    csrfToken: string
  } | null
  homeHref?: string
  children: ComponentChildren
} & (
  | {
      /**
       * The staff app or the partner portal: the PIV header in its application form (the service's name, the
       * signed-in person, language, sign-out).
       */
      app: true
    }
  | {
      /** The public form: the organization's name beside the signature (configuration), and "Nous joindre". */
      app?: false
      site: Site
    }
)

/** The name of the service in the header of the staff app and the partner portal. */
export const SERVICE_NAME = 'Escale'

const labels = {
  fr: {
    skip: 'Passer au contenu',
    other: 'English',
    otherLang: 'en',
    signOut: 'Se déconnecter',
    headerLinks: 'Liens de l’en-tête',
    nav: 'Navigation principale',
    logo: 'Logo du gouvernement du Québec',
    footerLogo: 'Logo du gouvernement du Québec – Québec.ca',
    quebecCa: 'https://www.quebec.ca',
    footerNav: 'Navigation du pied de page',
    copyright: 'Gouvernement du Québec',
    toTop: 'Retour en haut',
    signedInAs: 'Connecté en tant que',
    accessibility: { href: '/fr/accessibilite', label: 'Accessibilité' },
    privacy: { href: '/fr/confidentialite', label: 'Politique de confidentialité' },
    contact: { href: '/fr/nous-joindre', label: 'Nous joindre' },
    openData: { href: '/fr/donnees-ouvertes', label: 'Données ouvertes' },
  },
  en: {
    skip: 'Skip to content',
    other: 'Français',
    otherLang: 'fr',
    signOut: 'Sign out',
    headerLinks: 'Header links',
    nav: 'Main navigation',
    logo: 'Logo of the Gouvernement du Québec',
    footerLogo: 'Logo of the Gouvernement du Québec – Québec.ca',
    quebecCa: 'https://www.quebec.ca/en',
    footerNav: 'Footer navigation',
    copyright: 'Gouvernement du Québec',
    toTop: 'Back to top',
    signedInAs: 'Signed in as',
    accessibility: { href: '/en/accessibility', label: 'Accessibility' },
    privacy: { href: '/en/privacy', label: 'Privacy policy' },
    contact: { href: '/en/contact-us', label: 'Contact us' },
    openData: { href: '/en/open-data', label: 'Open data' },
  },
} as const

/**
 * htmx's settings. No history cache: htmx would keep page snapshots (personal data) in localStorage and restore them
 * with the kit's already-drawn components; Back reloads the page from the server instead. A 400 answer (filters that
 * do not validate) is swapped in like a 200: it carries the message to show; other errors are not.
 */
const htmxConfig = JSON.stringify({
  includeIndicatorStyles: false,
  allowEval: false,
  historyCacheSize: 0,
  refreshOnHistoryMiss: true,
  responseHandling: [
    { code: '204', swap: false },
    { code: '[23]..', swap: true },
    { code: '400', swap: true, error: false },
    { code: '[45]..', swap: false, error: true },
  ],
})

const sdg = (file: string) => assetHref(`${sdgBase}/${file}`)
type Labels = (typeof labels)[Lang]

/** The title beside (wide screens) or under (narrow screens) the signature: the kit shows one copy and hides the other. */
function PivTitle(p: { home: string; title: string }) {
  return (
    <div class="title">
      <a class="page-title" href={p.home}>
        {p.title}
      </a>
    </div>
  )
}

/** The PIV header's links: the signed-in person, the other language, "Nous joindre" (public) and sign-out. */
function PivLinks(p: { l: Labels; props: LayoutProps }) {
  const { l, props } = p
  return (
    <nav aria-label={l.headerLinks}>
      <ul>
        {props.user ? (
          <li>
            <a href={props.user.accountHref}>
              <span class="qc-sr-only">{l.signedInAs} </span>
              {props.user.displayName}
              <span class="piv-role"> · {props.user.roleLabel}</span>
            </a>
          </li>
        ) : null}
        <li>
          <a href={props.otherLangHref} lang={l.otherLang} hreflang={l.otherLang}>
            {l.other}
          </a>
        </li>
        {props.app ? null : (
          <li>
            <a href={l.contact.href}>{l.contact.label}</a>
          </li>
        )}
        {props.user ? (
          <li>
            <form method="post" action={props.user.signOutAction} class="piv-sign-out">
              <input type="hidden" name="_csrf" value={props.user.csrfToken} />
              <button type="submit">{l.signOut}</button>
            </form>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}

/** The PIV header (the kit's `qc-piv-header` markup): skip link, government signature, title, links. */
function PivHeader(p: { l: Labels; props: LayoutProps; home: string; title: string }) {
  return (
    <header class="qc-piv-header" id="top">
      <div class="qc-container">
        <div class="go-to-content">
          <a href="#contenu">{p.l.skip}</a>
        </div>
        <div class="piv-top">
          <div class="signature-group">
            <div class="logo">
              <a href={p.home}>
                <img src={sdg('img/QUEBEC_blanc.svg')} alt={p.l.logo} width="200" height="60" />
              </a>
            </div>
            <PivTitle home={p.home} title={p.title} />
          </div>
          <div class="right-section">
            <div class="links">
              <PivLinks l={p.l} props={p.props} />
            </div>
          </div>
        </div>
        <PivTitle home={p.home} title={p.title} />
      </div>
    </header>
  )
}

/** The staff app's navigation under the header (the links the user's permissions allow). */
function AppNav(p: { label: string; items: NavItem[] }) {
  return (
    <nav aria-label={p.label} class="app-nav" hx-boost="true">
      <ul class="qc-container">
        {p.items.map((item) => (
          <li key={item.href}>
            <a href={item.href} aria-current={item.current ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** The PIV footer: a way back up without JavaScript, the site's links, the signature leading to Québec.ca, ©. */
function PivFooter(p: { l: Labels }) {
  const { l } = p
  return (
    <footer class="qc-piv-footer qc-container-fluid">
      <nav aria-label={l.footerNav}>
        <ul>
          <li class="to-top-link">
            <a href="#top">{l.toTop}</a>
          </li>
          {[l.accessibility, l.privacy, l.contact, l.openData].map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <a class="logo" href={l.quebecCa}>
        <img src={sdg('img/QUEBEC_couleur.svg')} alt={l.footerLogo} width="139" height="50" />
      </a>
      <span class="copyright">{`© ${l.copyright}, ${new Date().getFullYear()}`}</span>
      <qc-to-top text={l.toTop} />
    </footer>
  )
}

/**
 * The page frame of the Québec government design system (SDG, `qc-trousse-sdg`), server-rendered with the kit's
 * classes so it reads and works without JavaScript: the PIV header with the government signature, the main landmark,
 * the kit's "back to top" control, and the PIV footer. The kit's script only enhances (the "back to top" control).
 */
export function Layout(props: LayoutProps) {
  const l = labels[props.lang]
  const home = props.homeHref ?? `/${props.lang}`
  const title = props.app ? SERVICE_NAME : props.site.organizationName[props.lang]
  return (
    <html lang={props.lang === 'fr' ? 'fr-CA' : 'en-CA'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="htmx-config" content={htmxConfig} />
        <title>{`${props.title} | ${title}`}</title>
        <link rel="stylesheet" href={sdg('css/qc-sdg.min.css')} />
        <link rel="stylesheet" href={assetHref('/assets/css/escale.css')} />
        <link rel="icon" href={assetHref('/assets/favicon.svg')} type="image/svg+xml" />
        <script
          src={sdg('js/qc-sdg.min.js')}
          defer
          sdg-assets-base-path={`${sdgBase}/`}
          sdg-css-path={sdg('css/qc-sdg.min.css')}
        />
        <script src={assetHref('/assets/js/htmx.min.js')} defer />
        <script src={assetHref('/assets/escale.js')} defer />
      </head>
      <body>
        <PivHeader l={l} props={props} home={home} title={title} />
        {props.nav && props.nav.length > 0 ? <AppNav label={l.nav} items={props.nav} /> : null}
        <main id="contenu" class="qc-container" tabIndex={-1}>
          {props.children}
        </main>
        <PivFooter l={l} />
      </body>
    </html>
  )
}
