import type { FastifyInstance } from 'fastify'
import type { ModuleDeps } from '../../access/index.js'

/** This feature's pages and API routes (filled in by its issue's work). */
export function registerOpenData(_app: FastifyInstance, _deps: ModuleDeps): void {}
