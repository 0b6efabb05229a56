import type { ComponentChildren } from 'preact'
import { assetHref } from '../http/assets.js'
import type { Lang } from './i18n.js'

export type NavItem = { href: string; label: string; current?: boolean }

export type LayoutProps = {
  lang: Lang
  title: string
  /** The same page in the other language. */
  otherLangHref: string
  nav?: NavItem[]
  /** The signed-in user, shown with a sign-out button. */
  user?: { displayName: string; roleLabel: string } | null
  csrfToken?: string
  homeHref?: string
  /** The signed-in user's account page. */
  accountHref?: string
  children: ComponentChildren
}

const labels = {
  fr: {
    skip: 'Passer au contenu',
    other: 'English',
    otherLang: 'en',
    signOut: 'Se déconnecter',
    nav: 'Navigation principale',
    footer: "Escale — système d'une direction régionale en immigration, francisation et intégration",
    footerNav: 'Liens du pied de page',
    accessibility: { href: '/fr/accessibilite', label: 'Accessibilité' },
    privacy: { href: '/fr/confidentialite', label: 'Confidentialité' },
  },
  en: {
    skip: 'Skip to content',
    other: 'Français',
    otherLang: 'fr',
    signOut: 'Sign out',
    nav: 'Main navigation',
    footer: 'Escale — the system of a regional immigration, francization and integration directorate',
    footerNav: 'Footer links',
    accessibility: { href: '/en/accessibility', label: 'Accessibility' },
    privacy: { href: '/en/privacy', label: 'Privacy' },
  },
} as const

/** The page frame in the Québec.ca manner: blue header bar, language switch, main landmark, footer. */
export function Layout(props: LayoutProps) {
  const l = labels[props.lang]
  return (
    <html lang={props.lang === 'fr' ? 'fr-CA' : 'en-CA'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false}' />
        <title>{`${props.title} | Escale`}</title>
        <link rel="stylesheet" href={assetHref('/assets/css/escale.css')} />
        <link rel="icon" href={assetHref('/assets/favicon.svg')} type="image/svg+xml" />
        <script src={assetHref('/assets/js/htmx.min.js')} defer />
      </head>
      <body>
        <a class="skip-link" href="#contenu">
          {l.skip}
        </a>
        <header class="site-header">
          <div class="container header-row">
            <a class="brand" href={props.homeHref ?? `/${props.lang}`}>
              Escale
            </a>
            <div class="header-tools">
              {props.user ? (
                <a class="user-badge" href={props.accountHref ?? '/app/compte'}>
                  {props.user.displayName} <span class="muted">· {props.user.roleLabel}</span>
                </a>
              ) : null}
              <a class="lang-switch" href={props.otherLangHref} lang={l.otherLang} hreflang={l.otherLang}>
                {l.other}
              </a>
              {props.user && props.csrfToken ? (
                <form method="post" action="/app/deconnexion" class="inline-form">
                  <input type="hidden" name="_csrf" value={props.csrfToken} />
                  <button type="submit" class="link-button">
                    {l.signOut}
                  </button>
                </form>
              ) : null}
            </div>
          </div>
          {props.nav && props.nav.length > 0 ? (
            <nav aria-label={l.nav} class="main-nav" hx-boost="true">
              <ul class="container">
                {props.nav.map((item) => (
                  <li key={item.href}>
                    <a href={item.href} aria-current={item.current ? 'page' : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="contenu" class="container" tabIndex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>{l.footer}</p>
            <nav aria-label={l.footerNav}>
              <ul class="footer-links">
                <li>
                  <a href={l.accessibility.href}>{l.accessibility.label}</a>
                </li>
                <li>
                  <a href={l.privacy.href}>{l.privacy.label}</a>
                </li>
              </ul>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  )
}
