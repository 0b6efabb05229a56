import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerEmployerWorkPage } from './work.pages.js'

/** This feature's pages: the advisor's "Mon travail (entreprises)" (its home section is in `work.home.tsx`). */
export function registerWork(app: FastifyInstance, deps: ModuleDeps): void {
  registerEmployerWorkPage(app, deps)
}
