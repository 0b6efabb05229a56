import assert from 'node:assert/strict'
import { test } from 'node:test'
import { type AgreementStatus, canMove, moveProblem, type TargetStatus } from './agreement-lifecycle.js'

const none = { signedOn: null, startedOn: null, completedOn: null, terminatedOn: null }

test('the transition table allows exactly the documented moves', () => {
  const legal: [AgreementStatus, TargetStatus][] = [
    ['preparation', 'signed'],
    ['signed', 'in_progress'],
    ['signed', 'terminated'],
    ['in_progress', 'completed'],
    ['in_progress', 'terminated'],
  ]
  const statuses: AgreementStatus[] = ['preparation', 'signed', 'in_progress', 'completed', 'terminated']
  const targets: TargetStatus[] = ['signed', 'in_progress', 'completed', 'terminated']
  for (const from of statuses)
    for (const to of targets) {
      const expected = legal.some(([f, t]) => f === from && t === to)
      assert.equal(canMove(from, to), expected, `${from} → ${to}`)
    }
})

test('a legal move with a past date after the previous step has no problem', () => {
  assert.equal(moveProblem({ status: 'preparation', ...none }, 'signed', '2020-01-10', '2020-02-01'), null)
  const signed = { status: 'signed' as const, ...none, signedOn: '2020-01-10' }
  assert.equal(moveProblem(signed, 'in_progress', '2020-01-10', '2020-02-01'), null)
})

test('an illegal move, a future date and a date before the previous step are refused with a message', () => {
  const completed = { status: 'completed' as const, ...none, signedOn: '2020-01-10', completedOn: '2021-01-01' }
  const illegal = moveProblem(completed, 'terminated', '2021-02-01', '2022-01-01')
  assert.equal(illegal?.field, 'to')
  assert.match(illegal!.message.fr, /terminée.*résiliée/)
  assert.match(illegal!.message.en, /completed.*terminated/)
  const future = moveProblem({ status: 'preparation', ...none }, 'signed', '2020-03-01', '2020-02-01')
  assert.equal(future?.field, 'on')
  const signed = { status: 'signed' as const, ...none, signedOn: '2020-01-10' }
  const before = moveProblem(signed, 'terminated', '2020-01-09', '2020-02-01')
  assert.equal(before?.field, 'on')
  assert.match(before!.message.en, /precede/)
})
