import type { FastifyRequest } from 'fastify'
import type { VNode } from 'preact'
import type { ModuleDeps } from '../../access/index.js'

/** What a section of the enterprise page knows of the enterprise it is drawn on (already read and scope-checked). */
export type EnterpriseSummary = {
  id: string
  legalName: string
  regionCode: string
  mrcCode: string | null
  city: string
}

/**
 * A section of the staff enterprise page contributed by another feature (advisor services' timeline, labour needs,
 * hires) without the enterprises feature importing it: `employers.plugin.ts` hands the list to `registerEnterprises`.
 * Null when it has nothing to show.
 */
export type EnterpriseSection = (
  request: FastifyRequest,
  deps: ModuleDeps,
  enterprise: EnterpriseSummary,
) => Promise<VNode | null>
