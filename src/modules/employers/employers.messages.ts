import { type AuditVocabulary, mergeAuditLabels } from '../access/index.js'
import { advisorServiceAuditLabels } from './services/advisor-service.audit.js'
import { candidateAuditLabels } from './candidates/candidate.audit.js'
import { employerImportAuditLabels } from './imports/employer-import.audit.js'
import { employerRequestAuditLabels } from './requests/employer-request.audit.js'
import { enterpriseAuditLabels } from './enterprises/enterprise.audit.js'
import { labourNeedAuditLabels } from './needs/labour-need.audit.js'
import { matchingAuditLabels } from './matching/matching.audit.js'
import { occupationAuditLabels } from './occupations/occupation.audit.js'
import { proposalAuditLabels } from './proposals/proposal.audit.js'
import { workAuditLabels } from './work/work.audit.js'

/** What the audit journal calls the employers module's actions and records (each feature contributes its own). */
export const employersAuditLabels: AuditVocabulary = mergeAuditLabels([
  occupationAuditLabels,
  enterpriseAuditLabels,
  advisorServiceAuditLabels,
  labourNeedAuditLabels,
  candidateAuditLabels,
  matchingAuditLabels,
  proposalAuditLabels,
  employerRequestAuditLabels,
  workAuditLabels,
  employerImportAuditLabels,
])
