import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerWorkPage } from './work.pages.js'

/** This feature's pages: the agent's work queue ("Mon travail"). */
export function registerWork(app: FastifyInstance, deps: ModuleDeps): void {
  registerWorkPage(app, deps)
}
