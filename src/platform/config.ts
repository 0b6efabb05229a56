import path from 'node:path'
import { z } from 'zod'

/** Validated, frozen runtime configuration. Only entry points (server, CLI) build it. */
export type Config = Readonly<{
  port: number
  host: string
  dataDir: string
  databaseUrl: string | undefined
  sessionSecret: string | undefined
  smtpUrl: string | undefined
  /** Outgoing mail (the `mail.send` job): the SMTP server, if any, and the sender. */
  mail: MailSettings
  /** The address people reach the application at (links in mail); without it, the request's own origin. */
  publicUrl: string | undefined
  /** Addresses of the reverse proxies whose X-Forwarded-* headers are believed (rate limits use the client address). */
  trustProxy: string | boolean
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  /** The organization named beside the government signature in the PIV header, in each language. */
  organizationName: Readonly<{ fr: string; en: string }>
  /** Accompagnement Québec settings handed to the people module (ModuleDeps.settings). */
  people: PeopleSettings
  /** How long a background export's file is kept after it is written (then deleted; the history keeps the row). */
  exportRetentionHours: number
  version: string
}>

/** How long a referral waits for an answer, and how long a closed dossier is kept before it is anonymized. */
export type PeopleSettings = Readonly<{ referralExpiryWorkingDays: number; dossierRetentionYears: number }>

/** Where mail goes (`smtpUrl`; none: it stays in the outbox admins read) and who it says it is from. */
export type MailSettings = Readonly<{ smtpUrl: string | undefined; from: string }>

/** The sender of outgoing mail when `MAIL_FROM` is not set: a reserved domain, so nothing answers it by mistake. */
export const DEFAULT_MAIL_FROM = 'Escale <no-reply@escale.invalid>'

/** The ministry's name as its government signature reads ("Immigration, Francisation et Intégration — Québec"). */
export const DEFAULT_ORGANIZATION_NAME = 'Immigration, Francisation et Intégration'

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional()

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  ESCALE_DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  SESSION_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  SMTP_URL: optionalText.pipe(
    z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
  ),
  MAIL_FROM: optionalText.pipe(z.string().max(200, 'must be at most 200 characters').optional()),
  ESCALE_PUBLIC_URL: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
      .transform((v) => v.replace(/\/+$/, ''))
      .optional(),
  ),
  TRUST_PROXY: z.string().trim().default('127.0.0.1,::1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ESCALE_ORGANIZATION_NAME: optionalText.pipe(z.string().max(120, 'must be at most 120 characters').optional()),
  ESCALE_REFERRAL_EXPIRY_DAYS: z.coerce.number().int().min(1).max(60).default(10),
  ESCALE_RETENTION_YEARS: z.coerce.number().int().min(1).max(50).default(7),
  EXPORT_RETENTION_HOURS: z.coerce
    .number({ error: 'must be a whole number of hours, from 1 to 2160 (90 days)' })
    .int({ error: 'must be a whole number of hours, from 1 to 2160 (90 days)' })
    .min(1, 'must be at least 1 hour')
    .max(2160, 'must be at most 2160 hours (90 days)')
    .default(24),
  ESCALE_ORGANIZATION_NAME_EN: optionalText.pipe(z.string().max(120, 'must be at most 120 characters').optional()),
})

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  }
}

/** Reads and validates the environment; throws ConfigError listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv, version = '0.0.0'): Config {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`)
    throw new ConfigError(problems)
  }
  const e = parsed.data
  // Production on a server database must bring its own secret; the embedded default generates one.
  if (e.DATABASE_URL && !e.SESSION_SECRET && env.NODE_ENV === 'production') {
    throw new ConfigError(['SESSION_SECRET: required in production with DATABASE_URL'])
  }
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.ESCALE_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    sessionSecret: e.SESSION_SECRET,
    smtpUrl: e.SMTP_URL,
    mail: Object.freeze({ smtpUrl: e.SMTP_URL, from: e.MAIL_FROM ?? DEFAULT_MAIL_FROM }),
    // Links sent by mail never take the request's Host header (anyone can forge it, and a reset link would then lead
    // to their site): without ESCALE_PUBLIC_URL they point at the local address the server prints at start.
    publicUrl: e.ESCALE_PUBLIC_URL ?? (e.PORT === 0 ? undefined : `http://localhost:${e.PORT}`),
    trustProxy: e.TRUST_PROXY === 'true' ? true : e.TRUST_PROXY === 'false' ? false : e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    // A government signature is written in French on English pages too, unless an English name is configured.
    organizationName: Object.freeze({
      fr: e.ESCALE_ORGANIZATION_NAME ?? DEFAULT_ORGANIZATION_NAME,
      en: e.ESCALE_ORGANIZATION_NAME_EN ?? e.ESCALE_ORGANIZATION_NAME ?? DEFAULT_ORGANIZATION_NAME,
    }),
    people: Object.freeze({
      referralExpiryWorkingDays: e.ESCALE_REFERRAL_EXPIRY_DAYS,
      dossierRetentionYears: e.ESCALE_RETENTION_YEARS,
    }),
    exportRetentionHours: e.EXPORT_RETENTION_HOURS,
    version,
  })
}
