// The employers module's public surface (regional immigration advisors): enterprises, advisor services, labour needs,
// candidate profiles, matching, proposals and hires. Tables are not exported: other modules go through these functions.
/** The module's routes and pages, its staff-app navigation and its sections of the staff home. */
export { employersPlugin, employersNav, employersHomeSections } from './employers.plugin.js'
/** What the audit journal calls the module's actions and records, in French and English. */
export { employersAuditLabels } from './employers.messages.js'
/**
 * How many enterprises of some regions were accompanied in a period (the Bilan's « entreprises accompagnées »): an
 * enterprise counts once, in its own region, when it received at least one advisor service dated in [from, to]
 * (civil dates, both included).
 */
export { countEnterprisesAccompanied } from './services/enterprises-accompanied.js'
/** The ids of the enterprises `countEnterprisesAccompanied` counts (drill-down), in id order. */
export {
  listEnterprisesAccompanied,
  type EnterprisesAccompaniedQuery,
} from './services/enterprises-accompanied.js'
/** The public employer-request form: its contract, size limits, texts and use case (stored in the region's queue). */
export {
  employerRequestInput,
  EMPLOYER_MESSAGE_MAX,
  EMPLOYER_REQUEST_BODY_LIMIT,
} from './requests/employer-request.contracts.js'
export { submitEmployerRequest, EMPLOYER_REQUEST_THROTTLE } from './requests/employer-request.service.js'
export { employerFormText, employerRequestFieldLabels } from './requests/employer-request.messages.js'
