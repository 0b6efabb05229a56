import assert from 'node:assert/strict'
import net from 'node:net'
import { after, beforeEach, test } from 'node:test'
import { eq } from 'drizzle-orm'
import { createTestDatabase } from '../../../../test/db.js'
import { accessJobs } from '../jobs/access.jobs.js'
import { systemCtx } from '../actor.js'
import { MAX_ATTEMPTS, maskedError, sendPendingMail } from './mail-delivery.js'
import { outbox } from './mail.schema.js'
import { enqueueMail } from './outbox.js'

const database = await createTestDatabase()
const db = database.db
// The mail job resolves no scope: a resolver that finds nothing keeps this test free of the other modules.
const resolveScope = async () => undefined
const from = 'Escale <no-reply@escale.invalid>'

/** A tiny SMTP server on a free local port: it speaks just enough SMTP for nodemailer and keeps each message. */
type Listener = { url: string; messages: string[]; recipients: string[]; close(): Promise<void> }

function listen(options: { rejectRecipients?: boolean } = {}): Promise<Listener> {
  const messages: string[] = []
  const recipients: string[] = []
  const server = net.createServer((socket) => {
    let buffer = ''
    let data: string[] | null = null
    const reply = (line: string) => socket.write(`${line}\r\n`)
    const handle = (line: string) => {
      if (data) {
        if (line !== '.') return void data.push(line.startsWith('..') ? line.slice(1) : line)
        messages.push(data.join('\n'))
        data = null
        return reply('250 2.0.0 queued')
      }
      const verb = line.slice(0, 4).toUpperCase()
      if (verb === 'EHLO') return reply('250-test.invalid\r\n250 8BITMIME')
      if (verb === 'RCPT') {
        if (options.rejectRecipients) return reply(`550 5.1.1 ${line.slice(8)}: Recipient address rejected`)
        recipients.push(line.slice(8))
        return reply('250 2.1.5 ok')
      }
      if (verb === 'DATA') {
        data = []
        return reply('354 go ahead')
      }
      if (verb === 'QUIT') return void socket.end('221 2.0.0 bye\r\n')
      return reply(['HELO', 'MAIL', 'RSET', 'NOOP'].includes(verb) ? '250 ok' : '502 5.5.2 unknown')
    }
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8')
      for (let i = buffer.indexOf('\r\n'); i >= 0; i = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, i)
        buffer = buffer.slice(i + 2)
        handle(line)
      }
    })
    socket.on('error', () => {})
    reply('220 test.invalid ESMTP')
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      const close = () => new Promise<void>((done) => server.close(() => done()))
      resolve({ url: `smtp://127.0.0.1:${port}`, messages, recipients, close })
    })
  })
}

/** A local port nothing listens on (a server that is down). */
async function closedPort(): Promise<string> {
  const l = await listen()
  await l.close()
  return l.url
}

beforeEach(async () => {
  await db.delete(outbox)
})

const t0 = new Date('2026-03-02T14:00:00Z')
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000)
const mail = (to: string, marker: string) => ({
  topic: 'test.mail',
  to,
  subject: `Rappel ${marker}`,
  text: `Bonjour ${marker}`,
})
const rows = () => db.select().from(outbox)
const mailJob = (smtpUrl: string | undefined) => accessJobs({ smtpUrl, from }).find((j) => j.name === 'mail.send')!

test('without SMTP_URL the job sends nothing: messages stay in the outbox and it reports how many wait', async () => {
  await enqueueMail(db, [mail('a@test.example', 'A'), mail('b@test.example', 'B')], t0)
  const result = await mailJob(undefined).run(systemCtx({ db, now: () => later(10), resolveScope }, 'test'))
  assert.deepEqual(result, { sent: 0, failed: 0, outbox: 2 })
  assert.ok((await rows()).every((r) => r.sentAt === null && r.attempts === 0))
})

