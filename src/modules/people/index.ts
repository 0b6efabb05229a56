// The people module's public surface (Accompagnement Québec): persons, dossiers, needs, plans, interventions,
// consents, referrals, requests. Tables are not exported: other modules go through these functions.
/** The module's routes and pages, its staff-app navigation and its sections of the staff home ("Mon travail"). */
export { peoplePlugin, peopleNav, peopleHomeSections } from './people.plugin.js'
/** A section of the person's page drawn by a higher module (handed to `peoplePlugin` by the composition root). */
export type { PersonSection, PersonSectionSubject } from './persons/person-sections.js'
/** What the audit journal calls the module's actions and records, in French and English. */
export { peopleAuditLabels } from './people.messages.js'
/** Québec working days (weekends and statutory holidays left out) and the first meeting's due date (Parcours). */
export { addDays, addWorkingDays, isWorkingDay, firstMeetingDueOn } from './work/working-days.js'
/** The public online-request form: its contract, size limits, texts, consent text, rate limit and use case. */
export {
  supportRequestInput,
  type SupportRequestInput,
  MESSAGE_MAX,
  REQUEST_BODY_LIMIT,
} from './requests/request.contracts.js'
/** Stores a request of the public form in its region's triage queue; the consent text in force that it shows. */
export { submitSupportRequest, currentRequestConsentText } from './requests/request.service.js'
/** The public form's rate limit of accepted submissions per client address (shared by every app node), and its purge. */
export {
  countAcceptedRequest,
  requestLimitReached,
  tooManyRequests,
  purgeRequestThrottles,
  REQUESTS_PER_WINDOW,
} from './requests/request-throttle.js'
/** The public form's words in French and English. */
export { publicRequestText, requestFieldLabels, languageLabels } from './requests/request.messages.js'
/** The people module's background jobs (retention anonymization, referral expiry, request throttles), by settings. */
export { peopleJobs } from './people.jobs.js'
/** Loi 25 retention: anonymizes the files whose dossiers all closed past the retention period (counts kept). */
export { anonymizeExpiredDossiers } from './privacy/retention.service.js'
/** CSV import of persons, dossiers and interventions (all-or-nothing, per-row report), for the CLI. */
export { importFile } from './imports/import.service.js'
/** The entities an import takes and their CSV columns (the CLI's help, the README). */
export { importEntities, importSpecs, type ImportEntity } from './imports/import.specs.js'
/** What an import did: the rows read and imported, or every problem (line, column, message). */
export type { ImportReport } from '../access/index.js'
/** Records a person; a likely duplicate throws conflict `possible_duplicate` (candidates in details) unless confirmed. */
export { createPerson, getPersonOrThrow, POSSIBLE_DUPLICATE } from './persons/person.service.js'
/** Persons the caller may read: by name (accent- and typo-tolerant), dossier number or birth date; keyset pages. */
export { searchPersons } from './persons/person-search.service.js'
/** A person's input contract (create, full replacement) and what the API shows of a person, whole or in a list. */
export { personInput, type PersonInput, type PersonOutput, type PersonSummary } from './persons/person.contracts.js'
/** The referral expiry job: referrals still sent/received past their answer day become expired; returns the count. */
export { expireOverdueReferrals } from './referrals/referral-expiry.js'
/** The agreement page's section of an organization's referral response time (agreements funding referral work). */
export { referralResponseSection } from './referrals/referral-response.section.js'
/** A dossier's needs assessment (seed, import): the needs listed are kept or added, the others removed; audited. */
export { assessNeeds } from './needs/need.service.js'
/** The needs catalogue in force on a date, in catalogue order (reference data, no access check). */
export { listNeedCatalogue } from './needs/catalogue.service.js'
/** The four volets of the action plan, in the plan's order, and their names as the ministry gives them (fr, en). */
export { volets } from './needs/need.schema.js'
export { voletLabels } from './needs/need.messages.js'
/** Plan steps: add one tied to an assessed need, or change one; the dossier's next follow-up follows the open steps. */
export { addPlanStep, updatePlanStep } from './plans/plan.service.js'
/** A needs assessment's input, and the catalogue's and a dossier's needs as the API shows them. */
export type { AssessmentInput, CatalogueNeedOutput, DossierNeedOutput } from './needs/need.contracts.js'
/** A plan step's input, change and output. */
export type { PlanStepInput, PlanStepOutput, PlanStepPatch } from './plans/plan.contracts.js'
/**
 * Opens a dossier for a person at a service point of the caller's scope (numbered, first meeting due); audited. The
 * guards: a dossier the caller reads (current or former location) or works (current location), else not_found.
 */
export { openDossier, getDossierRowForRead, getDossierRowForWork } from './dossiers/dossier.service.js'
/** Bilan counting rule: persons with ≥1 intervention dated in [from, to] (Québec civil date) in the regions, once each. */
export { countPersonsAccompanied } from './interventions/accompanied.js'
/** The ids of the persons `countPersonsAccompanied` counts (drill-down), in id order. */
export { listPersonsAccompanied, type AccompaniedQuery } from './interventions/accompanied.js'
/** Records an intervention in a dossier the caller works (Québec civil date, service point's region); audited. */
export { recordIntervention } from './interventions/intervention.service.js'
/** Dossier lifecycle: a status step, closing with a reason (the demo seed and the pages). */
export { changeDossierStatus, closeDossier } from './dossiers/dossier-lifecycle.service.js'
/** Consents per purpose (versioned text in force on the day given), and their withdrawal. */
export { recordConsent, withdrawConsent } from './consents/consent.service.js'
/** Closed-loop referrals: send, move through the loop, re-route to another organization. */
export { createReferral, transitionReferral, rerouteReferral } from './referrals/referral.service.js'
/** SQL condition: a person (a column of the caller's query) has a consent to a purpose counting on a day (job matching). */
export { hasActiveConsentSql } from './consents/consent.queries.js'
/** Whether a consent counts on a day (given by then, not withdrawn, not expired). */
export { isConsentActive } from './consents/consent.policy.js'
/** The names of some persons by id, in one query, without access check (employers names visible candidates only). */
export { findPersonNames } from './persons/person-names.queries.js'
/** A person the caller's scope reaches by the people module's rule (`readablePersonSql`), or undefined. */
export { findReadablePerson } from './persons/person.queries.js'
/**
 * Among some persons (ids), those the caller's scope may read by the same rule, in name order, one page of them
 * (id, name) and how many there are: one query (drill-downs of report figures).
 */
export { listReadablePersons, type ReadablePersons } from './persons/person-names.queries.js'
/** SQL expression: a person's name, for another module's list that shows and searches names in one query. */
export { personNameSql } from './persons/person-name-sql.js'
/** SQL condition: a record of a region that the caller's scope reaches (lists of region-wide records). */
export { regionCoveredSql } from './access.js'
/** The persons of the caller's scope who consented to a purpose, by name (an advisor choosing a candidate). */
export { listPersonsConsentingTo, type ConsentingPerson } from './consents/consent.queries.js'
/** Background exports of the persons and the interventions the caller may read (`batchSize`: rows per query). */
export { personsExport } from './persons/person.export.js'
export { interventionsExport } from './interventions/intervention.export.js'
