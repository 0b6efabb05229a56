// The access module's public surface: accounts, sessions, API tokens, roles × scopes, audit.
// Tables are not exported: other modules go through these functions (schema files reference tables for foreign keys).
export { roles, scopeKinds } from './users/user.schema.js'
export type { Actor, Ctx, CtxBase, Role, ScopeGrant, ScopeKind, Locale } from './actor.js'
export { systemActor, systemCtx, actorUserId, inTransaction } from './actor.js'
export { Scope, type ScopedRecord, type ScopeResolver } from './scope.js'
export { can, assertCan, forbiddenUnless, type Permission } from './policy.js'
export { recordAudit, recordAuditMany, type AuditInput } from './audit/audit.service.js'
export { verifyAuditChain, auditChainBroken, type ChainReport } from './audit/audit-chain.js'
export {
  createUser,
  emailTaken,
  setUserDisabled,
  isUserDisabled,
  resetPassword,
  changeOwnPassword,
  isCurrentPassword,
} from './users/user.service.js'
export { createUserInput, type CreateUserInput, type UserOutput } from './users/user.contracts.js'
export { findUserByEmail, countUsers } from './users/user.queries.js'
/** The display names of some accounts by id, in one query (who recorded or acted, on people's pages). */
export { findUserDisplayNames } from './users/user.queries.js'
/** The roles of some accounts by id, in one query (who wrote a comment: an organization or staff). */
export { findUserRoles } from './users/user.queries.js'
/** The enabled accounts of a role with their email, language and grant (the directors a reminder digest goes to). */
export { listUsersWithRole, type RoleRecipient } from './users/user.queries.js'
export { hashPassword } from './users/password.js'
export { signIn, signOut, findSessionActor, purgeExpiredSessions } from './sessions/session.service.js'
export {
  createApiToken,
  createTokenInput,
  revokeApiToken,
  listApiTokens,
  findTokenActor,
} from './tokens/token.service.js'
export { registerAuthHook, SESSION_COOKIE } from './auth.hook.js'
export { startBrowserSession } from './sessions/session-cookie.js'
export { ctxOf, requireActor, type HomeSection, type ModuleDeps, type NavEntry } from './deps.js'
export { AppPage } from './shell/app-page.js'
export { roleLabels, accessAuditLabels, mergeAuditLabels, type AuditVocabulary } from './access.messages.js'
export { accessPlugin, accessNav } from './access.plugin.js'
export { accessJobs } from './jobs/access.jobs.js'
export {
  type AnyExportSource,
  defineExportSource,
  type ExportColumn,
  type ExportFormat,
  exportFormats,
  type ExportSource,
  type ExportStatus,
  exportStatuses,
} from './exports/export.contracts.js'
/** The "Export" form of a module's list: posts its source, filters and format to the exports page. */
export { ExportForm, EXPORTS_PAGE } from './exports/export-form.view.js'
/** The exports' runner and writers: the server's jobs, and `escale export <source>` writing a file synchronously. */
export { exportsJobs, EXPORT_RUN_SECONDS } from './exports/export.jobs.js'
export {
  runQueuedExports,
  expireExports,
  streamExport,
  type ExportTarget,
  type RunnerStats,
} from './exports/export.runner.js'
export { rowWriter, fileSink, formatFile, type ByteSink, type RowWriter } from './exports/export.writers.js'
export type { ExportOptions } from './exports/export.routes.js'
export { validFilters } from './exports/export.service.js'
export {
  ensureSchedules,
  runDueJobs,
  runJobNow,
  JOB_LEASE_SECONDS,
  type Job,
  type JobResult,
  type JobRun,
} from './jobs/job-runner.js'
export { startJobLoop, type JobLoop, type JobLoopOptions } from './jobs/job-loop.js'
export { listJobSchedules, type JobScheduleOutput } from './jobs/job.service.js'
/** CSV imports, all-or-nothing with a report of every bad row: each module declares its entities' `ImportSpec`. */
export {
  importCsv,
  MAX_ROWS,
  type ImportColumn,
  type ImportProblem,
  type ImportReport,
  type ImportSpec,
  type ImportRow,
  type RowRefusal,
} from './imports/import.runner.js'
export { camel, importColumn, rowInput } from './imports/import.columns.js'
/** A module's CSV import page (form, expected columns, report), registered with its path, permission and entities. */
export {
  registerImportPage,
  importEntity,
  type ImportPageEntity,
  type ImportPageOptions,
} from './imports/import.pages.js'
/** Outgoing mail: queued in the outbox in the caller's transaction, sent by the `mail.send` job. */
export { enqueueMail, type Mail } from './mail/outbox.js'
