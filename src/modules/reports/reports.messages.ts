import { type AuditVocabulary, mergeAuditLabels } from '../access/index.js'
import { drillDownAuditLabels } from './drilldown/drilldown.audit.js'
import { publicationAuditLabels } from './publications/publication.audit.js'
import { targetAuditLabels } from './targets/target.audit.js'

/** What the audit journal calls the reports module's actions and records (each feature its own). */
export const reportsAuditLabels: AuditVocabulary = mergeAuditLabels([
  publicationAuditLabels,
  drillDownAuditLabels,
  targetAuditLabels,
])
