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
/**
 * Reports: hires (placements) dated in [from, to] (Québec civil dates, both included) of positions in the regions given;
 * `countMobilityFlows`: the interregional ones (the candidate lived in another region when hired) by region of origin
 * and of the position. No access check: the reports module decides who reads its figures.
 */
export { countPlacements, countMobilityFlows } from './proposals/placement.service.js'
/** One interregional flow of hires: region of origin, region of the position, number of hires. */
export type { MobilityFlow } from './proposals/proposal.contracts.js'
/**
 * Records an enterprise (duplicate checks: same NEQ → conflict on `neq`; similar name in the municipality →
 * `possible_duplicate` unless `confirmedNotDuplicate`); usable with a system context (imports, employer requests).
 */
export { createEnterprise, findEnterpriseDuplicates, POSSIBLE_DUPLICATE } from './enterprises/enterprise.service.js'
/** The legal names of some enterprises by id, in one query (id → name), without access check (reports' drill-down). */
export { findEnterpriseNames } from './enterprises/enterprise.queries.js'
/** An enterprise's input contract (create, full replacement) and output. */
export {
  enterpriseInput,
  type EnterpriseInput,
  type EnterpriseOutput,
} from './enterprises/enterprise.contracts.js'
/** The NEQ as stored (10 digits, spaces dropped), or undefined when what was typed is not one. */
export { normalizeNeq } from './enterprises/neq.js'
/** Resolves a CNP field's text (code, codes, or words) to unit group codes, or the field's error. */
export { resolveCnpInput, resolveCnpInputOrThrow } from './occupations/cnp-input.js'
/** CNP 2021 unit groups with their TEER and four groups; the search of the picker. */
export { findUnitGroups, searchOccupations, listScianSectors } from './occupations/occupation.queries.js'
/** CSV imports (`escale import enterprises|labour-needs`): enterprises, then labour needs naming them by NEQ. */
export { enterpriseImport } from './imports/enterprise.import.js'
export { labourNeedImport } from './imports/labour-need.import.js'
/** Records a service given to an enterprise (`advisor_service.recorded`), marks its follow-up done; its input contract. */
export { markFollowUpDone, recordAdvisorService } from './services/advisor-service.service.js'
export { advisorServiceInput, type AdvisorServiceInput } from './services/advisor-service.contracts.js'
/** Records a labour need of an enterprise; its input contract (the demo). */
export { createLabourNeed } from './needs/labour-need.service.js'
export { labourNeedInput } from './needs/labour-need.contracts.js'
/** Creates a candidate profile (job-matching consent required); its input contract (the demo). */
export { createProfile } from './candidates/candidate.service.js'
export { profileInput } from './candidates/candidate.contracts.js'
/** Proposes a candidate for a labour need, and records the enterprise's answers (hires); their contracts (the demo). */
export { createProposal } from './proposals/proposal.service.js'
export { answerProposal } from './proposals/proposal-answer.service.js'
export { proposalInput, answerInput } from './proposals/proposal.contracts.js'
/** The person's page's section on job matching (handed to `peoplePlugin` by the composition root). */
export { candidateProfileSection } from './candidates/candidate.section.js'
/** Background export of the enterprises of the caller's regions (`batchSize`: rows per query). */
export { enterprisesExport } from './enterprises/enterprise.export.js'
