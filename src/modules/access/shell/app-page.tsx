import type { FastifyRequest } from 'fastify'
import type { ComponentChildren } from 'preact'
import { otherLangUrl } from '../../../platform/http/lang.js'
import { Layout } from '../../../platform/views/layout.js'
import { roleLabels } from '../access.messages.js'
import type { NavEntry } from '../deps.js'
import type { Actor } from '../actor.js'
import { can } from '../policy.js'

/** The signed-in person's account page, and where the header's sign-out button posts. */
export const ACCOUNT_PAGE = '/app/compte'
export const SIGN_OUT = '/app/deconnexion'

/** Where the logo leads: the staff app for staff, the partner portal for partner organizations. */
function homeOf(actor: Actor | null): string {
  return actor && !can(actor, 'app.use') && can(actor, 'portal.use') ? '/partenaires' : '/app'
}

/**
 * The entry of the page's section: the longest href that is the path or one of its parent folders (`/app/ententes`
 * for `/app/ententes/123`, but `/app/ententes/echeances` for itself when both are listed); the home only for itself.
 */
function currentHref(hrefs: readonly string[], path: string): string | undefined {
  const covers = (href: string) => path === href || (href !== '/app' && path.startsWith(`${href}/`))
  return hrefs.filter(covers).sort((a, b) => b.length - a.length)[0]
}

/** A staff-app page: the layout with the signed-in user and the navigation their permissions allow. */
export function AppPage(p: {
  request: FastifyRequest
  nav: readonly NavEntry[]
  title: string
  homeHref?: string
  children: ComponentChildren
}) {
  const { request } = p
  const lang = request.lang
  const actor = request.actor
  const path = request.url.split('?')[0]
  const visible = actor === null ? [] : p.nav.filter((n) => can(actor, n.permission))
  const current = currentHref(
    visible.map((n) => n.href),
    path ?? '',
  )
  const nav = visible.map((n) => ({ href: n.href, label: n.label[lang], current: n.href === current }))
  const user =
    actor?.kind === 'user'
      ? {
          displayName: actor.displayName,
          roleLabel: roleLabels[actor.role][lang],
          accountHref: ACCOUNT_PAGE,
          signOutAction: SIGN_OUT,
          csrfToken: request.csrfToken,
        }
      : null
  return (
    <Layout
      lang={lang}
      title={p.title}
      otherLangHref={otherLangUrl(request)}
      nav={nav}
      user={user}
      homeHref={p.homeHref ?? homeOf(actor)}
      app
    >
      {p.children}
    </Layout>
  )
}
