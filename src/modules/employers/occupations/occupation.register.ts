import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'
import { registerOccupationPages } from './occupation.pages.js'
import { registerOccupationRoutes } from './occupation.routes.js'

/** This feature's API routes (CNP 2021, SCIAN 2022) and pages (the classification page, the picker's fragments). */
export function registerOccupations(app: FastifyInstance, deps: ModuleDeps): void {
  registerOccupationRoutes(app, deps)
  registerOccupationPages(app, deps)
}
