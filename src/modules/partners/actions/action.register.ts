import type { FastifyInstance } from 'fastify'
import type { ModuleDeps, NavEntry } from '../../access/index.js'
import { ACTION_KINDS, registerActionKindPages } from './action-kind.pages.js'
import { registerActionFormPages } from './action-form.pages.js'
import { ACTIONS, registerActionListPage } from './action-list.pages.js'
import { actionText, kindText } from './action.messages.js'
import { registerActionRoutes } from './action.routes.js'

/** The staff navigation to local actions (all staff) and to the catalogue of kinds (admins). */
export const actionNav: NavEntry[] = [
  { href: ACTIONS, label: actionText.nav, permission: 'partners.read' },
  {
    href: ACTION_KINDS,
    label: kindText.listTitle,
    permission: 'partners.catalogue',
  },
]

/** This feature's API routes and pages: local actions and the catalogue of their kinds. */
export function registerActions(app: FastifyInstance, deps: ModuleDeps): void {
  registerActionRoutes(app, deps)
  registerActionListPage(app, deps)
  registerActionFormPages(app, deps)
  registerActionKindPages(app, deps)
}
