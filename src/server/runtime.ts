import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { type Config, ConfigError, loadConfig } from '../platform/config.js'
import { randomToken } from '../platform/crypto.js'

const require = createRequire(import.meta.url)
export const version: string = require('../../package.json').version

/** Loads the configuration or exits with the readable list of every problem. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig(process.env, version)
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}

/**
 * SESSION_SECRET when set; for the embedded default, one generated once and kept in the data folder (mode 0600).
 * A server database without SESSION_SECRET gets a per-process secret (sessions then do not survive a restart).
 */
export function resolveSessionSecret(config: Config): string {
  if (config.sessionSecret) return config.sessionSecret
  if (config.databaseUrl) return randomToken(32)
  const file = path.join(config.dataDir, 'session-secret')
  fs.mkdirSync(config.dataDir, { recursive: true })
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomToken(32), { mode: 0o600 })
  return fs.readFileSync(file, 'utf8').trim()
}

export const demoAccountsFile = (config: Config) => path.join(config.dataDir, 'demo-accounts.txt')
