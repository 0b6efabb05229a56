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

/** The entries the actor's permissions allow, the one the current path falls under marked current. */
function navOf(request: FastifyRequest, entries: readonly NavEntry[]) {
  const actor = request.actor
  const visible = actor === null ? [] : entries.filter((n) => can(actor, n.permission))
  const current = currentHref(
    visible.map((n) => n.href),
    request.url.split('?')[0] ?? '',
  )
  return visible.map((n) => ({ href: n.href, label: n.label[request.lang], current: n.href === current }))
}

/** The signed-in user's name, role, account link and sign-out form (none for the system). */
function userOf(request: FastifyRequest) {
  const actor = request.actor
  if (actor?.kind !== 'user') return null
  return {
    displayName: actor.displayName,
    roleLabel: roleLabels[actor.role][request.lang],
    accountHref: ACCOUNT_PAGE,
    signOutAction: SIGN_OUT,
    csrfToken: request.csrfToken,
  }
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
  return (
    <Layout
      lang={lang}
      title={p.title}
      otherLangHref={otherLangUrl(request)}
      nav={navOf(request, p.nav)}
      user={userOf(request)}
      homeHref={p.homeHref ?? homeOf(actor)}
      app
    >
      {p.children}
    </Layout>
  )
}
