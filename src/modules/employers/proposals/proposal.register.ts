import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'

/** This feature's API routes and pages. */
export function registerProposals(_app: FastifyInstance, _deps: ModuleDeps): void {}
