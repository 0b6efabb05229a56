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

test("names the ministry beside the government signature unless another organization's name is configured", () => {
  assert.deepEqual(loadConfig({}).organizationName, {
    fr: 'Immigration, Francisation et Intégration',
    en: 'Immigration, Francisation et Intégration',
  })
  assert.deepEqual(
    loadConfig({ ESCALE_ORGANIZATION_NAME: '  Direction régionale de la Côte-Nord ' }).organizationName,
    {
      fr: 'Direction régionale de la Côte-Nord',
      en: 'Direction régionale de la Côte-Nord',
    },
  )
  assert.deepEqual(
    loadConfig({ ESCALE_ORGANIZATION_NAME: 'Ville de Gaspé', ESCALE_ORGANIZATION_NAME_EN: 'Town of Gaspé' })
      .organizationName,
    { fr: 'Ville de Gaspé', en: 'Town of Gaspé' },
  )
  assert.throws(
    () => loadConfig({ ESCALE_ORGANIZATION_NAME: 'x'.repeat(121) }),
    (e: unknown) => e instanceof ConfigError && /ESCALE_ORGANIZATION_NAME/.test(e.message),
  )
})

test('mail: SMTP server and sender, and the public address links are built on', () => {
  assert.deepEqual(loadConfig({}).mail, { smtpUrl: undefined, from: 'Escale <no-reply@escale.invalid>' })
  // Never the request's Host header: without the variable, links point at the local address the server prints.
  assert.equal(loadConfig({}).publicUrl, 'http://localhost:3000')
  assert.equal(loadConfig({ PORT: '8080' }).publicUrl, 'http://localhost:8080')
  const c = loadConfig({
    SMTP_URL: 'smtp://mail.example:587',
    MAIL_FROM: 'DR Côte-Nord <escale@dr.example>',
    ESCALE_PUBLIC_URL: 'https://escale.example/',
  })
  assert.deepEqual(c.mail, { smtpUrl: 'smtp://mail.example:587', from: 'DR Côte-Nord <escale@dr.example>' })
  assert.equal(c.publicUrl, 'https://escale.example')
  for (const bad of ['javascript:alert(1)', 'ftp://escale.example', 'escale.example']) {
    assert.throws(
      () => loadConfig({ ESCALE_PUBLIC_URL: bad }),
      (e: unknown) => e instanceof ConfigError && /ESCALE_PUBLIC_URL/.test(e.message),
      bad,
    )
  }
})

test('exports: files are kept EXPORT_RETENTION_HOURS (default 24), a whole number from 1 to 2160', () => {
  assert.equal(loadConfig({}).exportRetentionHours, 24)
  assert.equal(loadConfig({ EXPORT_RETENTION_HOURS: '72' }).exportRetentionHours, 72)
  for (const [value, message] of [
    ['0', /EXPORT_RETENTION_HOURS: must be at least 1 hour/],
    ['9999', /EXPORT_RETENTION_HOURS: must be at most 2160 hours/],
    ['1.5', /EXPORT_RETENTION_HOURS: must be a whole number of hours/],
    ['un jour', /EXPORT_RETENTION_HOURS: must be a whole number of hours/],
  ] as const)
    assert.throws(
      () => loadConfig({ EXPORT_RETENTION_HOURS: value }),
      (e: unknown) => e instanceof ConfigError && message.test(e.message),
      value,
    )
})
