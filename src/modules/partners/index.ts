// The partners module's public surface: organizations, programs, agreements and their obligations, partner reports,
// local actions, the Bilan's counts, the module's plugin and the agreement page's sections from higher modules.
// Tables are not exported: other modules go through these functions (schema files reference tables for foreign keys).
export { resolveOrganizationScope } from './organizations/organization.scope.js'
export {
  createOrganization,
  findOwnOrganization,
  getOrganizationOrThrow,
  replaceOrganization,
  type OwnOrganization,
} from './organizations/organization.service.js'
export {
  organizationInput,
  type OrganizationInput,
  type OrganizationOutput,
} from './organizations/organization.contracts.js'
export { updateCapacity } from './organizations/organization-capacity.service.js'
export { listOrganizations } from './organizations/organization-list.service.js'
/** The organization directory's CSV import (all-or-nothing through `importCsv`). */
export { organizationImport } from './organizations/organization.import.js'
/** Service categories, their volets and names; kinds' names (a report or a page naming them). */
export { kindLabels, serviceCatalogue, voletOf } from './organizations/organization-services.js'
/** The organizations listed publicly on a region's page: its own and those that declare they serve it. */
export { listPublicOrganizations, type PublicOrganization } from './organizations/organization.queries.js'
/** Every organization of a region (id, name, city), for staff choosing one: a plan step, a referral. */
export { listOrganizationsOfRegion, type RegionOrganization } from './organizations/organization.queries.js'
/** The names of some organizations by id, in one query (a dossier's timeline). */
export { findOrganizationNames } from './organizations/organization.queries.js'
/** The Bilan's counting rule: agreements signed and in force during a period, by region; amounts by program and year. */
export {
  countAgreementsInForce,
  listAgreementsInForce,
  committedAmountsByProgramAndYear,
  type AgreementInForce,
  type CommittedAmount,
} from './agreements/agreements-in-force.queries.js'
/**
 * Québec fiscal years (April 1 – March 31): the year of a date (also in SQL), the years of a period, their label, a
 * split by days.
 */
export {
  fiscalYearOf,
  fiscalYearSql,
  fiscalYearsOf,
  fiscalYearLabel,
  splitByFiscalYear,
} from './agreements/fiscal-years.js'
/** Agreements' use cases (the demo data, the CLI): create, replace in preparation, read, list, totals. */
export {
  createAgreement,
  replaceAgreement,
  getAgreementOrThrow,
  listAgreements,
  getAgreementTotals,
} from './agreements/agreement.service.js'
/** An agreement's status moves (with their civil dates) and its amendments. */
export { changeAgreementStatus, addAmendment } from './agreements/agreement-changes.service.js'
export type {
  AgreementInput,
  AgreementOutput,
  AgreementListItem,
  AmendmentInput,
  TransitionInput,
  YearAmount,
} from './agreements/agreement.contracts.js'
/** Programs and their volets with their validity (reference data). */
export { listPrograms, createProgram, createVolet } from './programs/program.service.js'
export type { ProgramOutput, VoletOutput } from './programs/program.contracts.js'
/** The agreements CSV import (all-or-nothing through `importCsv`). */
export { agreementImport } from './agreements/agreement.import.js'
export {
  partnersHomeSections,
  partnersJobs,
  partnersNav,
  partnersPlugin,
  type PartnersOptions,
} from './partners.plugin.js'
/** A section of the staff agreement page that a higher module contributes (through `partnersPlugin`'s options). */
export type { AgreementSection, AgreementSummary } from './agreements/agreement-sections.js'
export { partnersAuditLabels } from './partners.messages.js'
/** Bilan: the actions of some regions overlapping a period, counted per kind (catalogue order, kinds with actions). */
export { countActionsByKind, listActionsInPeriod } from './actions/action-count.js'
export type { ActionOutput, KindCount } from './actions/action.contracts.js'
/** A partner report's declared actions, recorded in the report's transaction; their input schema. */
export { recordReportedActions, reportedActionInput, type ReportedActionInput } from './actions/action-record.js'
/** The CSV import of local actions (all-or-nothing through `importCsv`). */
export { actionImport } from './actions/action.import.js'
/** Funded local actions: record, replace, remove (directors and admins of the agreement's region), read, list. */
export {
  createAction,
  getActionOrThrow,
  listActions,
  removeAction,
  replaceAction,
} from './actions/action.service.js'
export { actionInput, type ActionInput } from './actions/action.contracts.js'
/** The catalogue of action kinds in its order, retired ones included (reference data). */
export { listActionKinds } from './actions/action-kind.service.js'
export type { KindOutput as ActionKindOutput } from './actions/action-kind.contracts.js'
/**
 * Agreements' payment schedules (replaced as a whole), payments, deliverables and their review, the aging of overdue
 * obligations, the reminder job (directors and admins write; every staff member reads).
 */
export { cancelPayment, getSchedule, markInstalmentPaid, replaceSchedule } from './obligations/instalment.service.js'
export {
  addDeliverable,
  listDeliverables,
  recordDeliverableReceived,
  removeDeliverable,
  replaceDeliverable,
  reviewDeliverable,
} from './obligations/deliverable.service.js'
export { getAging } from './obligations/aging.service.js'
export { sendReminders } from './obligations/reminders.job.js'
export type {
  AgingOutput,
  DeliverableInput,
  DeliverableOutput,
  InstalmentInput,
  ScheduleOutput,
} from './obligations/obligation.contracts.js'
/** Partner reports: submitted on an agreement (portal, API, demo data), read, and reviewed by the directorate. */
export { submitReport } from './reporting/report.service.js'
export { getReport, listPendingReports, listReports, reviewReport } from './reporting/report-review.service.js'
export {
  reportInput,
  reviewInput,
  type ReportInput,
  type ReportListItem,
  type ReportOutput,
  type ReviewInput,
} from './reporting/report.contracts.js'
/** Background exports of the agreements and the funded local actions of the caller's regions (`batchSize`: rows per query). */
export { agreementsExport } from './agreements/agreement.export.js'
export { actionsExport } from './actions/action.export.js'
