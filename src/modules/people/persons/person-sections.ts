import type { FastifyRequest } from 'fastify'
import type { VNode } from 'preact'
import type { ModuleDeps } from '../../access/index.js'

/** What a section of the person's page knows of the person it is drawn on (already read, scope-checked, audited). */
export type PersonSectionSubject = { id: string; regionCode: string }

/**
 * A section of the staff person's page contributed by a higher module (employers' candidate profile) without the
 * people module importing it: `server/build-app.ts` hands the list to `peoplePlugin`. Null when it has nothing to show.
 */
export type PersonSection = (
  request: FastifyRequest,
  deps: ModuleDeps,
  person: PersonSectionSubject,
) => Promise<VNode | null>
