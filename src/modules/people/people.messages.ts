import { type AuditVocabulary, mergeAuditLabels } from '../access/index.js'
import { consentAuditLabels } from './consents/consent.messages.js'
import { dossierAuditLabels } from './dossiers/dossier.messages.js'
import { interventionAuditLabels } from './interventions/intervention.messages.js'
import { needAuditLabels } from './needs/need.messages.js'
import { personAuditLabels } from './persons/person.messages.js'
import { planAuditLabels } from './plans/plan.messages.js'
import { privacyAuditLabels } from './privacy/privacy.messages.js'
import { referralAuditLabels } from './referrals/referral.messages.js'
import { requestAuditLabels } from './requests/request.messages.js'

/** What the audit journal calls the people module's actions and records (each feature contributes its own). */
export const peopleAuditLabels: AuditVocabulary = mergeAuditLabels([
  personAuditLabels,
  dossierAuditLabels,
  needAuditLabels,
  planAuditLabels,
  interventionAuditLabels,
  consentAuditLabels,
  referralAuditLabels,
  requestAuditLabels,
  privacyAuditLabels,
])
