import type { FastifyRequest } from 'fastify'
import type { VNode } from 'preact'
import type { ModuleDeps } from '../../access/index.js'
import type { agreementStatuses } from './agreement.schema.js'

/** What a section of the agreement page knows of the agreement it is drawn on (already read and scope-checked). */
export type AgreementSummary = {
  id: string
  reference: string
  organizationId: string
  regionCode: string
  programCode: string
  status: (typeof agreementStatuses)[number]
  startOn: string
  endOn: string
  /** The end of the period the agreement actually ran, when it was terminated early. */
  terminatedOn: string | null
  totalCents: number
  fundsReferrals: boolean
}

/**
 * A section of the staff agreement page contributed by another feature (instalments and deliverables, partner reports)
 * or a higher module (people's referral response time) without the agreements feature importing it:
 * `partners.plugin.ts` hands the list to `registerAgreements`. Null when it has nothing to show.
 */
export type AgreementSection = (
  request: FastifyRequest,
  deps: ModuleDeps,
  agreement: AgreementSummary,
) => Promise<VNode | null>
