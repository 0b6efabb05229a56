import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ConfigError, loadConfig } from './config.js'

test('applies the documented defaults', () => {
  const c = loadConfig({})
  assert.equal(c.port, 3000)
  assert.equal(c.databaseUrl, undefined)
  assert.match(c.dataDir, /data$/)
  assert.ok(Object.isFrozen(c))
})

test('lists every problem at once', () => {
  assert.throws(
    () => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', SESSION_SECRET: 'short' }),
    (e: unknown) =>
      e instanceof ConfigError && e.problems.length === 4 && /PORT/.test(e.message) && /DATABASE_URL/.test(e.message),
  )
})