test('delivers pending messages through a real SMTP server, marks them sent, and never sends them twice', async () => {
  const smtp = await listen()
  after(() => smtp.close())
  await enqueueMail(db, [mail('nadia@test.example', 'M-1'), mail('jose@test.example', 'M-2')], t0)
  const result = await mailJob(smtp.url).run(systemCtx({ db, now: () => t0, resolveScope }, 'test'))
  assert.deepEqual(result, { sent: 2, failed: 0, outbox: 0 })
  assert.equal(smtp.messages.length, 2)
  assert.deepEqual(smtp.recipients.sort(), ['<jose@test.example>', '<nadia@test.example>'])
  const first = smtp.messages.find((m) => m.includes('M-1'))!
  assert.match(first, /^From: Escale <no-reply@escale\.invalid>$/m)
  assert.match(first, /^To: nadia@test\.example$/m)
  assert.match(first, /^Subject: Rappel M-1$/m)
  assert.match(first, /Bonjour M-1/)
  assert.ok((await rows()).every((r) => r.sentAt?.getTime() === t0.getTime() && r.attempts === 1 && !r.lastError))
  assert.deepEqual(await sendPendingMail(db, { smtpUrl: smtp.url, from }, later(5)), { sent: 0, failed: 0, outbox: 0 })
  assert.equal(smtp.messages.length, 2)
})

test('a run whose time budget is spent tries nothing more: the rest waits for the next run', async () => {
  const smtp = await listen()
  after(() => smtp.close())
  await enqueueMail(db, [mail('late@test.example', 'B-1')], t0)
  const settings = { smtpUrl: smtp.url, from }
  const pending = (await rows()).filter((r) => !r.sentAt).length
  assert.deepEqual(await sendPendingMail(db, settings, t0, 0), { sent: 0, failed: 0, outbox: pending })
  assert.equal(smtp.messages.length, 0)
  const result = await sendPendingMail(db, settings, t0)
  assert.equal(result.sent, pending)
  assert.ok(smtp.messages.some((m) => m.includes('B-1')))
})

test('a refused message is retried with growing waits, its error masked, and given up after five attempts', async () => {
  const smtp = await listen({ rejectRecipients: true })
  after(() => smtp.close())
  await enqueueMail(db, [mail('secret.person@test.example', 'R')], t0)
  const settings = { smtpUrl: smtp.url, from }
  assert.deepEqual(await sendPendingMail(db, settings, t0), { sent: 0, failed: 1, outbox: 1 })
  const [once] = await rows()
  assert.equal(once!.attempts, 1)
  assert.match(once!.lastError!, /550/)
  assert.doesNotMatch(once!.lastError!, /secret\.person/)
  // Not due again before a minute has passed since it was queued.
  assert.deepEqual(await sendPendingMail(db, settings, later(0.5)), { sent: 0, failed: 0, outbox: 1 })
  assert.deepEqual(await sendPendingMail(db, settings, later(1)), { sent: 0, failed: 1, outbox: 1 })
  assert.deepEqual(await sendPendingMail(db, settings, later(4)), { sent: 0, failed: 0, outbox: 1 })
  for (const minutes of [5, 30, 120]) await sendPendingMail(db, settings, later(minutes))
  const [given] = await rows()
  assert.equal(given!.attempts, MAX_ATTEMPTS)
  assert.equal(given!.sentAt, null)
  // Given up: no further attempt, and it no longer counts as waiting.
  assert.deepEqual(await sendPendingMail(db, settings, later(24 * 60)), { sent: 0, failed: 0, outbox: 0 })
  assert.equal((await rows())[0]!.attempts, MAX_ATTEMPTS)
})

test('a server that is down counts a failed attempt with its error code; the message goes once it is back', async () => {
  await enqueueMail(db, [mail('c@test.example', 'D')], t0)
  assert.deepEqual(await sendPendingMail(db, { smtpUrl: await closedPort(), from }, t0), {
    sent: 0,
    failed: 1,
    outbox: 1,
  })
  const [row] = await rows()
  assert.match(row!.lastError!, /ECONNREFUSED/)
  const smtp = await listen()
  after(() => smtp.close())
  assert.deepEqual(await sendPendingMail(db, { smtpUrl: smtp.url, from }, later(1)), { sent: 1, failed: 0, outbox: 0 })
  const [sent] = await db.select().from(outbox).where(eq(outbox.id, row!.id))
  assert.equal(sent!.attempts, 2)
  assert.equal(sent!.lastError, null)
})

test('masked errors keep the code and reply, never an address or the credentials of a URL', () => {
  const error = Object.assign(new Error('Can not send to <jo.doe@example.org> via smtp://user:pass@smtp.example'), {
    code: 'EENVELOPE',
    responseCode: 550,
  })
  assert.equal(maskedError(error), 'EENVELOPE 550 Can not send to <***@***> via smtp://***@***')
})
